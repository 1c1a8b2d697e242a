// word/numbering.xml: list definitions (abstractNum levels, num instances with overrides) and the
// running counters that turn a paragraph's (numId, ilvl) into the label Word displays.
#pragma once

#include "read/docx_styles.h"

#include <libxml/tree.h>

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace prikaz::read::docx {

inline constexpr int kListLevels = 9;

struct ListLevel {
    int start = 1;
    std::string num_fmt = "decimal";
    std::string text;            // w:lvlText, "%1.%2." placeholders
    std::optional<int> restart;  // w:lvlRestart: 0 never, n after level n (1-based)
    bool legal = false;          // w:isLgl: all numbers shown as decimal
    std::string style_id;        // w:pStyle linking a paragraph style to this level
    std::string font;            // w:rPr/w:rFonts, to read Symbol/Wingdings bullets
    bool picture_bullet = false; // w:lvlPicBulletId
};

using ListLevels = std::array<std::optional<ListLevel>, kListLevels>;

class NumberingDefinitions {
public:
    struct AbstractList {
        ListLevels levels;
        int counter_key = 0; // abstractNum whose counters this list uses (w:numStyleLink)
    };
    struct ListInstance {
        int abstract_id = 0;
        std::array<std::optional<int>, kListLevels> start_override;
        ListLevels level_override;
    };

    NumberingDefinitions() = default;
    // Reads the DOM of word/numbering.xml (null: no lists). `styles` resolves numStyleLink.
    NumberingDefinitions(const xmlDoc *numbering, const StyleSheet &styles);

    const ListInstance *instance(int num_id) const;
    const AbstractList *abstract_list(int abstract_id) const;
    // The level of list `num_id` that names paragraph style `style_id` in its w:pStyle.
    std::optional<int> level_for_style(int num_id, const std::string &style_id) const;

private:
    std::unordered_map<int, AbstractList> abstracts_;
    std::unordered_map<int, ListInstance> instances_;
};

struct ListLabel {
    std::string text; // as displayed, without the suffix tab/space
    int level = 0;
};

// Counters as Word keeps them: one set per abstract list, shared by all its num instances; a
// num with w:startOverride restarts its levels when it is first used.
class ListCounters {
public:
    explicit ListCounters(const NumberingDefinitions &defs) : defs_(defs) {}
    // Advances the counter of (num_id, level) and returns the label; nullopt for unknown ids.
    std::optional<ListLabel> next(int num_id, int level);

private:
    struct Counter {
        int value = 0;
        bool started = false;
    };
    using Counters = std::array<Counter, kListLevels>;
    const NumberingDefinitions &defs_;
    std::unordered_map<int, Counters> counters_; // by abstract counter key
    std::unordered_set<int> used_instances_;
};

} // namespace prikaz::read::docx
