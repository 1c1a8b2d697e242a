// The kind of an administrative document from its heading line: "ПРИКАЗ", "Р Е Ш Е Н И Е",
// "Решение коллегии …", "ПОСТАНОВЛЕНИЕ № 12", "ИНСТРУКТИВНОЕ ПИСЬМО".
//
// A line names the kind when it starts with a kind word (any letter case, letters possibly
// spaced out) and the kind word is either alone on the line or followed by
//   - the issuing body in the genitive ("Решение коллегии …", "Приказ министерства …"), or
//   - the registration requisites ("ПРИКАЗ № 45", "ПРИКАЗ от 12.01.2023 № 5").
// Anything else after the word ("Решение принято …") is running text, not a heading.
#pragma once

#include <optional>
#include <string>

namespace prikaz::extract {

struct KindMatch {
    std::string kind; // normalised: lower-case nominative, "приказ", "инструктивное письмо"
    std::string as_written; // the kind word(s) as typed: "Р Е Ш Е Н И Е"
    int begin = 0;          // code points of as_written in the line
    int end = 0;
    int rest_begin = -1; // where the text after the kind word starts (-1: nothing follows)
};

// The kind named by a heading line (one line, no "\n").
std::optional<KindMatch> match_document_kind(const std::string &line);

// True when `word` (any case) is a genitive noun that names an issuing body or official after
// a kind word: "коллегии", "министерства", "администрации", "главы", "начальника", ...
bool is_genitive_issuer_word(const std::string &word);

} // namespace prikaz::extract
