#include "extract/operative_names.h"

#include "extract/nominative.h"
#include "extract/text_util.h"

#include <algorithm>
#include <unicode/uchar.h>
#include <vector>

namespace prikaz::extract::operative {

namespace {

#define INITIALS "(?:\\p{Lu}\\.\\s?){1,2}"
#define SURNAME "\\p{Lu}[\\p{L}’'-]*\\p{L}"
#define FIRST_NAME "\\p{Lu}\\p{Ll}+"
// A patronymic in any case: «Петрович», «Петровичу», «Николаевне», «Ильиничной».
#define PATRONYMIC                                                                                 \
    "\\p{Lu}\\p{Ll}+(?:вич(?:а|у|ем|е)?|вн(?:а|ы|е|у|ой|ою)|ичн(?:а|ы|е|у|ой|ою)|оглы|кызы)"

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

std::string compact_initials(const std::string &initials) {
    std::string out;
    for (char c : trim(initials))
        if (c != ' ')
            out += c;
    return out;
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

// The inflection itself is nominative.h's, shared with the parties and the glossary.
std::string person_nominative(const std::string &name, bool accusative) {
    Match m;
    if (!name_at_end().search(name, m))
        return trim(name);
    unsigned cases = accusative ? nominative::kAcc : nominative::kNom;
    auto convert = [&](const std::string &s) { return nominative::surname_nominative(s, cases); };
    if (m.has(1))
        return convert(m[2].text) + " " + compact_initials(m[1].text);
    if (m.has(3))
        return convert(m[3].text) + " " + compact_initials(m[4].text);
    // A full name tells its own case by the patronymic («Сергеевой Ольге Николаевне»).
    return nominative::person_nominative(m[5].text,
                                         accusative ? nominative::kAcc : nominative::kAnyCase);
}

std::string position_nominative(const std::string &accusative) {
    // «заместителя министра – начальника управления …»: two offices held at once, each in
    // the accusative
    static const Regex dash(R"(\s+[–—-]\s+)");
    std::string text = collapse_lines(accusative);
    Match m;
    if (dash.search(text, m)) {
        std::string first = substr_cp(text, 0, m[0].begin);
        std::string second = substr_cp(text, m[0].end, code_points(text));
        nominative::NounPhrase tail = nominative::noun_phrase(second, nominative::kAcc);
        if (tail.found)
            return nominative::phrase_nominative(first, nominative::kAcc) + m[0].text + tail.text;
    }
    return nominative::phrase_nominative(text, nominative::kAcc);
}

} // namespace prikaz::extract::operative
