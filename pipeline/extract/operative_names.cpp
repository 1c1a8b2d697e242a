#include "extract/operative_names.h"

#include "extract/text_util.h"

#include <algorithm>
#include <unicode/uchar.h>
#include <vector>

namespace prikaz::extract::operative {

namespace {

#define INITIALS "(?:\\p{Lu}\\.\\s?){1,2}"
#define SURNAME "\\p{Lu}[\\p{L}’'-]*\\p{L}"
#define FIRST_NAME "\\p{Lu}\\p{Ll}+"
#define PATRONYMIC "\\p{Lu}\\p{Ll}+(?:вич|вна|ична|инична|оглы|кызы)"

// Group 1: initials before the surname; 2: surname; 3: surname before initials; 4: initials;
// 5: full name.
#define NAME_ALTERNATIVES                                                                          \
    "(" INITIALS ")\\s?(" SURNAME ")"                                                              \
    "|(" SURNAME ")\\s+(\\p{Lu}\\.\\s?(?:\\p{Lu}\\.)?)"                                            \
    "|(" SURNAME "\\s+" FIRST_NAME "\\s+" PATRONYMIC "|" FIRST_NAME "\\s+" PATRONYMIC              \
    "\\s+" SURNAME ")"

const Regex &name_at_end() {
    static const Regex re("(?:^|\\s)(?:" NAME_ALTERNATIVES ")\\s*$", 0);
    return re;
}

#undef INITIALS
#undef SURNAME
#undef FIRST_NAME
#undef PATRONYMIC
#undef NAME_ALTERNATIVES

bool upper_at(const icu::UnicodeString &u, int32_t i) {
    return u_isupper(u.char32At(i));
}

// Replaces the last `drop` code points of `word` by `add`, in upper case when the word is.
std::string replace_end(const std::string &word, int drop, const std::string &add) {
    icu::UnicodeString u = to_u(word);
    int32_t cut = u.moveIndex32(u.length(), -drop);
    bool caps = u.length() > 1 && upper_at(u, u.moveIndex32(u.length(), -1)) &&
                upper_at(u, u.moveIndex32(u.length(), -2));
    return to_utf8(u.tempSubStringBetween(0, cut)) + (caps ? upper(add) : add);
}

bool ends(const std::string &lower_word, const char *suffix) {
    std::string s(suffix);
    return lower_word.size() > s.size() &&
           lower_word.compare(lower_word.size() - s.size(), s.size(), s) == 0;
}

bool is_vowel_end(const std::string &lower_word, int from_end) {
    icu::UnicodeString u = to_u(lower_word);
    if (u.countChar32() <= from_end)
        return true;
    UChar32 c = u.char32At(u.moveIndex32(u.length(), -1 - from_end));
    static const icu::UnicodeString vowels = to_u("аеёиоуыэюяй");
    return vowels.indexOf(c) >= 0;
}

// Accusative → nominative of a Russian surname (feminine -ову → -ова, masculine -ова → -ов, …).
std::string surname_nominative(const std::string &surname) {
    std::string l = lower(surname);
    for (const char *f : {"ову", "еву", "ёву", "ину", "ыну"})
        if (ends(l, f))
            return replace_end(surname, 1, "а");
    for (const char *m : {"ова", "ева", "ёва", "ина", "ына"})
        if (ends(l, m))
            return replace_end(surname, 1, "");
    if (ends(l, "ского") || ends(l, "цкого"))
        return replace_end(surname, 3, "ий");
    if (ends(l, "ую"))
        return replace_end(surname, 2, "ая");
    // Masculine surnames ending in a consonant take -а ("Лаврика"); feminine -а nouns -у.
    if (ends(l, "а") && !is_vowel_end(l, 1))
        return replace_end(surname, 1, "");
    if (ends(l, "у") && !is_vowel_end(l, 1))
        return replace_end(surname, 1, "а");
    return surname;
}

std::string compact_initials(const std::string &initials) {
    std::string out;
    for (char c : trim(initials))
        if (c != ' ')
            out += c;
    return out;
}

std::vector<std::string> split_spaces(const std::string &s) {
    std::vector<std::string> out;
    size_t pos = 0;
    while (pos < s.size()) {
        size_t sp = s.find(' ', pos);
        if (sp == std::string::npos)
            sp = s.size();
        if (sp > pos)
            out.push_back(s.substr(pos, sp - pos));
        pos = sp + 1;
    }
    return out;
}

// Stems of the nouns that head a position (заместитель министра, начальник управления, …).
bool is_position_noun(const std::string &lower_word) {
    static const Regex head("^(?:заместител|начальник|председател|руководител|директор|министр"
                            "|секретар|специалист|консультант|советник|помощник|инспектор|глав[уы]"
                            "|ректор|проректор|член|командир|президент|губернатор|мэр|декан)");
    return head.contains(lower_word);
}

std::string noun_nominative(const std::string &word) {
    std::string l = lower(word);
    if (ends(l, "я"))
        return replace_end(word, 1, "ь");
    if (ends(l, "у") || ends(l, "ы"))
        return replace_end(word, 1, "а");
    if (ends(l, "а"))
        return replace_end(word, 1, "");
    return word;
}

std::string adjective_nominative(const std::string &word) {
    std::string l = lower(word);
    if (ends(l, "его"))
        return replace_end(word, 3, "ий");
    bool velar = ends(l, "гого") || ends(l, "кого") || ends(l, "хого");
    return replace_end(word, 3, velar ? "ий" : "ый");
}

} // namespace

std::optional<NameHit> find_name_at_end(const std::string &text) {
    Match m;
    if (!name_at_end().search(text, m))
        return std::nullopt;
    int begin = -1, end = -1;
    for (size_t g = 1; g < m.groups.size(); ++g) {
        if (!m.has(g))
            continue;
        if (begin < 0 || m[g].begin < begin)
            begin = m[g].begin;
        end = std::max(end, m[g].end);
    }
    icu::UnicodeString u = to_u(text);
    std::string t = to_utf8(u.tempSubStringBetween(u.moveIndex32(0, begin), u.moveIndex32(0, end)));
    return NameHit{trim(t), begin, end};
}

bool is_name(const std::string &text) {
    std::string t = trim(text);
    auto hit = find_name_at_end(t);
    return hit && hit->begin == 0;
}

std::string person_nominative(const std::string &name, bool accusative) {
    Match m;
    if (!name_at_end().search(name, m))
        return trim(name);
    auto convert = [&](const std::string &s) { return accusative ? surname_nominative(s) : s; };
    if (m.has(1))
        return convert(m[2].text) + " " + compact_initials(m[1].text);
    if (m.has(3))
        return convert(m[3].text) + " " + compact_initials(m[4].text);
    return trim(m[5].text);
}

std::string position_nominative(const std::string &accusative) {
    std::vector<std::string> words = split_spaces(collapse_lines(accusative));
    for (std::string &w : words) {
        std::string l = lower(w);
        if (l == "временно")
            continue;
        if ((ends(l, "ого") || ends(l, "его")) && l.size() > 6) {
            w = adjective_nominative(w);
            continue;
        }
        if (is_position_noun(l))
            w = noun_nominative(w);
        break;
    }
    std::string out;
    for (const std::string &w : words)
        out += (out.empty() ? "" : " ") + w;
    return out;
}

} // namespace prikaz::extract::operative
