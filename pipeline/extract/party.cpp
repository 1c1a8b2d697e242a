#include "extract/party.h"

#include "extract/nominative.h"
#include "extract/party_fields.h"
#include "extract/party_phrase.h"
#include "extract/party_split.h"

namespace prikaz::extract::party {

std::vector<record::Party> parse_parties(const std::string &phrase, unsigned cases,
                                         const std::vector<record::GlossaryTerm> &glossary) {
    std::vector<record::Party> out;
    for (const Piece &piece : split_parties(phrase, cases, glossary)) {
        record::Party p = party_of(piece, cases, glossary);
        if (!p.org.empty() || !p.person.empty() || !p.position.empty())
            out.push_back(std::move(p));
    }
    return out;
}

std::vector<record::Party> point_parties(const std::string &text,
                                         const std::vector<record::GlossaryTerm> &glossary) {
    std::optional<Phrase> phrase = find_point_phrase(text);
    if (!phrase)
        return {};
    std::vector<record::Party> out = parse_parties(phrase->text, phrase->cases, glossary);
    for (record::Party &p : out) {
        p.source.begin += phrase->begin;
        p.source.end += phrase->begin;
    }
    return out;
}

std::vector<record::Party> parties_of_phrase(const std::string &text,
                                             const std::vector<record::GlossaryTerm> &glossary) {
    std::vector<record::Party> out = point_parties(text, glossary);
    if (out.empty())
        out = parse_parties(text, nominative::kAnyCase, glossary);
    return out;
}

} // namespace prikaz::extract::party
