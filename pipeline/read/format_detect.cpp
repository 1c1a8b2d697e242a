#include "read/format_detect.h"

#include "read/read_error.h"

#include <algorithm>
#include <cctype>

namespace prikaz::read {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

// The first `n` bytes as lower-case ASCII; UTF-16 is folded to its low bytes so that markup
// in UTF-16 files is seen too.
std::string sniff_window(std::string_view bytes, size_t n) {
    bool utf16le = starts_with(bytes, "\xFF\xFE");
    bool utf16be = starts_with(bytes, "\xFE\xFF");
    std::string out;
    size_t limit = std::min(bytes.size(), n);
    for (size_t i = (utf16le || utf16be) ? 2 : 0; i < limit; ++i) {
        if ((utf16le && i % 2 == 1) || (utf16be && i % 2 == 0))
            continue;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(bytes[i])));
    }
    return out;
}

bool contains_utf16(std::string_view bytes, std::string_view ascii) {
    std::string wide;
    for (char c : ascii) {
        wide += c;
        wide += '\0';
    }
    return bytes.find(wide) != std::string_view::npos;
}

bool looks_binary(std::string_view bytes) {
    if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF"))
        return false;
    size_t limit = std::min<size_t>(bytes.size(), 4096);
    size_t controls = 0;
    for (size_t i = 0; i < limit; ++i) {
        unsigned char c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return true;
        if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B))
            ++controls;
    }
    return controls * 20 > limit; // more than 5% control characters
}

bool looks_like_html(const std::string &head) {
    size_t i = head.find_first_not_of(" \t\r\n\xef\xbb\xbf");
    if (i == std::string::npos || head[i] != '<')
        return false;
    for (const char *tag : {"<!doctype html", "<html", "<head", "<body", "<meta", "<table", "<p>",
                            "<p ", "<div", "<h1", "<h2", "<title"})
        if (head.find(tag) != std::string::npos)
            return true;
    return false;
}

} // namespace

DetectedKind detect_kind(std::string_view bytes, const std::string &name) {
    if (bytes.empty())
        throw ReadError(name, "empty file");
    if (starts_with(bytes, "PK\x03\x04") || starts_with(bytes, "PK\x05\x06"))
        return DetectedKind::Zip;
    if (starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        if (contains_utf16(bytes, "EncryptionInfo") || contains_utf16(bytes, "EncryptedPackage"))
            throw ReadError(name, "password-protected (encrypted) Office document: open it in "
                                  "Word or LibreOffice, remove the password and save it again");
        throw ReadError(name, "legacy binary Word 97-2003 document (.doc) is not supported: "
                              "convert it first, e.g. soffice --headless --convert-to docx FILE");
    }
    if (starts_with(bytes, "{\\rtf"))
        throw ReadError(name, "RTF is not supported: convert it first, e.g. "
                              "soffice --headless --convert-to docx FILE");
    if (starts_with(bytes, "%PDF-"))
        throw ReadError(name, "PDF is not supported: use the original DOCX/ODT, or convert the "
                              "PDF to text first (pdftotext -layout FILE)");
    std::string head = sniff_window(bytes, 4096);
    size_t first = head.find_first_not_of(" \t\r\n\xef\xbb\xbf");
    if (first != std::string::npos && head.compare(first, 5, "<?xml") == 0 &&
        head.find("office:document") != std::string::npos)
        return DetectedKind::Fodt;
    if (looks_like_html(head))
        return DetectedKind::Html;
    if (looks_binary(bytes))
        throw ReadError(name, "unknown binary format: expected DOCX, ODT, FODT, HTML or text");
    return DetectedKind::Text;
}

} // namespace prikaz::read
