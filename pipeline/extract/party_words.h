// Words of a party phrase with their code-point offsets and whether they stand inside quotes or
// parentheses (commas, «и» and abbreviations there do not separate parties).
#pragma once

#include "extract/nominative.h"

#include <string>
#include <vector>

namespace prikaz::extract::party {

struct Word {
    std::string text; // as written, with punctuation attached («(Маханова», «А.В.):»)
    std::string bare; // without punctuation around, lower case, ё → е
    int begin = 0;    // code points
    int end = 0;
    bool nested = false;       // starts inside quotes or parentheses
    bool closes_group = false; // ends with a closing quote or parenthesis at depth 0
};

std::vector<Word> split_words(const std::string &text);

// The code points [begin, end) of `text`.
std::string slice_cp(const std::string &text, int begin, int end);

// Two or more capitals: «ИРОСО», «ГБУ», «ВсОШ», «РК».
bool is_abbreviation(const std::string &word);

// Organisational and legal forms that open a name: МКУ, ГБУ, ГБОУ, МБДОУ, ФГБОУ, КГБУ (краевое),
// ГБУЗ (здравоохранения), МБУК (культуры), ГБУСО (социального обслуживания), АНО, ООО, …
bool is_legal_form(const std::string &word);

// «обеспечить», «провести», «представлять»: see nominative::is_infinitive.
using nominative::is_infinitive;

// Stems of nouns that name a position, not a body (руководители, заместитель, директор, …).
bool is_position_noun(const std::string &nominative_lower);

} // namespace prikaz::extract::party

namespace prikaz::extract::party {

// Head nouns (nominative, lower case) that name a body: отдел, управление, организации, …
bool is_body_noun(const std::string &nominative_lower);

} // namespace prikaz::extract::party
