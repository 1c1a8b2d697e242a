// ODF list styles (text:list-style, text:outline-style) and the counters of one logical list:
// what LibreOffice displays as the label of a list paragraph ("3.2.1.", "а)", "•").
#pragma once

#include <libxml/tree.h>

#include <array>
#include <optional>
#include <string>

namespace prikaz::read::odt {

inline constexpr int kListLevels = 10; // ODF list styles define levels 1..10

struct ListLevelStyle {
    enum class Kind { Undefined, Number, Bullet, Image };
    Kind kind = Kind::Undefined;
    std::string num_format; // style:num-format; "" means no number at this level
    bool letter_sync = false;
    std::string prefix;
    std::string suffix;
    std::optional<std::string> list_format; // loext:num-list-format, e.g. "%1%.%2%."
    int display_levels = 1;
    long start_value = 1;
    std::string bullet; // the bullet as displayed (private-use Symbol characters mapped)
};

struct ListStyle {
    std::string name;
    std::array<ListLevelStyle, kListLevels> levels;
};

// Reads a text:list-style or text:outline-style element.
ListStyle parse_list_style(const xmlNode *node);

// One counter value in an ODF number format: "1", "a", "A", "i", "I", LibreOffice's Russian
// "а, б, .., аа, аб, ... (ru)" (or plain "а"/"А"), "01, 02, ..."; unknown formats give decimal.
std::string format_number(long value, const std::string &num_format, bool letter_sync);

// The displayed bullet for a text:bullet-char value.
std::string bullet_text(const std::string &bullet_char);

// The counters of one logical list: a text:list with all its nested lists and the lists that
// continue it. Follows LibreOffice: an item without a paragraph of its own (its first child is
// a nested list) does not advance its level but counts as used when the level was not yet.
class ListCounters {
public:
    // A numbered paragraph at `level`; `restart` is text:start-value of its list item.
    void count(int level, const ListStyle &style, std::optional<long> restart);
    // A list item at `level` whose first child is a nested list.
    void touch(int level, const ListStyle &style, std::optional<long> restart);
    // The label of the paragraph counted last at `level`.
    std::string label(int level, const ListStyle &style) const;

private:
    std::array<long, kListLevels> value_{};
    std::array<bool, kListLevels> used_{};
    void use_upper_levels(int level, const ListStyle &style);
};

} // namespace prikaz::read::odt
