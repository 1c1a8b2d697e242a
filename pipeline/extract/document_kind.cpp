#include "extract/document_kind.h"

#include "extract/text_util.h"

#include <array>

namespace prikaz::extract {

namespace {

// Normalised kinds; qualified letters first so that the longest name wins.
const std::array<const char *, 11> kKinds = {"инструктивное письмо",
                                             "информационное письмо",
                                             "методическое письмо",
                                             "распоряжение",
                                             "постановление",
                                             "приказ",
                                             "решение",
                                             "письмо",
                                             "протокол",
                                             "положение",
                                             "указ"};

std::string without_spaces(const std::string &s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '\t')
            out += c;
    return out;
}

// The normalised kind whose letters (spaces ignored) equal `letters`, or "".
std::string kind_from_letters(const std::string &letters) {
    std::string folded = fold(without_spaces(letters));
    for (const char *kind : kKinds)
        if (fold(without_spaces(kind)) == folded)
            return kind;
    return "";
}

// Kind words typed normally: "ПРИКАЗ", "Решение", "ИНСТРУКТИВНОЕ  ПИСЬМО".
const Regex &plain_kind() {
    static const Regex re("^\\s*((?:инструктивное|информационное|методическое)\\s+письмо|"
                          "распоряжение|постановление|приказ|решение|письмо|протокол|положение|"
                          "указ)(?!\\p{L})");
    return re;
}

// Letters spaced out: "П Р И К А З", "Р Е Ш Е Н И Е" (finalize folds runs of spaces to one).
const Regex &spaced_kind() {
    static const Regex re("^\\s*((?:\\p{L} ){2,}\\p{L})(?!\\p{L})");
    return re;
}

// What may follow a kind word on a heading line: requisites or the issuer in the genitive.
bool acceptable_rest(const std::string &rest) {
    static const Regex requisites("^[\\s:]*(?:№|N\\s*\\d|от(?!\\p{L}))");
    static const Regex first_word("^[\\s:]*(\\p{L}+)");
    if (trim(rest).empty() || requisites.contains(rest))
        return true;
    Match m;
    return first_word.starts(rest, m) && is_genitive_issuer_word(m[1].text);
}

std::optional<KindMatch> make_match(const std::string &line, const Group &word,
                                    const std::string &kind) {
    KindMatch k;
    k.kind = kind;
    k.as_written = word.text;
    k.begin = word.begin;
    k.end = word.end;
    icu::UnicodeString u = to_u(line);
    std::string rest = to_utf8(u.tempSubString(u.moveIndex32(0, word.end)));
    if (!acceptable_rest(rest))
        return std::nullopt;
    static const Regex leading_space("^[\\s:]*");
    Match gap;
    if (!trim(rest).empty())
        k.rest_begin = word.end + (leading_space.starts(rest, gap) ? gap[0].end : 0);
    return k;
}

} // namespace

bool is_genitive_issuer_word(const std::string &word) {
    static const Regex issuer("^(?:коллегии|министерства|министра|администрации|главы|"
                              "губернатора|правительства|комитета|управления|департамента|"
                              "отдела|совета|комиссии|собрания|думы|президиума|"
                              "начальника|директора|руководителя|заведующего|председателя|"
                              "ректора|службы|агентства|инспекции|мэрии|префектуры|"
                              "учреждения|центра)$");
    return issuer.contains(trim(word));
}

std::optional<KindMatch> match_document_kind(const std::string &line) {
    Match m;
    if (plain_kind().starts(line, m))
        return make_match(line, m[1], lower(collapse_lines(m[1].text)));
    if (spaced_kind().starts(line, m)) {
        std::string kind = kind_from_letters(m[1].text);
        if (!kind.empty())
            return make_match(line, m[1], kind);
    }
    return std::nullopt;
}

} // namespace prikaz::extract
