#include "extract/appendix_marks.h"

#include "extract/appendix_text.h"
#include "extract/text_util.h"

namespace prikaz::extract {

namespace {

// Kinds of documents an appendix belongs to, in the dative after «к» («к распоряжению»).
constexpr const char *kDativeKinds =
    R"((?:приказ|распоряжени|решени|постановлени|письм|положени|порядк|программ|план|протокол|указ|регламент|правил|инструкци)\p{L}*)";

// The same in the instrumental after «УТВЕРЖДЕН» («приказом», «решением коллегии»).
constexpr const char *kInstrumentalKinds =
    R"((?:приказ|распоряжени|решени|постановлени|протокол|указ)\p{L}*)";

const Regex &appendix_mark() {
    // «ПРИЛОЖЕНИЕ» (also spaced out «П Р И Л О Ж Е Н И Е»), an optional number «N 1», «№2»,
    // «1», «II», then the rest of the line.
    static const Regex re(
        R"(п\s?р\s?и\s?л\s?о\s?ж\s?е\s?н\s?и\s?е(?!\p{L})\s*(?:(?:N|№|No\.?)?\s*(\d{1,3}(?:\.\d{1,2})?(?:[-–]?[а-я](?!\p{L}))?|[IVX]{1,5}(?!\p{L})))?\s*(.*))");
    return re;
}

const Regex &dative_approval() {
    static const Regex re(
        (std::string(R"(к\s+(?!настоящ))") + kDativeKinds + R"((?!\p{L}).*)").c_str());
    return re;
}

const Regex &approval_stamp() {
    static const Regex re((std::string(R"(утвержд[её]н[аоы]?(?!\p{L})\s*(?::|)\s*(?:)") +
                           kInstrumentalKinds + R"((?!\p{L}).*)?)")
                              .c_str());
    return re;
}

// A line that is a whole sentence, not a mark: long and ending with a full stop.
bool is_sentence(const std::string &line) {
    constexpr int kMarkWords = 12;
    std::string t = trim(line);
    return !t.empty() && t.back() == '.' && word_count(t) >= kMarkWords;
}

MarkLine appendix_rest(MarkLine mark, const Match &m) {
    std::string rest = m.has(2) ? m[2].text : "";
    if (rest.empty())
        return mark;
    Match sub;
    if (dative_approval().full(rest, sub)) {
        mark.rest_kind = MarkLine::Rest::Approval;
        mark.rest = rest;
        mark.rest_begin = m[2].begin;
        return mark;
    }
    if (rest[0] == '(') // «(обязательное)», «(рекомендуемое)»
        return mark;
    bool stop = rest[0] == '.' || (rest[0] == ':' && !mark.num.empty());
    std::string title = trim(rest.substr(1));
    if (!stop || title.empty()) // «Приложение: на 3 л.», «Приложение к настоящему …»
        return MarkLine{};
    mark.rest_kind = MarkLine::Rest::Title;
    mark.rest = title;
    mark.rest_begin = m[2].begin + code_points(rest) - code_points(title);
    return mark;
}

} // namespace

MarkLine parse_mark_line(const std::string &raw) {
    std::string line = trim(raw);
    Match m;
    if (is_sentence(line))
        return MarkLine{};
    if (appendix_mark().full(line, m)) {
        MarkLine mark;
        mark.kind = MarkLine::Kind::Appendix;
        mark.num = m.has(1) ? m[1].text : "";
        return appendix_rest(mark, m);
    }
    if (approval_stamp().full(line, m)) {
        MarkLine mark;
        mark.kind = MarkLine::Kind::Approval;
        return mark;
    }
    return MarkLine{};
}

bool starts_approval(const std::string &line) {
    Match m;
    std::string t = trim(line);
    return dative_approval().full(t, m) || approval_stamp().full(t, m);
}

bool closes_approval(const std::string &approval_text) {
    static const Regex number(R"((?:№|(?<!\p{L})N(?=\s*[\d_])|(?<!\p{L})No\.?(?=\s*\d))\s*\S)", 0);
    return number.contains(approval_text);
}

bool is_mark_paragraph(const model::Paragraph &p) {
    if (!p.label.empty() || p.text.empty())
        return false;
    std::string first = p.text.substr(0, p.text.find('\n'));
    return parse_mark_line(first).kind != MarkLine::Kind::None;
}

} // namespace prikaz::extract
