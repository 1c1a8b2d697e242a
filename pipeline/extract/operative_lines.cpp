#include "extract/operative_lines.h"

#include "extract/text_util.h"

#include <algorithm>
#include <climits>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace prikaz::extract::operative {

std::string first_line(const std::string &text) {
    size_t nl = text.find('\n');
    return trim(nl == std::string::npos ? text : text.substr(0, nl));
}

bool is_noise_line(const std::string &line) {
    // Page numbers as typed in footers: "2", "- 3 -", "– 4 –", "стр. 5", "Страница 2 из 7".
    static const Regex page(
        R"(^[-–—\s]*\d{1,3}[-–—\s]*$|^(?:стр\.?|страница)\s*\d{1,3}(?:\s*из\s*\d{1,3})?$)");
    // A document code: short, has a digit and no word of three letters or more.
    static const Regex word(R"(\p{L}{3,})");
    static const Regex digit(R"(\d)");
    static const Regex date(R"(^\d{1,2}\.\d{1,2}\.\d{2,4})");
    std::string t = trim(line);
    if (t.empty() || !has_digit(t)) // both shapes below need a digit
        return false;
    if (page.contains(t))
        return true;
    return code_points(t) <= 40 && digit.contains(t) && !word.contains(t) && !date.contains(t);
}

std::string drop_noise_lines(const std::string &text) {
    if (text.find('\n') == std::string::npos)
        return is_noise_line(text) ? std::string() : text;
    std::string out;
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t nl = text.find('\n', pos);
        std::string line = text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
        if (!is_noise_line(line)) {
            if (!out.empty())
                out += '\n';
            out += line;
        }
        if (nl == std::string::npos)
            break;
        pos = nl + 1;
    }
    return out;
}

bool is_appendix_mark(const std::string &text) {
    static const Regex mark(
        R"(^(?:приложени[ея]\s*$|приложени[ея]\s*(?:№|N)?\s*\d|приложени[ея]\s+к\s)"
        R"(|утвержд[её]н[аоы]?\s*$|утвержд[её]н[аоы]?\s+(?:приказом|распоряжением|решением|постановлением)\b)"
        R"(|утверждаю\s*$))");
    return mark.contains(first_line(text));
}

bool is_trailing_mark(const std::string &text) {
    static const Regex mark(
        R"(^(?:исп\.|исп:|исполнител[ьи]\b|тел\.|тел:|телефон\b|e-?mail|эл\.\s*почта)"
        R"(|согласовано|лист\s+согласования|визы\b|рассылка|разослать\b|разослано\b|подготовил)"
        R"(|с\s+(?:приказом|распоряжением|решением|постановлением)\s+ознакомлен|ознакомлен[аы]?\b))");
    // A phone number alone on a line: "5-02-42", "8 (3652) 62-12-67", "+7 912 000-00-00".
    static const Regex phone(R"(^(?:\+7|8)?\s*(?:\(\d{3,5}\))?\s*\d[\d\s-]{4,}\d$)");
    std::string first = first_line(text);
    if (mark.contains(first))
        return true;
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t nl = text.find('\n', pos);
        std::string line = trim(text.substr(pos, nl == std::string::npos ? nl : nl - pos));
        if (phone.contains(line))
            return true;
        if (nl == std::string::npos)
            break;
        pos = nl + 1;
    }
    return false;
}

bool is_body_skippable(const std::string &text) {
    static const Regex skip(R"(^(?:приложени[ея]\s*:|приложени[ея]\s+на\s+\d|с\s+уважением\b))");
    return skip.contains(first_line(text));
}

namespace {
// The last character that is not white space, read backwards from the end of the UTF-8 (the text
// may be a long point, checked after each of its paragraphs). Ill-formed bytes read as U+FFFD, as
// they do through UTF-16.
UChar32 last_char(const std::string &text) {
    const char *p = text.data();
    int32_t i = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
    while (i > 0) {
        UChar32 c;
        U8_PREV(p, 0, i, c);
        if (c < 0)
            return 0xFFFD;
        if (!u_isUWhiteSpace(c))
            return c;
    }
    return 0;
}

bool is_hyphen(UChar32 c) {
    return c == '-' || c == 0x2010 || c == 0x2011;
}
} // namespace

bool ends_open(const std::string &text) {
    UChar32 c = last_char(text);
    if (c == 0)
        return false;
    if (is_hyphen(c))
        return true;
    return c != '.' && c != ';' && c != ':' && c != '!' && c != '?';
}

bool ends_with_word_hyphen(const std::string &text) {
    icu::UnicodeString u = to_u(trim(text));
    if (u.length() < 2)
        return false;
    int32_t last = u.moveIndex32(u.length(), -1);
    int32_t before = u.moveIndex32(last, -1);
    return is_hyphen(u.char32At(last)) && u_isalpha(u.char32At(before));
}

bool starts_lower(const std::string &text) {
    icu::UnicodeString u = to_u(text);
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        UChar32 c = u.char32At(i);
        if (u_isalpha(c))
            return u_islower(c);
        if (!u_isUWhiteSpace(c))
            return false; // a quote, digit or bracket first: not a plain continuation
    }
    return false;
}

void join_sentence(std::string &text, const std::string &next) {
    if (text.empty()) {
        text = next;
        return;
    }
    if (!ends_with_word_hyphen(text))
        text += ' ';
    text += next;
}

} // namespace prikaz::extract::operative
