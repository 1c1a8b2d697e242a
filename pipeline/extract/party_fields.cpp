#include "extract/party_fields.h"

#include "extract/nominative.h"
#include "extract/operative_names.h"
#include "extract/party_words.h"
#include "extract/text_util.h"

#include <unicode/uchar.h>

namespace prikaz::extract::party {

namespace {

namespace nom = nominative;

struct Split {
    std::string rest;   // the phrase without the person
    std::string person; // as written
    bool in_parentheses = false;
};

// «… (Маханова А.В.)» or «… Беспаловой С.Э.»: the person closing the phrase.
Split split_person(const std::string &text) {
    static const Regex parenthesised(R"(^(.*?)\s*\(([^()]+)\)\s*$)");
    Split s{text, "", false};
    Match m;
    if (parenthesised.full(text, m) && operative::is_name(m[2].text)) {
        s.rest = trim(m[1].text);
        s.person = trim(m[2].text);
        s.in_parentheses = true;
        return s;
    }
    auto hit = operative::find_name_at_end(text);
    if (hit && hit->begin > 0) {
        s.rest = trim(slice_cp(text, 0, hit->begin));
        s.person = hit->text;
    } else if (hit && hit->begin == 0) {
        s.rest.clear();
        s.person = hit->text;
    }
    return s;
}

std::string lower_first(const std::string &text) {
    icu::UnicodeString u = to_u(text);
    if (u.isEmpty() || is_abbreviation(to_utf8(u.tempSubStringBetween(0, u.indexOf(' ')))))
        return text;
    UChar32 c = u.char32At(0);
    icu::UnicodeString out;
    out.append(static_cast<UChar32>(u_tolower(c)));
    out.append(u.tempSubStringBetween(u.moveIndex32(0, 1)));
    return to_utf8(out);
}

// Where the organisation starts after a position's head noun: a legal form, a quoted name or
// a glossary abbreviation. -1 when the whole phrase is the position.
int org_start(const std::string &text, int head_end_cp,
              const std::vector<record::GlossaryTerm> &glossary) {
    for (const Word &w : split_words(text)) {
        if (w.begin < head_end_cp || w.nested)
            continue;
        if (is_legal_form(w.text) || glossary_term(w.text, glossary) || w.text.rfind("«", 0) == 0 ||
            w.text.rfind("\"", 0) == 0)
            return w.begin;
    }
    return -1;
}

void fill_from_glossary(const std::string &rest, const record::GlossaryTerm &term,
                        record::Party &p) {
    std::vector<Word> words = split_words(rest);
    std::string tail = words.size() > 1 ? slice_cp(rest, words[1].begin, words.back().end) : "";
    p.org_abbr = term.abbr;
    p.org = nom::phrase_nominative(term.full, nom::kAnyCase);
    if (!trim(tail).empty())
        p.org += " " + trim(tail);
}

void fill_org_or_position(const std::string &rest, unsigned cases,
                          const std::vector<record::GlossaryTerm> &glossary, record::Party &p) {
    nom::NounPhrase np = nom::noun_phrase(rest, cases);
    if (!np.found || !is_position_noun(np.head)) {
        p.org = np.text;
        return;
    }
    std::string text = np.text;
    int start = org_start(text, code_points(text.substr(0, np.head_end)), glossary);
    std::string position = start < 0 ? text : trim(slice_cp(text, 0, start));
    if (start >= 0)
        p.org = trim(slice_cp(text, start, code_points(text)));
    p.position = np.found == nom::kNom ? position : lower_first(position);
}

} // namespace

record::Party party_of(const Piece &piece, unsigned cases,
                       const std::vector<record::GlossaryTerm> &glossary) {
    record::Party p;
    p.as_written = piece.text;
    p.source.begin = piece.begin;
    p.source.end = piece.end;
    std::string text = collapse_lines(piece.text);
    Split s = split_person(text);
    std::vector<Word> words = split_words(s.rest);
    if (!words.empty()) {
        if (const record::GlossaryTerm *term = glossary_term(words.front().text, glossary))
            fill_from_glossary(s.rest, *term, p);
        else
            fill_org_or_position(s.rest, cases, glossary, p);
    }
    if (!s.person.empty()) {
        unsigned person_cases = cases;
        if (s.in_parentheses)
            person_cases = nom::kAnyCase;
        else if (!s.rest.empty()) {
            unsigned found = nom::noun_phrase(s.rest, cases).found;
            person_cases = found ? found : cases;
        }
        p.person = nom::person_nominative(s.person, person_cases);
    }
    return p;
}

} // namespace prikaz::extract::party
