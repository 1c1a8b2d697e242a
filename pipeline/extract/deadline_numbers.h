// Numbers written as words, as deadlines use them: "в течение трех дней", "к пятому числу",
// "двухнедельный срок", "десяти рабочих дней". The forms come from ICU's Russian spell-out
// rules (RuleBasedNumberFormat, every cardinal and ordinal rule set: all genders and cases), so
// no list of number words is written here.
#pragma once

#include <string>

namespace prikaz::extract::deadline {

// 1..100 for a cardinal number word in any gender and case ("три", "трех", "тремя"); two-word
// forms are passed joined by one space ("двадцать пять"). 0 when not a number word.
int cardinal_value(const std::string &folded);

// 1..31 for an ordinal number word in any gender and case ("пятому", "первого",
// "двадцать пятого"). 0 when not an ordinal.
int ordinal_value(const std::string &folded);

// The amount spelled at the start of a compound adjective ("двухнедельный" → 2 with the rest
// "недельный", "трехдневный" → 3, "десятидневный" → 10, "однодневный" → 1): the prefix is the
// genitive cardinal. Returns 0 and leaves `rest` empty when no number prefix is found.
int compound_amount(const std::string &folded, std::string &rest);

} // namespace prikaz::extract::deadline
