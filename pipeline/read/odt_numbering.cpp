#include "read/odt_numbering.h"

#include "read/odt_xml.h"

#include <unicode/rbnf.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace prikaz::read::odt {

namespace {

// Cap on a counter value formatted as letters, so that a hostile start value cannot make a label
// of millions of repeated letters.
constexpr long kMaxLetterValue = 100000;

const std::vector<const char *> kLatinLower = {"a", "b", "c", "d", "e", "f", "g", "h", "i",
                                               "j", "k", "l", "m", "n", "o", "p", "q", "r",
                                               "s", "t", "u", "v", "w", "x", "y", "z"};
const std::vector<const char *> kLatinUpper = {"A", "B", "C", "D", "E", "F", "G", "H", "I",
                                               "J", "K", "L", "M", "N", "O", "P", "Q", "R",
                                               "S", "T", "U", "V", "W", "X", "Y", "Z"};
// LibreOffice's Russian numbering alphabet: 29 letters, without ё, й, ъ, ь.
const std::vector<const char *> kRussianLower = {"а", "б", "в", "г", "д", "е", "ж", "з", "и", "к",
                                                 "л", "м", "н", "о", "п", "р", "с", "т", "у", "ф",
                                                 "х", "ц", "ч", "ш", "щ", "ы", "э", "ю", "я"};
const std::vector<const char *> kRussianUpper = {"А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "К",
                                                 "Л", "М", "Н", "О", "П", "Р", "С", "Т", "У", "Ф",
                                                 "Х", "Ц", "Ч", "Ш", "Щ", "Ы", "Э", "Ю", "Я"};

// Letters for a counter: 1 → a, 26 → z, then aa, ab... (bijective base-n) or, with letter sync,
// aa, bb... Letters after the first come from `rest` (LibreOffice writes Russian "Аа", "Аб").
std::string letters(long value, const std::vector<const char *> &first,
                    const std::vector<const char *> &rest, bool sync) {
    if (value <= 0 || value > kMaxLetterValue)
        return std::to_string(value);
    const long n = static_cast<long>(first.size());
    std::vector<long> digits; // most significant last
    if (sync) {
        digits.assign(static_cast<size_t>((value - 1) / n + 1), (value - 1) % n);
    } else {
        for (long v = value; v > 0; v = (v - 1) / n)
            digits.push_back((v - 1) % n);
    }
    std::string out;
    for (size_t i = digits.size(); i-- > 0;)
        out += (out.empty() ? first : rest)[static_cast<size_t>(digits[i])];
    return out;
}

std::string roman(long value, bool upper) {
    // One ICU formatter per thread and case: creating it loads rule data.
    thread_local std::unique_ptr<icu::RuleBasedNumberFormat> formatters[2];
    auto &formatter = formatters[upper ? 1 : 0];
    UErrorCode status = U_ZERO_ERROR;
    if (!formatter) {
        formatter = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_NUMBERING_SYSTEM,
                                                                 icu::Locale::getRoot(), status);
        formatter->setDefaultRuleSet(upper ? u"%roman-upper" : u"%roman-lower", status);
    }
    if (U_FAILURE(status) || value <= 0 || value >= 5000)
        return std::to_string(value);
    icu::UnicodeString text;
    formatter->format(static_cast<int64_t>(value), text);
    std::string out;
    return text.toUTF8String(out);
}

std::string zero_padded(long value, size_t width) {
    std::string digits = std::to_string(value);
    if (value >= 0 && digits.size() < width)
        digits.insert(0, width - digits.size(), '0');
    return digits;
}

bool starts_with(const std::string &s, const char *prefix) {
    return s.compare(0, std::char_traits<char>::length(prefix), prefix) == 0;
}

