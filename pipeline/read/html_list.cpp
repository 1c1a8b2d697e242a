#include "read/html_list.h"

#include "read/html_dom.h"
#include "read/html_style.h"

#include <array>
#include <utility>

namespace prikaz::read {

namespace {

std::string to_roman(int n, bool upper) {
    static constexpr std::array<std::pair<int, const char *>, 13> kDigits = {{{1000, "m"},
                                                                              {900, "cm"},
                                                                              {500, "d"},
                                                                              {400, "cd"},
                                                                              {100, "c"},
                                                                              {90, "xc"},
                                                                              {50, "l"},
                                                                              {40, "xl"},
                                                                              {10, "x"},
                                                                              {9, "ix"},
                                                                              {5, "v"},
                                                                              {4, "iv"},
                                                                              {1, "i"}}};
    std::string out;
    for (const auto &[value, digits] : kDigits)
        for (; n >= value; n -= value)
            out += digits;
    if (upper)
        for (char &c : out)
            c = static_cast<char>(c - 'a' + 'A');
    return out;
}

// 1 -> a, 26 -> z, 27 -> aa (bijective base 26, as CSS lower-alpha).
std::string to_alpha(int n, bool upper) {
    std::string out;
    for (; n > 0; n = (n - 1) / 26)
        out.insert(out.begin(), static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26));
    return out;
}

// Children <li> of a list, for the start of a reversed list.
int count_items(const xmlNode *list) {
    int count = 0;
    for (const xmlNode *child = list->children; child; child = child->next)
        count += is_element(child, "li") ? 1 : 0;
    return count;
}

} // namespace

HtmlList::HtmlList(const xmlNode *list) {
    bool ordered = is_element(list, "ol");
    marker_ = ordered ? Marker::Decimal : Marker::Bullet;
    HtmlElementStyle style = html_element_style(list); // CSS wins over the type attribute
    set_marker(!style.list_style_type.empty() ? style.list_style_type
                                              : html_attribute(list, "type"));
    // "reversed" is a boolean attribute: its presence counts, not its value.
    if (ordered && xmlHasProp(list, reinterpret_cast<const xmlChar *>("reversed"))) {
        step_ = -1;
        next_ = count_items(list);
    }
    next_ = html_int_attribute(list, "start", next_);
}

void HtmlList::set_marker(const std::string &type) {
    if (type == "1" || type == "decimal")
        marker_ = Marker::Decimal;
    else if (type == "a" || type == "lower-alpha" || type == "lower-latin")
        marker_ = Marker::LowerAlpha;
    else if (type == "A" || type == "upper-alpha" || type == "upper-latin")
        marker_ = Marker::UpperAlpha;
    else if (type == "i" || type == "lower-roman")
        marker_ = Marker::LowerRoman;
    else if (type == "I" || type == "upper-roman")
        marker_ = Marker::UpperRoman;
    else if (type == "none")
        marker_ = Marker::None;
    else if (type == "circle")
        bullet_ = "\u25CB", marker_ = Marker::Bullet;
    else if (type == "square")
        bullet_ = "\u25AA", marker_ = Marker::Bullet;
    else if (type == "disc")
        marker_ = Marker::Bullet;
}

std::string HtmlList::format(int n) const {
    switch (marker_) {
    case Marker::Bullet:
        return bullet_;
    case Marker::None:
        return "";
    case Marker::LowerAlpha:
    case Marker::UpperAlpha:
        if (n > 0)
            return to_alpha(n, marker_ == Marker::UpperAlpha) + ".";
        break;
    case Marker::LowerRoman:
    case Marker::UpperRoman:
        if (n > 0 && n < 4000)
            return to_roman(n, marker_ == Marker::UpperRoman) + ".";
        break;
    case Marker::Decimal:
        break;
    }
    return std::to_string(n) + ".";
}

std::string HtmlList::next_label(const xmlNode *item) {
    next_ = html_int_attribute(item, "value", next_);
    std::string label = format(next_);
    next_ += step_;
    return label;
}

} // namespace prikaz::read
