// Tables of plain-text exports: one line per row, cells separated by tabs.
#pragma once

#include "model/document.h"

#include <string_view>
#include <vector>

namespace prikaz::read {

// A markdown rule under a header ("-----\t--\t---"): every non-empty cell is made only of
// dashes, colons, pipes and spaces, with at least two dashes.
bool is_rule_row(std::string_view line);

// Builds one table from its row lines (rule rows dropped). A cell becomes one paragraph, or
// several when it holds HTML paragraph markup; "**" bold markers are handled as in text.
// Empty cells have no blocks. Table::columns is the largest number of cells in a row.
model::Table make_text_table(const std::vector<std::string_view> &row_lines);

} // namespace prikaz::read
