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
    std::string position; // written with the person in parentheses («(ректор Бурцев С.А.)»)
    bool in_parentheses = false;
};

// «(Пономарева)»: the responsible person named by the surname alone, as some municipal acts
// write it after a body. A capitalised word with a surname's ending; abbreviations and
// short names defined in the text have none.
bool surname_alone(const std::string &text) {
    static const Regex surname(
        R"(\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|енко|ко|ук|юк|ян|их|ых|ич))",
        0);
    Match m;
    return surname.full(trim(text), m);
}

// «(ректор Бурцев С.А.)», «(начальник отдела Иванова И.И.)»: a position, then the person.
bool position_then_name(const std::string &text, Split &s) {
    auto hit = operative::find_name_at_end(text);
    if (!hit || hit->begin == 0)
        return false;
    std::string position = trim(slice_cp(text, 0, hit->begin));
    nom::NounPhrase np = nom::noun_phrase(position, nom::kNom);
    if (!np.found || !is_position_noun(np.head))
        return false;
    s.position = position;
    s.person = hit->text;
    return true;
}

// «Иванова И.И. – заместитель начальника управления», «Иванова И.И. (методист)»: a person
// named first, the position after a dash or in parentheses (plan cells write them so).
bool split_leading_person(const std::string &text, Split &s) {
    static const Regex dashed(R"(^(.+?)\s+[–—-]\s+(.+)$)");
    static const Regex bracketed(R"(^(.+?)\s*\(([^()]+)\)$)");
    static const Regex commaed(R"(^(.+?),\s+(.+)$)");
    Match m;
    for (const Regex *re : {&dashed, &bracketed, &commaed})
        if (re->full(text, m) && operative::is_name(m[1].text) && !operative::is_name(m[2].text)) {
            s.person = trim(m[1].text);
            s.rest = trim(m[2].text);
            s.in_parentheses = false;
            return true;
        }
    return false;
}

