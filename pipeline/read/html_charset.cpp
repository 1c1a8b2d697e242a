#include "read/html_charset.h"

#include <memory>
#include <unicode/regex.h>
#include <unicode/unistr.h>

namespace prikaz::read {

namespace {

constexpr size_t kPrescanBytes = 4096;

// Group 1 or 2 holds the charset name.
constexpr const char *kDeclaration =
    "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)"
    "|^\\s*<\\?xml\\b[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)";

const icu::RegexPattern *declaration_pattern() {
    static const std::unique_ptr<icu::RegexPattern> pattern = [] {
        UErrorCode status = U_ZERO_ERROR;
        UParseError error;
        std::unique_ptr<icu::RegexPattern> compiled(icu::RegexPattern::compile(
            icu::UnicodeString::fromUTF8(kDeclaration), UREGEX_CASE_INSENSITIVE, error, status));
        return U_SUCCESS(status) ? std::move(compiled) : nullptr;
    }();
    return pattern.get();
}

} // namespace

std::string find_declared_charset(std::string_view bytes) {
    const icu::RegexPattern *pattern = declaration_pattern();
    if (!pattern)
        return "";
    // Bytes are read as Latin-1: markup is ASCII whatever the document's charset.
    std::string_view head = bytes.substr(0, kPrescanBytes);
    icu::UnicodeString text(head.data(), static_cast<int32_t>(head.size()), "ISO-8859-1");
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(pattern->matcher(text, status));
    if (U_FAILURE(status) || !m->find(status))
        return "";
    int group = m->start(1, status) >= 0 ? 1 : 2;
    std::string charset;
    m->group(group, status).toUTF8String(charset);
    return U_SUCCESS(status) ? charset : "";
}

} // namespace prikaz::read