// Substitutes %N% placeholders of a LibreOffice list format. A level without number drops its
// placeholder and the separator after it ("%1%.%2%.%3%" with level 2 unnumbered gives "3.1").
std::string apply_list_format(const std::string &format, int level, const ListStyle &style,
                              const std::array<long, kListLevels> &values) {
    std::string out;
    bool skipping_separator = false;
    for (size_t i = 0; i < format.size();) {
        size_t close = format[i] == '%' ? format.find('%', i + 1) : std::string::npos;
        bool placeholder = close != std::string::npos && close > i + 1 && close - i <= 3 &&
                           std::all_of(format.begin() + static_cast<long>(i) + 1,
                                       format.begin() + static_cast<long>(close),
                                       [](char c) { return c >= '0' && c <= '9'; });
        if (!placeholder) {
            if (!skipping_separator)
                out += format[i];
            ++i;
            continue;
        }
        int n = std::stoi(format.substr(i + 1, close - i - 1)) - 1;
        i = close + 1;
        if (n < 0 || n > level)
            continue;
        const ListLevelStyle &lvl = style.levels[static_cast<size_t>(n)];
        skipping_separator = lvl.num_format.empty();
        if (!skipping_separator)
            out += format_number(values[static_cast<size_t>(n)], lvl.num_format, lvl.letter_sync);
    }
    return out;
}

// Prefix and suffix of an unnumbered level: LibreOffice still shows them.
std::string affixes_only(const ListLevelStyle &lvl) {
    if (!lvl.list_format)
        return lvl.prefix + lvl.suffix;
    const std::string &f = *lvl.list_format;
    size_t first = f.find('%');
    size_t last = f.rfind('%');
    if (first == std::string::npos)
        return f;
    return f.substr(0, first) + f.substr(last + 1);
}

std::string number_label(int level, const ListStyle &style,
                         const std::array<long, kListLevels> &values) {
    const ListLevelStyle &own = style.levels[static_cast<size_t>(level)];
    if (own.num_format.empty())
        return affixes_only(own);
    if (own.list_format)
        return apply_list_format(*own.list_format, level, style, values);
    std::string numbers;
    for (int i = std::max(0, level - own.display_levels + 1); i <= level; ++i) {
        const ListLevelStyle &lvl = style.levels[static_cast<size_t>(i)];
        if (lvl.num_format.empty())
            continue;
        if (!numbers.empty())
            numbers += '.';
        numbers += format_number(values[static_cast<size_t>(i)], lvl.num_format, lvl.letter_sync);
    }
    return own.prefix + numbers + own.suffix;
}

ListLevelStyle parse_level(const xmlNode *node, ListLevelStyle::Kind kind) {
    ListLevelStyle lvl;
    lvl.kind = kind;
    lvl.num_format = attr(node, kStyleNs, "num-format");
    lvl.letter_sync = attr(node, kStyleNs, "num-letter-sync") == "true";
    lvl.prefix = attr(node, kStyleNs, "num-prefix");
    lvl.suffix = attr(node, kStyleNs, "num-suffix");
    lvl.list_format = attr_opt(node, kLoextNs, "num-list-format");
    if (!lvl.list_format)
        lvl.list_format = attr_opt(node, kTextNs, "num-list-format");
    lvl.display_levels = static_cast<int>(
        std::clamp(int_attr(node, kTextNs, "display-levels").value_or(1), 1L, long{kListLevels}));
    lvl.start_value = int_attr(node, kTextNs, "start-value").value_or(1);
    if (kind == ListLevelStyle::Kind::Bullet)
        lvl.bullet = bullet_text(attr(node, kTextNs, "bullet-char"));
    else if (kind == ListLevelStyle::Kind::Image)
        lvl.bullet = "•";
    return lvl;
}

} // namespace

