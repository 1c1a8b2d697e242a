// From the prepared part (literal XML with <?prikaz-tag N?> PIs) to the tree of nodes the
// renderer walks. Block tags are matched here (if/elif/else/endif, for/else/endfor); every
// problem becomes an Issue so that `template check` can list them all, and parsing goes on
// after one (a stray end tag is ignored, an unclosed block is closed at the end).
#pragma once

#include "render/template_ast.h"

#include <string_view>
#include <vector>

namespace prikaz::render::tpl {

struct ParsedTemplate {
    Block body;
    size_t literal_bytes = 0;
};

ParsedTemplate parse_template(std::string_view xml, const std::vector<TagInfo> &tags,
                              Issues &issues);

// Each branch of an if/for must leave the XML element nesting as it found it (close and reopen
// the same elements): otherwise taking or skipping it yields malformed XML. This catches a
// block whose tags sit at different levels, e.g. {% if %} inside a hyperlink and {% endif %}
// outside it, or {%tr if %} closed by an inline {% endif %} in a cell.
void check_balance(const Block &body, const std::vector<TagInfo> &tags, Issues &issues);

} // namespace prikaz::render::tpl
