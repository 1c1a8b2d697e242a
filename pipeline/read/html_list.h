// HTML list markers as the browser shows them: one number per level ("3."), in the style of
// the list's type attribute or list-style-type, or a bullet.
#pragma once

#include <libxml/tree.h>

#include <string>

namespace prikaz::read {

class HtmlList {
public:
    // `list` is an <ol>, <ul>, <menu> or <dir> element.
    explicit HtmlList(const xmlNode *list);

    // The label of the next item; `item` is the <li> (its value attribute resets the count).
    std::string next_label(const xmlNode *item);

private:
    enum class Marker { Decimal, LowerAlpha, UpperAlpha, LowerRoman, UpperRoman, Bullet, None };
    Marker marker_ = Marker::Bullet;
    std::string bullet_ = "\u2022";
    int next_ = 1;
    int step_ = 1;

    void set_marker(const std::string &type);
    std::string format(int n) const;
};

} // namespace prikaz::read
