// The table part of the content walker: table:table with its column declarations, header rows,
// row groups, repeated rows and cells, spans and covered cells.
#include "read/odt_body.h"

#include "read/odt_xml.h"

#include <algorithm>

namespace prikaz::read::odt {

namespace {

// Repetition caps: LibreOffice pads tables pasted from Calc with rows repeated 1048576 times and
// cells repeated 1024 times. Content is repeated up to these counts; grid positions still count
// the full repetition.
constexpr long kMaxRepeatedRows = 1000;
constexpr long kMaxRepeatedCells = 256;
constexpr long kMaxGridColumns = 1024; // a declared grid wider than this is filler
constexpr long kMaxSpan = 1 << 16;

long positive_attr(const xmlNode *el, const char *local, long cap) {
    return std::clamp(int_attr(el, kTableNs, local).value_or(1), 1L, cap);
}

bool has_content(const model::Row &row) {
    return std::any_of(row.cells.begin(), row.cells.end(),
                       [](const model::Cell &c) { return !c.blocks.empty(); });
}

// Grid width: the declared columns, unless they are filler; then the extent of the cells.
int grid_width(const model::Table &table, long declared) {
    if (declared > 0 && declared <= kMaxGridColumns)
        return static_cast<int>(declared);
    long extent = 0;
    for (const model::Row &r : table.rows)
        for (const model::Cell &c : r.cells)
            if (!c.blocks.empty())
                extent = std::max(extent, long{c.column} + c.col_span);
    return static_cast<int>(std::min(extent, kMaxGridColumns));
}

} // namespace

void BodyWalker::table(const xmlNode *el, std::vector<model::Block> &out, bool breaks) {
    TableStyle style = styles_.table(attr(el, kTableNs, "style-name"));
    if (breaks && (style.break_before || style.master_page))
        add_break(out);
    model::Table table;
    long declared_columns = 0;
    table_part(el, table, false, declared_columns);
    table.columns = grid_width(table, declared_columns);
    out.push_back(model::Block::make_table(std::move(table)));
    if (breaks && style.break_after)
        add_break(out);
}

// The children of a table or of one of its groups (columns, header rows, row groups).
void BodyWalker::table_part(const xmlNode *el, model::Table &table, bool header,
                            long &declared_columns) {
    for (const xmlNode *c = first_element(el->children); c; c = first_element(c->next)) {
        if (!in_ns(c, kTableNs))
            continue;
        const char *local = local_name(c);
        std::string_view name(local);
        if (name == "table-column")
            declared_columns = std::min(
                declared_columns + positive_attr(c, "number-columns-repeated", kMaxSpan), kMaxSpan);
        else if (name == "table-row")
            table_row(c, table, header);
        else if (name == "table-header-rows")
            table_part(c, table, true, declared_columns);
        else if (name == "table-columns" || name == "table-header-columns" ||
                 name == "table-column-group" || name == "table-rows" || name == "table-row-group")
            table_part(c, table, header, declared_columns);
    }
}

void BodyWalker::table_row(const xmlNode *el, model::Table &table, bool header) {
    model::Row row;
    row.header = header;
    long column = 0;
    for (const xmlNode *c = first_element(el->children); c; c = first_element(c->next)) {
        long repeated = positive_attr(c, "number-columns-repeated", kMaxSpan);
        if (is(c, kTableNs, "covered-table-cell")) {
            column = std::min(column + repeated, kMaxSpan);
        } else if (is(c, kTableNs, "table-cell")) {
            // The columns a span covers are written as covered cells, which advance the grid.
            model::Cell cell = table_cell(c, column);
            long copies = cell.blocks.empty() ? 1 : std::min(repeated, kMaxRepeatedCells);
            for (long i = 0; i < copies; ++i) {
                cell.column = static_cast<int>(column + i);
                row.cells.push_back(cell);
            }
            column = std::min(column + repeated, kMaxSpan);
        }
    }
    long repeated_rows = positive_attr(el, "number-rows-repeated", kMaxSpan);
    long copies = has_content(row) ? std::min(repeated_rows, kMaxRepeatedRows) : 1;
    for (long i = 1; i < copies; ++i)
        table.rows.push_back(row);
    table.rows.push_back(std::move(row));
}

// A cell's content is a flow of its own: no page breaks, lists start at level 1.
model::Cell BodyWalker::table_cell(const xmlNode *el, long column) {
    model::Cell cell;
    cell.column = static_cast<int>(column);
    cell.col_span = static_cast<int>(positive_attr(el, "number-columns-spanned", kMaxSpan));
    cell.row_span = static_cast<int>(positive_attr(el, "number-rows-spanned", kMaxSpan));
    children(el, cell.blocks, false, ListContext{});
    return cell;
}

} // namespace prikaz::read::odt
