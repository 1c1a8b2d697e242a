// One phrase → the phrases of single parties. Parties are separated by «;», by a comma before a
// new name (not before a participle: «органы, осуществляющие управление …»), by «и» before a
// new name in the same case («Государственному бюджетному учреждению «…» и Государственному
// бюджетному образовательному учреждению …»), and by the glossary's abbreviations written in a
// row («ИРОСО РЦОКОСО МОСО», «ОМСУ ШНОР и ШНСУ»). Commas and «и» inside quotes or parentheses
// never separate.
#pragma once

#include "extract/party_words.h"
#include "record/record.h"

#include <string>
#include <vector>

namespace prikaz::extract::party {

struct Piece {
    std::string text;
    int begin = 0; // code points in the phrase
    int end = 0;
};

std::vector<Piece> split_parties(const std::string &phrase, unsigned cases,
                                 const std::vector<record::GlossaryTerm> &glossary);

// The glossary term whose abbreviation `word` is (punctuation around ignored), or nullptr.
const record::GlossaryTerm *glossary_term(const std::string &word,
                                          const std::vector<record::GlossaryTerm> &glossary);

// The glossary term whose abbreviation starts at words[j]: one word («ЦОКО») or several whose
// first has the shape of an abbreviation («МКУ ЦРО», «РО Движения»); the longest that fits,
// punctuation after it ignored. `count` (may be null) gets its number of words, 0 for none.
const record::GlossaryTerm *glossary_term_at(const std::vector<Word> &words, size_t j,
                                             const std::vector<record::GlossaryTerm> &glossary,
                                             size_t *count = nullptr);

} // namespace prikaz::extract::party
