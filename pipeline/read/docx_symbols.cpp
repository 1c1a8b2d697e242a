#include "read/docx_symbols.h"

#include <unicode/unistr.h>

namespace prikaz::read::docx {

namespace {

// Bullets Word offers in its bullet library, by their code in the Symbol/Wingdings fonts.
const char *bullet_for(unsigned code) {
    switch (code) {
    case 0xB7:
        return "•";
    case 0xA7:
        return "▪";
    case 0xFC:
        return "✓";
    case 0xD8:
        return "➢";
    case 0x76:
        return "❖";
    case 0xA8:
        return "□";
    }
    return nullptr;
}

// Symbol-font characters common in administrative texts (w:sym in formulas and limits).
const char *symbol_font_math(unsigned code) {
    switch (code) {
    case 0xB1:
        return "±";
    case 0xB4:
        return "×";
    case 0xB8:
        return "÷";
    case 0xA3:
        return "≤";
    case 0xB3:
        return "≥";
    case 0xB9:
        return "≠";
    case 0xBB:
        return "≈";
    case 0xB0:
        return "°";
    case 0x2D:
        return "−";
    case 0xAE:
        return "→";
    }
    return nullptr;
}

std::string utf8_of(char32_t code) {
    std::string out;
    icu::UnicodeString(static_cast<UChar32>(code)).toUTF8String(out);
    return out;
}

} // namespace

bool is_symbol_font(const std::string &font) {
    return font.find("Symbol") != std::string::npos ||
           font.find("Wingdings") != std::string::npos ||
           font.find("Webdings") != std::string::npos;
}

std::string symbol_char_text(char32_t code, const std::string &font) {
    bool private_use = code >= 0xF000 && code <= 0xF0FF;
    if (!private_use && !(code < 0x100 && is_symbol_font(font)))
        return utf8_of(code);
    unsigned font_code = code & 0xFF;
    if (font.find("Symbol") != std::string::npos)
        if (const char *math = symbol_font_math(font_code))
            return math;
    if (const char *bullet = bullet_for(font_code))
        return bullet;
    return "•";
}

std::string map_symbol_chars(const std::string &utf8, const std::string &font) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
    std::string out;
    for (int32_t i = 0; i < u.length();) {
        UChar32 c = u.char32At(i);
        i += U16_LENGTH(c);
        out += symbol_char_text(static_cast<char32_t>(c), font);
    }
    return out;
}

} // namespace prikaz::read::docx
