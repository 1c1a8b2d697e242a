// Tables of a WordprocessingML part: grid columns, horizontal spans (w:gridSpan, w:gridBefore),
// vertical merges (w:vMerge restart/continue folded into row_span of the first cell), header
// rows (w:tblHeader), tracked row deletions, nested tables through the cells' blocks.
#include "read/docx_part_reader.h"

#include "read/docx_xml.h"

#include <algorithm>

namespace prikaz::read::docx {

namespace {

// Word allows 63 columns; anything far beyond is damage, and bounding it bounds the memory of
// the per-column merge tracking.
constexpr int kMaxGridColumns = 4096;

int bounded_int(const std::optional<std::string> &v, int lo, int hi, int fallback) {
    std::optional<int> i = v ? to_int(*v) : std::nullopt;
    return i ? std::clamp(*i, lo, hi) : fallback;
}

} // namespace

struct PartReader::TableState {
    model::Table table;
    int grid_columns = 0; // w:gridCol count
    int widest_row = 0;
    int column = 0; // grid column of the next cell of the current row
    // For each grid column, the (row, cell) index of the cell whose vertical merge is open.
    std::vector<std::optional<std::pair<size_t, size_t>>> merge_origin;

    model::Row &row() { return table.rows.back(); }
    void open_merge(int first, int span, std::optional<std::pair<size_t, size_t>> origin) {
        int end = std::min(first + span, kMaxGridColumns);
        if (end > static_cast<int>(merge_origin.size()))
            merge_origin.resize(static_cast<size_t>(end));
        for (int c = first; c < end; ++c)
            merge_origin[static_cast<size_t>(c)] = origin;
    }
    model::Cell *merge_origin_at(int column) {
        if (column >= static_cast<int>(merge_origin.size()) ||
            !merge_origin[static_cast<size_t>(column)])
            return nullptr;
        auto [r, c] = *merge_origin[static_cast<size_t>(column)];
        return &table.rows[r].cells[c];
    }
};

void PartReader::read_table(std::vector<model::Block> &out) {
    const int depth = s_.depth();
    TableState t;
    while (s_.next()) {
        if (s_.is_end() && s_.depth() == depth)
            break;
        if (!s_.is_start())
            continue;
        if (w_is(s_, "tblGrid")) {
            const xmlNode *grid = s_.expand();
            for (const xmlNode *n = grid->children; n; n = n->next)
                t.grid_columns += w_is(n, "gridCol") ? 1 : 0;
            s_.skip();
        } else if (w_is(s_, "tr")) {
            read_row(t);
        } else if (w_is(s_, "tblPr") || w_is(s_, "tblPrEx")) {
            s_.skip();
        } else {
            skip_if_hidden_content(); // rows may sit in w:sdt / w:customXml wrappers
        }
    }
    t.table.columns = std::max(t.grid_columns, t.widest_row);
    out.push_back(model::Block::make_table(std::move(t.table)));
}

void PartReader::read_row(TableState &t) {
    const int depth = s_.depth();
    t.table.rows.emplace_back();
    t.column = 0;
    bool deleted = false;
    while (s_.next()) {
        if (s_.is_end() && s_.depth() == depth)
            break;
        if (!s_.is_start())
            continue;
        if (w_is(s_, "trPr")) {
            read_row_properties(t, deleted);
        } else if (w_is(s_, "tc") && !deleted) {
            read_cell(t);
        } else if (w_is(s_, "tc") || w_is(s_, "tblPrEx")) {
            s_.skip();
        } else {
            skip_if_hidden_content();
        }
    }
    if (deleted) // a tracked row deletion: its cells were never read, so no merge points here
        t.table.rows.pop_back();
    else
        t.widest_row = std::max(t.widest_row, t.column);
}

void PartReader::read_row_properties(TableState &t, bool &deleted) {
    const xmlNode *tr_pr = s_.expand();
    t.row().header = toggle(tr_pr, "tblHeader").value_or(false);
    t.column = bounded_int(child_val(tr_pr, "gridBefore"), 0, kMaxGridColumns, 0);
    deleted = w_child(tr_pr, "del") != nullptr;
    s_.skip();
}

void PartReader::read_cell(TableState &t) {
    const int depth = s_.depth();
    model::Cell cell;
    cell.column = t.column;
    std::optional<std::string> v_merge;
    while (s_.next()) {
        if (s_.is_end() && s_.depth() == depth)
            break;
        if (!s_.is_start())
            continue;
        if (w_is(s_, "tcPr")) {
            const xmlNode *tc_pr = s_.expand();
            cell.col_span = bounded_int(child_val(tc_pr, "gridSpan"), 1, kMaxGridColumns, 1);
            v_merge = child_val(tc_pr, "vMerge");
            s_.skip();
        } else {
            read_block_element(cell.blocks);
        }
    }
    t.column = std::min(t.column + cell.col_span, kMaxGridColumns);
    // Cells hold paragraphs and tables only: a page break inside a cell splits its paragraph
    // but is not a break of the document flow.
    std::erase_if(cell.blocks,
                  [](const model::Block &b) { return b.kind == model::Block::Kind::Break; });

    // A continuing cell (w:vMerge without "restart") is covered by the cell above.
    if (v_merge && *v_merge != "restart") {
        if (model::Cell *origin = t.merge_origin_at(cell.column)) {
            ++origin->row_span;
            return;
        }
    }
    model::Row &row = t.row();
    std::optional<std::pair<size_t, size_t>> origin;
    if (v_merge && *v_merge == "restart")
        origin = std::make_pair(t.table.rows.size() - 1, row.cells.size());
    t.open_merge(cell.column, cell.col_span, origin);
    row.cells.push_back(std::move(cell));
}

} // namespace prikaz::read::docx
