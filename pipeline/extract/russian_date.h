// Russian dates as administrative documents type them: "08.02.2021", "от 14.12 2022 г.",
// "15 мая 2020 года", "«26» ноября 2021 г.", "01.03.2023г.", "2023-03-01", "08.02.21".
// Month names come from ICU (DateFormatSymbols of locale "ru"), never from a hard-coded list.
//
// Rules:
//   - numeric day.month.year with "." or "/" between the parts; a space may replace the last
//     dot ("14.12 2022") only before a four-digit year;
//   - two-digit years ("08.02.21") are read as 20YY, and only when day and month are written
//     with two digits each and dots between them (so that point numbers like "3.2.1" and
//     "1.2.21" are not taken for dates);
//   - day, month name, year: "15 мая 2020", "«26» ноября 2021", "1 марта 2023 г."; the month
//     may be genitive, nominative or an ICU abbreviation ("янв.", "февр.");
//   - ISO "YYYY-MM-DD";
//   - years 1900..2099; the day must exist in that month (31.02 and 29.02.2023 are not dates);
//   - the span of a date includes a following year word ("г.", "г", "года", "год").
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace prikaz::extract {

struct ParsedDate {
    std::string iso; // YYYY-MM-DD
    int begin = -1;  // code points in the searched text, [begin, end)
    int end = -1;
};

struct DayMonth {
    int month = 0; // 1..12
    int day = 0;   // 1..31 (valid for some year: 29.02 is accepted)
    int begin = -1;
    int end = -1;
};

// Every date in `text`, in text order, non-overlapping.
std::vector<ParsedDate> find_russian_dates(const std::string &text);

// The first date at or after code point `from_cp`.
std::optional<ParsedDate> find_russian_date(const std::string &text, int from_cp = 0);

// ISO date when the whole text (trimmed, an optional leading "от" allowed) is one date.
std::optional<std::string> parse_russian_date(const std::string &text);

// The first "day month-name" without a year after it ("до 1 марта", "«15» июня"); dates with a
// year are left to find_russian_date().
std::optional<DayMonth> find_day_month(const std::string &text, int from_cp = 0);

// 1..12 for a Russian month word in any case: nominative ("январь"), genitive ("января"),
// prepositional ("январе", "мае"), ICU abbreviations with or without the dot ("янв.", "февр"),
// or a prefix of at least three letters of exactly one month name ("сен", "дек"); ё = е.
// 0 when the word is not a month.
int russian_month_number(const std::string &word);

// True when day/month/year name a real Gregorian date (year 1900..2099).
bool is_valid_date(int year, int month, int day);

} // namespace prikaz::extract
