// The paragraph and run properties of WordprocessingML that the document model needs, read
// from a w:pPr / w:rPr element. Every field is optional so that direct formatting, styles and
// their basedOn parents can be layered: a set field wins over the same field further down.
#pragma once

#include "model/document.h"

#include <libxml/tree.h>

#include <optional>
#include <string>

namespace prikaz::read::docx {

struct RunProps {
    std::optional<bool> bold;
    std::optional<bool> italic;
    std::string style_id; // w:rStyle (character style), direct run properties only

    // Fills the unset fields from `base`.
    void inherit(const RunProps &base);
};

struct ParagraphProps {
    std::string style_id;                  // w:pStyle (direct paragraph properties only)
    std::optional<int> num_id;             // w:numPr/w:numId; 0 switches numbering off
    std::optional<int> list_level;         // w:numPr/w:ilvl
    std::optional<int> outline_level;      // w:outlineLvl, 0-based; 9 = body text
    std::optional<model::Align> align;     // w:jc
    std::optional<bool> page_break_before; // w:pageBreakBefore

    void inherit(const ParagraphProps &base);
};

RunProps parse_run_props(const xmlNode *rpr);             // null gives no properties
ParagraphProps parse_paragraph_props(const xmlNode *ppr); // null gives no properties
std::optional<model::Align> parse_alignment(const std::string &jc);

} // namespace prikaz::read::docx
