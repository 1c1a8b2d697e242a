// Text decoding with ICU: BOM first, then a declared charset if any, then UTF-8 if the bytes
// are valid UTF-8, then the Russian single-byte code pages (windows-1251, KOI8-R, IBM866)
// ranked by ICU's charset detector and confirmed by a linguistic score of the decoded text.
// Every decode is strict: an illegal or unmapped byte rules the candidate out.
#pragma once

#include <string>
#include <string_view>

namespace prikaz::read {

struct DecodedText {
    std::string utf8; // without BOM
    // canonical name: "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE",
    // "windows-1251", "KOI8-R", "IBM866" (or the IANA name of another declared charset)
    std::string encoding;
};

// `declared` is a charset named by the document itself (HTML meta, XML declaration), tried
// after a BOM. It is ignored when ICU does not know it, when the bytes do not decode strictly
// in it, when it names UTF-16/32 without a BOM, or when it names another charset but the bytes
// are valid UTF-8 with non-ASCII characters (a re-saved file with a stale declaration).
// Throws ReadError when no candidate decodes the bytes cleanly.
DecodedText decode_text(std::string_view bytes, const std::string &name,
                        const std::string &declared = "");

// The canonical name of a charset ICU knows ("cp1251" -> "windows-1251"), or "" if unknown.
std::string canonical_charset(const std::string &charset);

} // namespace prikaz::read
