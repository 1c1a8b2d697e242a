#include "read/text_html_cell.h"

#include <libxml/HTMLparser.h>

#include <cstdlib>
#include <memory>
#include <unicode/regex.h>
#include <unicode/unistr.h>

namespace prikaz::read {

namespace {

constexpr const char *kParagraphTag = "<\\s*(?:/\\s*p|p(?:\\s[^>]*)?|br(?:\\s[^>]*)?/?)\\s*>";
constexpr const char *kCharacterReference =
    "&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));";

std::unique_ptr<icu::RegexPattern> compile(const char *pattern) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError error;
    std::unique_ptr<icu::RegexPattern> compiled(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(pattern), UREGEX_CASE_INSENSITIVE, error, status));
    return U_SUCCESS(status) ? std::move(compiled) : nullptr;
}

const icu::RegexPattern *paragraph_tag() {
    static const std::unique_ptr<icu::RegexPattern> pattern = compile(kParagraphTag);
    return pattern.get();
}

const icu::RegexPattern *character_reference() {
    static const std::unique_ptr<icu::RegexPattern> pattern = compile(kCharacterReference);
    return pattern.get();
}

bool is_valid_code_point(long c) {
    return c > 0 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
}

// The code point a reference stands for, or -1 for an unknown one (left as written).
UChar32 resolve_reference(icu::RegexMatcher &m) {
    UErrorCode status = U_ZERO_ERROR;
    std::string digits;
    if (m.start(1, status) >= 0) {
        m.group(1, status).toUTF8String(digits);
        long value = std::strtol(digits.c_str(), nullptr, 10);
        return is_valid_code_point(value) ? static_cast<UChar32>(value) : -1;
    }
    if (m.start(2, status) >= 0) {
        m.group(2, status).toUTF8String(digits);
        long value = std::strtol(digits.c_str(), nullptr, 16);
        return is_valid_code_point(value) ? static_cast<UChar32>(value) : -1;
    }
    std::string name;
    m.group(3, status).toUTF8String(name);
    const htmlEntityDesc *entity =
        htmlEntityLookup(reinterpret_cast<const xmlChar *>(name.c_str()));
    return entity ? static_cast<UChar32>(entity->value) : -1;
}

icu::UnicodeString decode_references(const icu::UnicodeString &text) {
    const icu::RegexPattern *pattern = character_reference();
    if (!pattern || text.indexOf(u'&') < 0)
        return text;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(pattern->matcher(text, status));
    icu::UnicodeString out;
    int32_t copied = 0;
    while (U_SUCCESS(status) && m->find(status)) {
        UChar32 c = resolve_reference(*m);
        if (c < 0)
            continue;
        out.append(text, copied, m->start(status) - copied);
        out.append(c);
        copied = m->end(status);
    }
    out.append(text, copied, text.length() - copied);
    return out;
}

void add_piece(std::vector<std::string> &pieces, const icu::UnicodeString &piece) {
    std::string utf8;
    decode_references(piece).toUTF8String(utf8);
    if (utf8.find_first_not_of(" \t\r\n") != std::string::npos)
        pieces.push_back(std::move(utf8));
}

} // namespace

bool has_html_paragraph_markup(std::string_view cell) {
    if (cell.find('<') == std::string_view::npos || !paragraph_tag())
        return false;
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(cell);
    std::unique_ptr<icu::RegexMatcher> m(paragraph_tag()->matcher(text, status));
    return U_SUCCESS(status) && m->find(status);
}

std::vector<std::string> split_html_paragraphs(std::string_view cell) {
    std::vector<std::string> pieces;
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(cell);
    UErrorCode status = U_ZERO_ERROR;
    if (!paragraph_tag())
        return {std::string(cell)};
    std::unique_ptr<icu::RegexMatcher> m(paragraph_tag()->matcher(text, status));
    int32_t start = 0;
    while (U_SUCCESS(status) && m->find(status)) {
        add_piece(pieces, icu::UnicodeString(text, start, m->start(status) - start));
        start = m->end(status);
    }
    add_piece(pieces, icu::UnicodeString(text, start));
    return pieces;
}

} // namespace prikaz::read