// «… (Маханова А.В.)» or «… Беспаловой С.Э.»: the person closing the phrase.
Split split_person(const std::string &text) {
    static const Regex parenthesised(R"(^(.*?)\s*\(([^()]+)\)\s*$)");
    Split s{text, "", "", false};
    Match m;
    if (parenthesised.full(text, m) && !trim(m[1].text).empty()) {
        std::string inside = trim(m[2].text);
        bool person = operative::is_name(inside) || surname_alone(inside);
        if (person || position_then_name(inside, s)) {
            s.rest = trim(m[1].text);
            if (person)
                s.person = inside;
            s.in_parentheses = true;
            return s;
        }
    }
    if (split_leading_person(text, s))
        return s;
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

// Remarks in parentheses name no part of the party, so they go before the phrase is read:
// «Управлению образования (далее – Управление)», a definition of a short form the glossary
// records, and «РО Движения (по согласованию)», a plan's note that the body is not the
// author's own and takes part by agreement.
std::string without_remarks(const std::string &text) {
    static const Regex remark(
        R"(\s*\(\s*(?:далее\s*(?:[–—-]|по\s+тексту)|по\s+согласованию)[^()]*\))");
    if (!contains_folded(text, {"далее", "согласован"}))
        return text;
    return trim(remark.replace_all(text, ""));
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

// Where the organisation's own name starts after a position's head noun: a legal form, a quoted
// name or a glossary abbreviation. -1 when the whole phrase is the position.
int name_start(const std::vector<Word> &words, int head_end_cp,
               const std::vector<record::GlossaryTerm> &glossary) {
    for (const Word &w : words) {
        if (w.begin < head_end_cp || w.nested)
            continue;
        if (is_legal_form(w.text) || glossary_term(w.text, glossary) || w.text.rfind("«", 0) == 0 ||
            w.text.rfind("\"", 0) == 0)
            return w.begin;
    }
    return -1;
}

// An adjective or participle in an oblique case («государственного», «бюджетным»): it belongs
// to the noun after it.
bool oblique_adjective(const std::string &bare) {
    static const Regex adjective(R"(\p{L}{2,}(?:ого|его|ой|ей|ых|их|ым|им|ыми|ими|ому|ему))", 0);
    Match m;
    return adjective.full(bare, m);
}

// «Директору государственного казенного учреждения Краснодарского края «Центр …»»: the legal
// form written out in words before the quoted name is the organisation's, not the position's.
// The organisation starts at the first body noun after the last word of the position
// («заместителю директора»), with the adjectives that agree with it.
int spelled_out_start(const std::vector<Word> &words, int head_end_cp, int name_cp) {
    size_t first = words.size();
    for (size_t j = 0; j < words.size(); ++j) {
        const Word &w = words[j];
        if (w.begin < head_end_cp || w.nested || w.begin >= name_cp)
            continue;
        if (is_position_noun(w.bare)) {
            first = words.size();
            continue;
        }
        if (first == words.size() && is_body_noun(w.bare)) {
            first = j;
            while (first > 0 && words[first - 1].begin >= head_end_cp &&
                   !is_position_noun(words[first - 1].bare) &&
                   oblique_adjective(words[first - 1].bare))
                --first;
        }
    }
    return first < words.size() ? words[first].begin : name_cp;
}

// The glossary term whose short form `org` (in the nominative) is: «Управление», «отдел
// образования» (words the document defined, not abbreviations); nullptr for none.
const record::GlossaryTerm *short_form_term(const std::string &org,
                                            const std::vector<record::GlossaryTerm> &glossary) {
    std::string folded = fold(org);
    for (const record::GlossaryTerm &term : glossary)
        if (fold(term.abbr) == folded)
            return &term;
    return nullptr;
}

// Does the glossary define `phrase` (in any case) as a short form? «Управления» → «Управление».
bool defined_short_form(const std::string &phrase,
                        const std::vector<record::GlossaryTerm> &glossary) {
    return short_form_term(nom::phrase_nominative(phrase, nom::kGen | nom::kIns), glossary);
}

// Where the organisation starts after a position's head noun; -1 when there is none. A named
// official's body may also be a plain noun phrase in the genitive that identifies it
// («главному специалисту отдела информационно-аналитической работы Абрамовой Е.С.», «главному
// бухгалтеру Управления», defined in the document); a bare generic noun does not
// («заместителю начальника управления», «секретарю коллегии» stay one position).
int org_start(const std::string &text, int head_end_cp, bool named_official,
              const std::vector<record::GlossaryTerm> &glossary) {
    std::vector<Word> words = split_words(text);
    int name = name_start(words, head_end_cp, glossary);
    if (name >= 0)
        return spelled_out_start(words, head_end_cp, name);
    if (!named_official)
        return -1;
    int end = code_points(text);
    int body = spelled_out_start(words, head_end_cp, end);
    if (body >= end)
        return -1;
    std::string org = slice_cp(text, body, end);
    bool identified = split_words(org).size() > 1 || defined_short_form(org, glossary);
    return identified ? body : -1;
}

// `abbr_words`: how many words the abbreviation takes at the start of `rest`.
void fill_from_glossary(const std::string &rest, const record::GlossaryTerm &term,
                        size_t abbr_words, record::Party &p) {
    std::vector<Word> words = split_words(rest);
    std::string tail =
        words.size() > abbr_words ? slice_cp(rest, words[abbr_words].begin, words.back().end) : "";
    p.org_abbr = term.abbr;
    p.org = nom::phrase_nominative(term.full, nom::kAnyCase);
    if (!trim(tail).empty())
        p.org += " " + trim(tail);
}

// «главному бухгалтеру Управления», «Отделу образования»: an organisation named by a short form
// the document defined (a word, not an abbreviation) is recorded by its full name, as an
// abbreviation is.
void resolve_short_form(const std::vector<record::GlossaryTerm> &glossary, record::Party &p) {
    if (const record::GlossaryTerm *term = short_form_term(p.org, glossary)) {
        p.org_abbr = term->abbr;
        p.org = nom::phrase_nominative(term->full, nom::kAnyCase);
    }
}

// The organisation a position belongs to, in the nominative: after the position it stands in
// the genitive («директору учреждения») or, after «заведующий», the instrumental; an
// abbreviation of the glossary is resolved.
void fill_position_org(const std::string &org, const std::vector<record::GlossaryTerm> &glossary,
                       record::Party &p) {
    std::vector<Word> words = split_words(org);
    if (words.empty())
        return;
    size_t abbr_words = 0;
    if (const record::GlossaryTerm *term = glossary_term_at(words, 0, glossary, &abbr_words)) {
        fill_from_glossary(org, *term, abbr_words, p);
        return;
    }
    nom::NounPhrase np = nom::noun_phrase(org, nom::kGen | nom::kIns);
    p.org = np.found ? np.text : org;
    resolve_short_form(glossary, p);
}

// Addressees named by a plural position and no person («Руководителям МОУО», «Начальникам
// районных управлений образования») are a class of officials, recorded as one position as
// written; a single official («Директору ЦНППМ Фроловой Г.Н.») is split into position and
// organisation.
void fill_org_or_position(const std::string &rest, unsigned cases, bool with_person,
                          const std::vector<record::GlossaryTerm> &glossary, record::Party &p) {
    nom::NounPhrase np = nom::noun_phrase(rest, cases);
    if (!np.found || !is_position_noun(np.head)) {
        p.org = np.text;
        resolve_short_form(glossary, p);
        return;
    }
    std::string text = np.text;
    int start = np.plural && !with_person
                    ? -1
                    : org_start(text, code_points(text.substr(0, np.head_end)),
                                with_person && !np.plural, glossary);
    std::string position = start < 0 ? text : trim(slice_cp(text, 0, start));
    if (start >= 0)
        fill_position_org(trim(slice_cp(text, start, code_points(text))), glossary, p);
    p.position = np.found == nom::kNom ? position : lower_first(position);
}

} // namespace

record::Party party_of(const Piece &piece, unsigned cases,
                       const std::vector<record::GlossaryTerm> &glossary) {
    record::Party p;
    p.as_written = piece.text;
    p.source.begin = piece.begin;
    p.source.end = piece.end;
    std::string text = without_remarks(collapse_lines(piece.text));
    Split s = split_person(text);
    std::vector<Word> words = split_words(s.rest);
    if (!words.empty()) {
        size_t abbr_words = 0;
        if (const record::GlossaryTerm *term = glossary_term_at(words, 0, glossary, &abbr_words))
            fill_from_glossary(s.rest, *term, abbr_words, p);
        else
            fill_org_or_position(s.rest, cases, !s.person.empty(), glossary, p);
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
    if (p.position.empty() && !s.position.empty())
        p.position = s.position;
    return p;
}

} // namespace prikaz::extract::party
