#include "read/docx_number_format.h"

#include <unicode/rbnf.h>

#include <array>
#include <memory>
#include <string_view>

namespace prikaz::read::docx {

namespace {

constexpr std::array<std::string_view, 26> kLatinLower = {
    "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"};
constexpr std::array<std::string_view, 26> kLatinUpper = {
    "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
    "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"};
// Word's Russian list alphabet leaves out ё, й, ъ, ы, ь (they never start a list item).
constexpr std::array<std::string_view, 28> kRussianLower = {
    "а", "б", "в", "г", "д", "е", "ж", "з", "и", "к", "л", "м", "н", "о",
    "п", "р", "с", "т", "у", "ф", "х", "ц", "ч", "ш", "щ", "э", "ю", "я"};
constexpr std::array<std::string_view, 28> kRussianUpper = {
    "А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "К", "Л", "М", "Н", "О",
    "П", "Р", "С", "Т", "У", "Ф", "Х", "Ц", "Ч", "Ш", "Щ", "Э", "Ю", "Я"};

// Word's alphabetic counters: a..z, then aa..zz, aaa..., the letter repeated.
template <size_t N>
std::string alphabetic(int value, const std::array<std::string_view, N> &letters) {
    if (value <= 0)
        return std::to_string(value);
    size_t index = static_cast<size_t>(value - 1) % N;
    size_t repeat = static_cast<size_t>(value - 1) / N + 1;
    if (repeat > 8) // absurd counters: keep labels short
        return std::to_string(value);
    std::string out;
    for (size_t i = 0; i < repeat; ++i)
        out += letters[index];
    return out;
}

// One per thread: ICU formatters are not documented as safe to share between threads.
const icu::RuleBasedNumberFormat *roman_formatter() {
    thread_local const std::unique_ptr<icu::RuleBasedNumberFormat> formatter = [] {
        UErrorCode status = U_ZERO_ERROR;
        auto f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_NUMBERING_SYSTEM,
                                                              icu::Locale::getRoot(), status);
        return U_FAILURE(status) ? nullptr : std::move(f);
    }();
    return formatter.get();
}

std::string roman(int value, bool upper) {
    const icu::RuleBasedNumberFormat *f = roman_formatter();
    if (!f || value <= 0 || value >= 4000)
        return std::to_string(value);
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out;
    icu::FieldPosition pos;
    f->format(static_cast<int32_t>(value),
              icu::UnicodeString(upper ? u"%roman-upper" : u"%roman-lower"), out, pos, status);
    if (U_FAILURE(status))
        return std::to_string(value);
    std::string utf8;
    out.toUTF8String(utf8);
    return utf8;
}

} // namespace

std::string format_number(int value, const std::string &num_fmt) {
    if (num_fmt == "none" || num_fmt == "bullet")
        return {};
    if (num_fmt == "decimalZero")
        return value >= 0 && value < 10 ? "0" + std::to_string(value) : std::to_string(value);
    if (num_fmt == "lowerRoman" || num_fmt == "upperRoman")
        return roman(value, num_fmt == "upperRoman");
    if (num_fmt == "lowerLetter")
        return alphabetic(value, kLatinLower);
    if (num_fmt == "upperLetter")
        return alphabetic(value, kLatinUpper);
    if (num_fmt == "russianLower")
        return alphabetic(value, kRussianLower);
    if (num_fmt == "russianUpper")
        return alphabetic(value, kRussianUpper);
    return std::to_string(value);
}

} // namespace prikaz::read::docx
