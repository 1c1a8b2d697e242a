// Text decoding with ICU: BOM first, then a declared charset if any, then ICU's charset
// detector confirmed by a strict decode (archives are full of Windows-1251 files).
#pragma once

#include <string>
#include <string_view>

namespace prikaz::read {

struct DecodedText {
    std::string utf8;
    std::string encoding; // canonical name: "UTF-8", "UTF-16LE", "windows-1251", "KOI8-R", "IBM866"
};

// `declared` is a charset named by the document itself (HTML meta), tried after a BOM.
// Throws ReadError when no candidate decodes the bytes cleanly.
DecodedText decode_text(std::string_view bytes, const std::string &name,
                        const std::string &declared = "");

} // namespace prikaz::read
