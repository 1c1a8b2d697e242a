#include "read/html_style.h"

#include "read/html_dom.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string_view>

namespace prikaz::read {

namespace {

std::string lower_trimmed(std::string_view s) {
    size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos)
        return "";
    s = s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::optional<bool> parse_font_weight(const std::string &value) {
    if (value == "bold" || value == "bolder")
        return true;
    if (value == "normal" || value == "lighter")
        return false;
    int numeric = std::atoi(value.c_str());
    return numeric > 0 ? std::optional<bool>(numeric >= 600) : std::nullopt;
}

std::optional<bool> parse_font_style(const std::string &value) {
    if (value == "italic" || value == "oblique")
        return true;
    if (value == "normal")
        return false;
    return std::nullopt;
}

bool is_page_break(const std::string &value) {
    return value == "always" || value == "page" || value == "left" || value == "right" ||
           value == "recto" || value == "verso";
}

void apply_declaration(HtmlElementStyle &style, const std::string &property,
                       const std::string &value) {
    if (property == "text-align") {
        if (auto align = parse_align(value))
            style.align = align;
    } else if (property == "font-weight") {
        style.bold = parse_font_weight(value);
    } else if (property == "font-style") {
        style.italic = parse_font_style(value);
    } else if (property == "page-break-before" || property == "break-before") {
        style.break_before = is_page_break(value);
    } else if (property == "page-break-after" || property == "break-after") {
        style.break_after = is_page_break(value);
    } else if (property == "list-style-type" || property == "list-style") {
        style.list_style_type = value.substr(0, value.find(' '));
    }
}

void apply_css(HtmlElementStyle &style, std::string_view css) {
    while (!css.empty()) {
        size_t end = css.find(';');
        std::string_view declaration = css.substr(0, end);
        size_t colon = declaration.find(':');
        if (colon != std::string_view::npos) {
            std::string value = lower_trimmed(declaration.substr(colon + 1));
            if (size_t important = value.find("!important"); important != std::string::npos)
                value = lower_trimmed(value.substr(0, important));
            apply_declaration(style, lower_trimmed(declaration.substr(0, colon)), value);
        }
        css = end == std::string_view::npos ? std::string_view() : css.substr(end + 1);
    }
}

} // namespace

std::optional<model::Align> parse_align(std::string value) {
    value = lower_trimmed(value);
    if (value == "left" || value == "start")
        return model::Align::Left;
    if (value == "center" || value == "middle" || value == "-webkit-center")
        return model::Align::Center;
    if (value == "right" || value == "end")
        return model::Align::Right;
    if (value == "justify")
        return model::Align::Justify;
    return std::nullopt;
}

HtmlElementStyle html_element_style(const xmlNode *element) {
    HtmlElementStyle style;
    if (std::string align = html_attribute(element, "align"); !align.empty())
        style.align = parse_align(align);
    if (std::string css = html_attribute(element, "style"); !css.empty())
        apply_css(style, css);
    return style;
}

} // namespace prikaz::read
