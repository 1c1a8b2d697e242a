// Word refuses a table cell without a paragraph, or one whose last block is a table. A
// template can produce either: a `{%p for %}` loop or `{%p if %}` that is the only content of a
// cell leaves it empty when the list is empty or the condition false. This pass gives such
// cells the empty paragraph Word itself would write.
#pragma once

#include <string>

namespace prikaz::render {

// Inserts <w:p/> before every </w:tc> that directly follows the cell's start tag, its
// properties (</w:tcPr>) or a nested table (</w:tbl>). Assumes the w: prefix.
void ensure_cells_end_with_paragraph(std::string &document_xml);

} // namespace prikaz::render
