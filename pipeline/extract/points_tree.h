// Numbered points of the operative part as a tree. The level of a point comes from its label:
// "3.2.1." is a child of "3.2." which is a child of "3."; bracketed items ("1)", "а)") are children
// of the point they appear in ("3. … обеспечить:" then "а) …", "б) …"), siblings of the open item
// of the same kind, and top-level when no point is open.
#pragma once

#include "record/record.h"

#include <string>
#include <vector>

namespace prikaz::extract::operative {

enum class LabelKind {
    None,    // no label
    Bullet,  // "•", "–", "-", "✓": not a numbered point
    Decimal, // "3.", "3.2.1.", "2.1", "IV."
    Digit,   // "1)", "(1)"
    Letter,  // "а)", "б.", "a)"
    Other,   // anything else with letters or digits
};

struct Label {
    LabelKind kind = LabelKind::None;
    std::string num;                // "3.2.1", "1", "а"
    std::vector<std::string> parts; // Decimal: {"3", "2", "1"}
};

Label parse_label(const std::string &label);

class PointTree {
public:
    // Adds a numbered point; `nested_hint` marks an automatic "1." at list level > 0 (a list
    // restarted inside a point), placed like a bracketed item.
    record::Point &add(const Label &label, bool nested_hint);
    // Adds a point without number (operative paragraphs after the enacting word).
    record::Point &add_unnumbered();

    record::Point *current() { return open_.empty() ? nullptr : open_.back().point; }
    void close_all() { open_.clear(); }
    bool empty() const { return roots_.empty(); }
    std::vector<record::Point> &roots() { return roots_; }

private:
    enum class Family { Decimal, Digit, Letter, Unnumbered };
    struct Open {
        record::Point *point;
        Family family;
        std::vector<std::string> parts;
    };
    record::Point &attach(size_t parent_depth, record::Point point, Family family,
                          std::vector<std::string> parts);
    record::Point &add_bracketed(const std::string &num, Family family);
    record::Point &add_decimal(const Label &label);

    std::vector<record::Point> roots_;
    // The chain of open points from the top level down to the current one. A point is added
    // only after everything below its parent has been closed, so the pointers stay valid.
    std::vector<Open> open_;
};

} // namespace prikaz::extract::operative
