// Numbers of automatic list labels in the forms of ST_NumberFormat (w:numFmt).
#pragma once

#include <string>

namespace prikaz::read::docx {

// `value` written in the format `num_fmt` ("decimal", "lowerRoman", "russianLower", ...).
// "none" and "bullet" give "" (bullets are the level text itself); unknown formats and values
// a format cannot show (0 or negative letters/Roman numerals) fall back to decimal.
std::string format_number(int value, const std::string &num_fmt);

} // namespace prikaz::read::docx
