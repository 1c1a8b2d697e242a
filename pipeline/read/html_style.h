// What the presentational attributes and the inline CSS of an HTML element say about the
// paragraph model: alignment, bold/italic, page breaks, list marker type.
#pragma once

#include "model/document.h"

#include <libxml/tree.h>

#include <optional>
#include <string>

namespace prikaz::read {

struct HtmlElementStyle {
    std::optional<model::Align> align; // align="..." or text-align
    std::optional<bool> bold;          // font-weight (bold / 600+ or normal)
    std::optional<bool> italic;        // font-style
    bool break_before = false;         // page-break-before: always, break-before: page
    bool break_after = false;
    std::string list_style_type; // list-style-type, lower case ("" when not set)
};

HtmlElementStyle html_element_style(const xmlNode *element);

// "left", "center", "right", "justify" (also CSS start/end) as an Align; nullopt otherwise.
std::optional<model::Align> parse_align(std::string value);

} // namespace prikaz::read
