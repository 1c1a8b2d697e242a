#include "extract/points_tree.h"

#include "extract/text_util.h"

#include <algorithm>

namespace prikaz::extract::operative {

namespace {

std::vector<std::string> split_dots(const std::string &s) {
    std::vector<std::string> parts;
    size_t pos = 0;
    while (pos <= s.size()) {
        size_t dot = s.find('.', pos);
        parts.push_back(s.substr(pos, dot == std::string::npos ? std::string::npos : dot - pos));
        if (dot == std::string::npos)
            break;
        pos = dot + 1;
    }
    return parts;
}

} // namespace

Label parse_label(const std::string &raw) {
    static const Regex decimal(R"(^(\d{1,3}(?:\.\d{1,3})*)\.?\)?$)");
    static const Regex roman(R"(^([IVXLC]{1,6})\.?$)", 0);
    static const Regex digit(R"(^\(?(\d{1,3})\)$)");
    static const Regex letter(R"(^\(?(\p{L})[.)]$)");
    static const Regex has_alnum(R"([\p{L}\p{N}])");
    Label out;
    std::string label = trim(raw);
    if (label.empty())
        return out;
    Match m;
    // "1)" is a bracketed item; "1.1)" still a decimal point.
    if (digit.full(label, m)) {
        out.kind = LabelKind::Digit;
        out.num = m[1].text;
    } else if (decimal.full(label, m)) {
        out.kind = LabelKind::Decimal;
        out.num = m[1].text;
        out.parts = split_dots(out.num);
    } else if (roman.full(label, m)) {
        out.kind = LabelKind::Decimal;
        out.num = m[1].text;
        out.parts = {out.num};
    } else if (letter.full(label, m)) {
        out.kind = LabelKind::Letter;
        out.num = m[1].text;
    } else if (has_alnum.contains(label)) {
        out.kind = LabelKind::Other;
        out.num = label;
        while (!out.num.empty() && (out.num.back() == '.' || out.num.back() == ')'))
            out.num.pop_back();
    } else {
        out.kind = LabelKind::Bullet;
    }
    return out;
}

record::Point &PointTree::attach(size_t parent_depth, record::Point point, Family family,
                                 std::vector<std::string> parts) {
    open_.resize(parent_depth);
    std::vector<record::Point> &siblings = open_.empty() ? roots_ : open_.back().point->points;
    siblings.push_back(std::move(point));
    open_.push_back({&siblings.back(), family, std::move(parts)});
    return siblings.back();
}

record::Point &PointTree::add(const Label &label, bool nested_hint) {
    switch (label.kind) {
    case LabelKind::Digit:
        return add_bracketed(label.num, Family::Digit);
    case LabelKind::Letter:
        return add_bracketed(label.num, Family::Letter);
    case LabelKind::Decimal:
        if (nested_hint && label.parts.size() == 1 && !open_.empty())
            return add_bracketed(label.num, Family::Digit);
        return add_decimal(label);
    default:
        return add_bracketed(label.num, Family::Letter);
    }
}

// "3.2.1" goes under the nearest open decimal point whose number is a proper prefix of it
// ("3.2", else "3"); with none it is top-level.
record::Point &PointTree::add_decimal(const Label &label) {
    size_t depth = open_.size();
    while (depth > 0) {
        const Open &o = open_[depth - 1];
        bool prefix = o.family == Family::Decimal && o.parts.size() < label.parts.size() &&
                      std::equal(o.parts.begin(), o.parts.end(), label.parts.begin());
        if (prefix)
            break;
        --depth;
    }
    record::Point p;
    p.num = label.num;
    return attach(depth, std::move(p), Family::Decimal, label.parts);
}

// A bracketed item is a sibling of the nearest open item of its family, else a child of the
// current point, else top-level.
record::Point &PointTree::add_bracketed(const std::string &num, Family family) {
    size_t depth = open_.size();
    for (size_t i = open_.size(); i > 0; --i) {
        if (open_[i - 1].family == family) {
            depth = i - 1;
            break;
        }
    }
    record::Point p;
    p.num = num;
    return attach(depth, std::move(p), family, {});
}

record::Point &PointTree::add_unnumbered() {
    return attach(0, record::Point{}, Family::Unnumbered, {});
}

} // namespace prikaz::extract::operative
