#include "extract/operative_enacting.h"

#include "extract/text_util.h"

#include <unicode/unistr.h>

namespace prikaz::extract::operative {

namespace {

// The first-person / collective verbs that open the operative part of Russian acts.
const char *const kWords[] = {"приказываю",   "приказываем", "постановляю", "постановляем",
                              "постановляет", "постановил",  "постановила", "постановили",
                              "решил",        "решила",      "решили",      "решило",
                              "решает",       "обязываю",    "предлагаю",   "распоряжаюсь"};

// "приказываю" → "п ?р ?и ?к ?а ?з ?ы ?в ?а ?ю": the same word, letter-spaced or not.
std::string spaced(const char *word) {
    icu::UnicodeString u = to_u(word);
    std::string out;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        if (i > 0)
            out += " ?";
        out += to_utf8(icu::UnicodeString(u.char32At(i)));
    }
    return out;
}

std::string word_alternatives() {
    std::string alt;
    for (const char *w : kWords) {
        if (!alt.empty())
            alt += '|';
        alt += spaced(w);
    }
    return alt;
}

const Regex &whole_pattern() {
    static const std::string p = "^\\s*(" + word_alternatives() + ")\\s*:?\\s*$";
    static const Regex re(p.c_str());
    return re;
}

// The word closes the sentence: preceded by a space or comma, followed only by ":".
const Regex &closing_pattern() {
    static const std::string p = "[\\s,](" + word_alternatives() + ")\\s*:?\\s*$";
    static const Regex re(p.c_str());
    return re;
}

std::string before(const std::string &text, int cp_end) {
    icu::UnicodeString u = to_u(text);
    std::string head = to_utf8(u.tempSubStringBetween(0, u.moveIndex32(0, cp_end)));
    head = trim(head);
    while (!head.empty() && (head.back() == ',' || head.back() == ' '))
        head.pop_back();
    return head;
}

} // namespace

std::optional<EnactingHit> find_enacting(const std::string &text) {
    // The enacting word stands at the end: only the paragraph's tail needs looking at.
    if (text.empty())
        return std::nullopt;
    Match m;
    if (whole_pattern().full(text, m)) {
        EnactingHit hit{m[1].text, m[1].begin, m[1].end, true, {}};
        return hit;
    }
    if (closing_pattern().search(text, m)) {
        EnactingHit hit{m[1].text, m[1].begin, m[1].end, false, before(text, m[1].begin)};
        if (!hit.preamble.empty())
            return hit;
    }
    return std::nullopt;
}

} // namespace prikaz::extract::operative
