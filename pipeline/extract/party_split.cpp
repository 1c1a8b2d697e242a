#include "extract/party_split.h"

#include "extract/nominative.h"
#include "extract/operative_names.h"
#include "extract/party_words.h"
#include "extract/text_util.h"

#include <unicode/uchar.h>

namespace prikaz::extract::party {

namespace {

namespace nom = nominative;

char last_char(const std::string &s) {
    return s.empty() ? ' ' : s.back();
}

bool upper_start(const std::string &word) {
    icu::UnicodeString u = to_u(word);
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1))
        if (u_isalpha(u.char32At(i)))
            return u_isupper(u.char32At(i));
    return false;
}

// «… и Лукиной Ольге Викторовне, заведующей …», «…, Иванову И.И.»: a person's name (surname
// with initials or with first name and patronymic) starts a party of its own.
bool names_person(const std::vector<Word> &words, size_t j, const std::string &phrase) {
    for (size_t n : {size_t{3}, size_t{2}}) {
        if (j + n > words.size())
            continue;
        std::string name = slice_cp(phrase, words[j].begin, words[j + n - 1].end);
        while (!name.empty() && (name.back() == ',' || name.back() == ';'))
            name.pop_back();
        if (operative::is_name(name))
            return true;
    }
    return false;
}

// «Гладких М.А.\nЛыкова С.П.», «Классные руководители\nПДН УМВД …»: a cell that lists its
// parties one per line. A new line starts a party when it opens with a person, an
// abbreviation, a legal form or a capitalised position, or when the line before ends with a
// person's initials; other lines («Отдел образования\nАдминистрации района») wrap a name.
bool opens_listed_line(const std::vector<Word> &words, size_t j, const std::string &phrase) {
    const Word &prev = words[j - 1];
    std::string gap = slice_cp(phrase, prev.end, words[j].begin);
    if (gap.find('\n') == std::string::npos)
        return false;
    const Word &w = words[j];
    static const Regex initials(R"(\p{Lu}\.\s?\p{Lu}\.,?)", 0);
    Match m;
    if (names_person(words, j, phrase) || is_abbreviation(w.text) || is_legal_form(w.text))
        return true;
    if (!upper_start(w.text))
        return false;
    if (initials.full(prev.text, m))
        return true;
    // «Социальные педагоги ОО»: the line's own noun phrase, in the nominative, names officials
    std::string rest = slice_cp(phrase, w.begin, words.back().end);
    nom::NounPhrase np = nom::noun_phrase(rest.substr(0, rest.find('\n')), nom::kNom);
    return np.found == nom::kNom && is_position_noun(np.head);
}

// Does a new party start at words[j]? The allowed cases keep «и школ, функционирующих …» (a
// genitive) from starting one in a dative phrase.
bool starts_party(const std::vector<Word> &words, size_t j, const std::string &phrase,
                  unsigned cases, const std::vector<record::GlossaryTerm> &glossary) {
    const Word &w = words[j];
    if (is_legal_form(w.text) || glossary_term_at(words, j, glossary) || is_abbreviation(w.text) ||
        names_person(words, j, phrase))
        return true;
    std::string rest = slice_cp(phrase, w.begin, words.back().end);
    nom::NounPhrase np = nom::noun_phrase(rest, cases & ~nom::kGen);
    bool named = np.found && (is_body_noun(np.head) || is_position_noun(np.head));
    if (cases == nom::kDat || cases == nom::kAcc)
        return named;
    return named || upper_start(w.text);
}

// «КДН и ЗП»: two abbreviations joined by «и» are one name unless the document's glossary or
// a legal form says the second is a body of its own.
bool compound_abbreviation(const std::vector<Word> &words, size_t and_index,
                           const std::vector<record::GlossaryTerm> &glossary) {
    const Word &next = words[and_index + 1];
    return is_abbreviation(words[and_index - 1].text) && is_abbreviation(next.text) &&
           !is_legal_form(next.text) && !glossary_term(next.text, glossary);
}

bool after_comma(const Word &prev) {
    return (!prev.nested || prev.closes_group) && last_char(prev.text) == ',';
}