std::string format_number(long value, const std::string &num_format, bool letter_sync) {
    if (num_format.empty())
        return {};
    if (num_format == "a")
        return letters(value, kLatinLower, kLatinLower, letter_sync);
    if (num_format == "A")
        return letters(value, kLatinUpper, kLatinUpper, letter_sync);
    if (num_format == "i" || num_format == "I")
        return roman(value, num_format == "I");
    if (starts_with(num_format, "а")) // Cyrillic: "а" or "а, б, .., аа, аб, ... (ru)"
        return letters(value, kRussianLower, kRussianLower, letter_sync);
    if (starts_with(num_format, "А"))
        return letters(value, kRussianUpper, kRussianLower, letter_sync);
    if (num_format[0] == '0') // "01, 02, 03, ..." and "001, 002, ..."
        return zero_padded(value, num_format.find_first_not_of('0') + 1);
    return std::to_string(value);
}

std::string bullet_text(const std::string &bullet_char) {
    if (bullet_char.empty())
        return "•";
    UChar32 c = 0;
    int32_t i = 0;
    U8_NEXT(bullet_char.data(), i, static_cast<int32_t>(bullet_char.size()), c);
    switch (c) {
    case 0xF0B7:
        return "•";
    case 0xF0A7:
        return "▪";
    case 0xF0FC:
        return "✓";
    case 0xF0D8:
        return "➢";
    case 0xF076:
        return "❖";
    case 0xF0A8:
        return "□";
    default:
        break;
    }
    if (c < 0 || (c >= 0xE000 && c <= 0xF8FF)) // other symbol-font glyphs: shown as a bullet
        return "•";
    return bullet_char.substr(0, static_cast<size_t>(i));
}

ListStyle parse_list_style(const xmlNode *node) {
    ListStyle style;
    style.name = attr(node, kStyleNs, "name");
    for (const xmlNode *c = first_element(node->children); c; c = first_element(c->next)) {
        ListLevelStyle::Kind kind;
        if (is(c, kTextNs, "list-level-style-number") || is(c, kTextNs, "outline-level-style"))
            kind = ListLevelStyle::Kind::Number;
        else if (is(c, kTextNs, "list-level-style-bullet"))
            kind = ListLevelStyle::Kind::Bullet;
        else if (is(c, kTextNs, "list-level-style-image"))
            kind = ListLevelStyle::Kind::Image;
        else
            continue;
        long level = int_attr(c, kTextNs, "level").value_or(0);
        if (level >= 1 && level <= kListLevels)
            style.levels[static_cast<size_t>(level - 1)] = parse_level(c, kind);
    }
    return style;
}

void ListCounters::use_upper_levels(int level, const ListStyle &style) {
    for (int i = 0; i < level; ++i) {
        if (!used_[static_cast<size_t>(i)]) {
            value_[static_cast<size_t>(i)] = style.levels[static_cast<size_t>(i)].start_value;
            used_[static_cast<size_t>(i)] = true;
        }
    }
}

void ListCounters::count(int level, const ListStyle &style, std::optional<long> restart) {
    use_upper_levels(level, style);
    auto l = static_cast<size_t>(level);
    if (restart)
        value_[l] = *restart;
    else if (used_[l])
        ++value_[l];
    else
        value_[l] = style.levels[l].start_value;
    used_[l] = true;
    for (size_t i = l + 1; i < kListLevels; ++i)
        used_[i] = false;
}

void ListCounters::touch(int level, const ListStyle &style, std::optional<long> restart) {
    use_upper_levels(level, style);
    auto l = static_cast<size_t>(level);
    if (restart) {
        value_[l] = *restart;
        used_[l] = true;
    } else if (!used_[l]) {
        value_[l] = style.levels[l].start_value;
        used_[l] = true;
    }
}

std::string ListCounters::label(int level, const ListStyle &style) const {
    const ListLevelStyle &lvl = style.levels[static_cast<size_t>(level)];
    switch (lvl.kind) {
    case ListLevelStyle::Kind::Undefined:
        return {};
    case ListLevelStyle::Kind::Bullet:
    case ListLevelStyle::Kind::Image:
        return lvl.bullet;
    case ListLevelStyle::Kind::Number:
        break;
    }
    return number_label(level, style, value_);
}

} // namespace prikaz::read::odt
