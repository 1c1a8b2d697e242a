// Symbol-font characters. Word stores bullets and w:sym characters of the Symbol and Wingdings
// fonts either in the private-use range U+F000..U+F0FF or as the font's 8-bit code; what the
// reader sees is the Unicode character that the font draws.
#pragma once

#include <string>

namespace prikaz::read::docx {

// True for fonts whose 8-bit codes are pictures, not Latin-1 (Symbol, Wingdings, Webdings).
bool is_symbol_font(const std::string &font);

// The UTF-8 text a symbol-font character shows. `code` is a private-use U+F0xx character or,
// for a symbol font, the 8-bit code; any other character is returned unchanged.
std::string symbol_char_text(char32_t code, const std::string &font);

// symbol_char_text applied to every character of a UTF-8 string (bullet level texts).
std::string map_symbol_chars(const std::string &utf8, const std::string &font);

} // namespace prikaz::read::docx