// Word indices where a new party starts; `dropped` marks conjunctions between parties.
std::vector<size_t> boundaries(const std::vector<Word> &words, const std::string &phrase,
                               unsigned cases, const std::vector<record::GlossaryTerm> &glossary,
                               std::vector<bool> &dropped) {
    std::vector<size_t> starts = {0};
    dropped.assign(words.size(), false);
    for (size_t j = 1; j < words.size(); ++j) {
        const Word &prev = words[j - 1];
        const Word &w = words[j];
        if (w.nested)
            continue;
        bool prev_top = !prev.nested || prev.closes_group;
        if (prev_top && last_char(prev.text) == ';') {
            starts.push_back(j);
        } else if (prev_top && opens_listed_line(words, j, phrase)) {
            starts.push_back(j);
        } else if (after_comma(prev) && w.text == "и" && j + 1 < words.size() &&
                   !words[j + 1].nested && starts_party(words, j + 1, phrase, cases, glossary)) {
            // «…, заведующей МКДОУ «…», и Лукиной О.В., …»
            dropped[j] = true;
            starts.push_back(j + 1);
            ++j;
        } else if (after_comma(prev)) {
            // «…, осуществляющие управление» goes on; «…, заведующей МКДОУ» (a position named
            // by a participle) starts a party
            if (is_position_noun(w.bare) || (!nom::is_active_participle(w.bare) &&
                                             starts_party(words, j, phrase, cases, glossary)))
                starts.push_back(j);
        } else if (w.text == "и" && j + 1 < words.size() && !words[j + 1].nested &&
                   !compound_abbreviation(words, j, glossary) &&
                   starts_party(words, j + 1, phrase, cases, glossary)) {
            dropped[j] = true;
            starts.push_back(j + 1);
            ++j;
        } else if (glossary_term_at(words, j, glossary) &&
                   (is_abbreviation(prev.text) || prev.closes_group)) {
            starts.push_back(j);
        }
    }
    return starts;
}

} // namespace

namespace {

std::string without_trailing_punctuation(std::string w) {
    w = trim(w);
    while (!w.empty() && (w.back() == ',' || w.back() == ';' || w.back() == ':' || w.back() == '.'))
        w.pop_back();
    return w;
}

} // namespace

const record::GlossaryTerm *glossary_term(const std::string &word,
                                          const std::vector<record::GlossaryTerm> &glossary) {
    std::string w = without_trailing_punctuation(word);
    if (w.empty())
        return nullptr;
    for (const record::GlossaryTerm &t : glossary)
        if (t.abbr == w && is_abbreviation(t.abbr))
            return &t;
    return nullptr;
}

const record::GlossaryTerm *glossary_term_at(const std::vector<Word> &words, size_t j,
                                             const std::vector<record::GlossaryTerm> &glossary,
                                             size_t *count) {
    const record::GlossaryTerm *best = glossary_term(words[j].text, glossary);
    size_t best_words = best ? 1 : 0;
    for (const record::GlossaryTerm &t : glossary) {
        // Most terms are one word, or start with another word: skip them before splitting.
        size_t space = t.abbr.find(' ');
        if (space == std::string::npos || t.abbr.compare(0, space, words[j].text) != 0)
            continue;
        std::vector<Word> abbr = split_words(t.abbr);
        if (abbr.size() <= best_words || j + abbr.size() > words.size() ||
            !is_abbreviation(abbr.front().text))
            continue;
        bool same = true;
        for (size_t k = 0; k < abbr.size() && same; ++k) {
            const std::string &w = words[j + k].text;
            same = (k + 1 == abbr.size() ? without_trailing_punctuation(w) : w) == abbr[k].text;
        }
        if (same) {
            best = &t;
            best_words = abbr.size();
        }
    }
    if (count)
        *count = best_words;
    return best;
}

std::vector<Piece> split_parties(const std::string &phrase, unsigned cases,
                                 const std::vector<record::GlossaryTerm> &glossary) {
    std::vector<Word> words = split_words(phrase);
    std::vector<Piece> out;
    if (words.empty())
        return out;
    std::vector<bool> dropped;
    std::vector<size_t> starts = boundaries(words, phrase, cases, glossary, dropped);
    for (size_t k = 0; k < starts.size(); ++k) {
        size_t first = starts[k];
        size_t last = (k + 1 < starts.size() ? starts[k + 1] : words.size()) - 1;
        while (last > first && dropped[last])
            --last;
        Piece p;
        p.begin = words[first].begin;
        std::string raw = slice_cp(phrase, p.begin, words[last].end);
        while (!raw.empty() && (raw.back() == ',' || raw.back() == ';' || raw.back() == ':'))
            raw.pop_back();
        p.text = collapse_lines(trim(raw)); // a name wrapped over lines of a cell
        p.end = p.begin + code_points(p.text);
        if (!p.text.empty())
            out.push_back(std::move(p));
    }
    return out;
}

} // namespace prikaz::extract::party
