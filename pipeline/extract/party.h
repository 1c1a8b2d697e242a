// Responsible parties (issue 4): where a point names the body it addresses, how a phrase or a
// plan cell splits into several parties, and each party's organisation, position and person
// in the nominative, abbreviations resolved through the document's glossary.
//
//   party_phrase.h  the party phrase at the start of a point («Отделу … (Маханова А.В.):»,
//                   «Рекомендовать руководителям … организовать»)
//   party_split.h   one phrase → the phrases of single parties («X и Y», «ИРОСО РЦОКОСО МОСО»,
//                   «Минпросвещения КБР, муниципальные органы, осуществляющие …»)
//   party_fields.h  one party phrase → org / position / person, glossary resolution
#pragma once

#include "record/record.h"

#include <optional>
#include <string>
#include <vector>

namespace prikaz::extract::party {

// A party phrase inside a longer text: code-point offsets and the cases its syntax allows.
struct Phrase {
    std::string text;
    int begin = -1;
    int end = -1;
    unsigned cases = 0; // nominative::Case bits
};

// The parties a phrase names. `cases` is what the syntax says about the phrase (kDat for a
// point addressed to a body, kAnyCase for a plan cell). Each party's as_written is its part of
// the phrase and its source.begin/end the part's code-point offsets in `phrase`. A name and its
// position in apposition («Петрова А.А., начальник отдела») are one party; a body with several
// persons in parentheses («Отдел опеки (Зайцева М.А., Крылов Д.С.)») one party per person.
std::vector<record::Party> parse_parties(const std::string &phrase, unsigned cases,
                                         const std::vector<record::GlossaryTerm> &glossary);

// The parties a point's text is addressed to: the phrase it starts with (see party_phrase.h),
// parsed; empty when the point is addressed to nobody. Offsets are in `text`.
std::vector<record::Party> addressee_parties(const std::string &text,
                                             const std::vector<record::GlossaryTerm> &glossary);

// The officials a remark in parentheses names as responsible («… (ответственный – Шилова Т.Н.,
// главный специалист отдела образования)»). Offsets are in `text`.
std::vector<record::Party> remark_parties(const std::string &text,
                                          const std::vector<record::GlossaryTerm> &glossary);

// Both: the addressees, then the officials of the remarks.
std::vector<record::Party> point_parties(const std::string &text,
                                         const std::vector<record::GlossaryTerm> &glossary);

// For `prikaz party`: the parties of a phrase typed by a user — a point («Отделу … обеспечить»)
// or a bare party phrase in any case.
std::vector<record::Party> parties_of_phrase(const std::string &text,
                                             const std::vector<record::GlossaryTerm> &glossary);

} // namespace prikaz::extract::party
