#include "extract/party.h"

#include "extract/nominative.h"
#include "extract/operative_names.h"
#include "extract/party_fields.h"
#include "extract/party_phrase.h"
#include "extract/party_split.h"
#include "extract/party_words.h"
#include "extract/text_util.h"

#include <cstddef>

namespace prikaz::extract::party {

namespace {

bool only_person(const record::Party &p) {
    return !p.person.empty() && p.org.empty() && p.position.empty();
}

// «Петрова А.А., начальник отдела общего образования», «Горбуновой Т.С., директору ГКУ «…»»: a
// name followed by its position in apposition is one party, not two. The joined words are read
// again as one party, so that a named official's body is told from the position.
void join_appositions(const std::string &phrase, unsigned cases,
                      const std::vector<record::GlossaryTerm> &glossary,
                      std::vector<record::Party> &parties) {
    for (size_t i = 0; i + 1 < parties.size(); ++i) {
        const record::Party &name = parties[i];
        const record::Party &post = parties[i + 1];
        if (!only_person(name) || post.position.empty() || !post.person.empty())
            continue;
        Piece joined{slice_cp(phrase, name.source.begin, post.source.end), name.source.begin,
                     post.source.end};
        record::Party one = party_of(joined, cases, glossary);
        if (one.person.empty()) { // not read as «name, position»: keep the two halves joined
            one = post;
            one.person = name.person;
        }
        one.as_written = joined.text;
        one.source.begin = joined.begin;
        one.source.end = joined.end;
        parties[i + 1] = std::move(one);
        parties.erase(parties.begin() + static_cast<std::ptrdiff_t>(i));
    }
}

// «Отдел образования (Петрова А.А., Сидоров В.В.)»: a body with several persons in parentheses
// gives one party per person, each with the body. Empty when the piece is not so written.
std::vector<Piece> per_person(const Piece &piece) {
    static const Regex listed(R"(^(.*?\S)\s*\(([^()]+[,;][^()]+)\)$)");
    static const Regex separator(R"(\s*[,;]\s*(?:и\s+)?|\s+и\s+)");
    Match m;
    if (!listed.full(collapse_lines(piece.text), m))
        return {};
    std::vector<Piece> out;
    std::string names = separator.replace_all(m[2].text, "\n");
    size_t from = 0;
    while (from <= names.size()) {
        size_t at = names.find('\n', from);
        std::string one = trim(names.substr(from, at == std::string::npos ? at : at - from));
        if (!operative::is_name(one))
            return {};
        out.push_back(Piece{m[1].text + " (" + one + ")", piece.begin, piece.end});
        if (at == std::string::npos)
            break;
        from = at + 1;
    }
    return out.size() > 1 ? out : std::vector<Piece>{};
}

void add_party(record::Party p, const Piece &piece, std::vector<record::Party> &out) {
    if (p.org.empty() && p.person.empty() && p.position.empty())
        return;
    p.as_written = piece.text;
    p.source.begin = piece.begin;
    p.source.end = piece.end;
    out.push_back(std::move(p));
}

} // namespace

std::vector<record::Party> parse_parties(const std::string &phrase, unsigned cases,
                                         const std::vector<record::GlossaryTerm> &glossary) {
    std::vector<record::Party> out;
    for (const Piece &piece : split_parties(phrase, cases, glossary)) {
        std::vector<Piece> persons = per_person(piece);
        if (persons.empty())
            add_party(party_of(piece, cases, glossary), piece, out);
        for (const Piece &one : persons)
            add_party(party_of(one, cases, glossary), piece, out);
    }
    join_appositions(phrase, cases, glossary, out);
    return out;
}

// «(ответственный – Кондратьева М.В., методист МКУ «ИМЦ»)», «(ответственные: …)»: the list
// inside, read like a plan cell, with offsets in `text`.
std::vector<record::Party> remark_parties(const std::string &text,
                                          const std::vector<record::GlossaryTerm> &glossary) {
    static const Regex remark(R"(\(\s*(?:ответственн(?:ый|ая|ые)(?:\s+исполнител[ьи])?|)"
                              R"(исполнител[ьи])\s*[–—:-]\s*([^()]+)\))");
    if (!contains_folded(text, {"ответственн", "исполнител"}))
        return {};
    std::vector<record::Party> out;
    for (const Match &m : remark.all(text))
        for (record::Party &p : parse_parties(m[1].text, nominative::kAnyCase, glossary)) {
            p.source.begin += m[1].begin;
            p.source.end += m[1].begin;
            out.push_back(std::move(p));
        }
    return out;
}

std::vector<record::Party> addressee_parties(const std::string &text,
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

std::vector<record::Party> point_parties(const std::string &text,
                                         const std::vector<record::GlossaryTerm> &glossary) {
    std::vector<record::Party> out = addressee_parties(text, glossary);
    for (record::Party &p : remark_parties(text, glossary))
        out.push_back(std::move(p));
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
