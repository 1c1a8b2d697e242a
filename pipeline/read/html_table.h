// HTML tables on the model's grid: rows from thead/tbody/tfoot (tfoot last, as displayed),
// cells placed with an occupancy grid so that rowspan/colspan give the right grid columns.
#pragma once

#include "model/document.h"

#include <libxml/tree.h>

#include <functional>

namespace prikaz::read {

struct HtmlTableReaders {
    // Fills the blocks of a cell from a <td>/<th> (the grid fields are already set).
    std::function<void(const xmlNode *cell, model::Cell &out)> read_cell;
    // Content misplaced in the table structure (text or a <p> between rows); browsers show it
    // before the table.
    std::function<void(const xmlNode *node)> read_misplaced;
};

// Rows are header rows when they are in <thead>; in a table with a <tbody> but no <thead>, the
// leading rows made only of <th> are header rows too. <caption> is left to the caller.
model::Table build_html_table(const xmlNode *table, const HtmlTableReaders &readers);

} // namespace prikaz::read
