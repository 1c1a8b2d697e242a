#include "read/html_table.h"

#include "read/html_dom.h"

#include <algorithm>
#include <vector>

namespace prikaz::read {

namespace {

// Browsers' own caps on spans; they also keep a hostile colspan from allocating a huge grid.
constexpr int kMaxColSpan = 1000;
constexpr int kMaxRowSpan = 65534;
// No grid is wider than this: spans are cut so that a hostile table stays small.
constexpr int kMaxGridColumns = 10000;

struct RowGroup {
    std::vector<const xmlNode *> rows;
    bool head = false;
};

bool is_cell(const xmlNode *node) {
    return is_element(node, "td") || is_element(node, "th");
}

bool is_ignorable(const xmlNode *node) {
    if (node->type == XML_COMMENT_NODE || is_element(node, "colgroup") || is_element(node, "col") ||
        is_element(node, "caption"))
        return true;
    if (node->type != XML_TEXT_NODE)
        return node->type != XML_ELEMENT_NODE;
    const char *text = reinterpret_cast<const char *>(node->content);
    return !text || std::string_view(text).find_first_not_of(" \t\r\n") == std::string_view::npos;
}

class GroupCollector {
public:
    explicit GroupCollector(const HtmlTableReaders &readers) : readers_(readers) {}

    // Groups in display order: everything but tfoot in source order, then tfoot.
    std::vector<RowGroup> collect(const xmlNode *table) {
        for (const xmlNode *child = table->children; child; child = child->next)
            add_child(child);
        std::vector<RowGroup> groups = std::move(body_);
        groups.insert(groups.end(), foot_.begin(), foot_.end());
        return groups;
    }

private:
    const HtmlTableReaders &readers_;
    std::vector<RowGroup> body_;
    std::vector<RowGroup> foot_;
    bool loose_rows_open_ = false; // the last body group collects <tr> written without a group

    void add_child(const xmlNode *child) {
        bool head = is_element(child, "thead");
        if (head || is_element(child, "tbody") || is_element(child, "tfoot")) {
            RowGroup group = rows_of(child);
            group.head = head;
            (is_element(child, "tfoot") ? foot_ : body_).push_back(std::move(group));
            loose_rows_open_ = false;
        } else if (is_element(child, "tr")) {
            if (!loose_rows_open_)
                body_.emplace_back();
            body_.back().rows.push_back(child);
            loose_rows_open_ = true;
        } else if (!is_ignorable(child)) {
            readers_.read_misplaced(child);
        }
    }

    RowGroup rows_of(const xmlNode *section) {
        RowGroup group;
        for (const xmlNode *child = section->children; child; child = child->next) {
            if (is_element(child, "tr"))
                group.rows.push_back(child);
            else if (!is_ignorable(child))
                readers_.read_misplaced(child);
        }
        return group;
    }
};

bool has_child(const xmlNode *node, std::string_view name) {
    for (const xmlNode *child = node->children; child; child = child->next)
        if (is_element(child, name))
            return true;
    return false;
}

bool only_header_cells(const xmlNode *row) {
    bool any = false;
    for (const xmlNode *child = row->children; child; child = child->next) {
        if (is_element(child, "td"))
            return false;
        any = any || is_element(child, "th");
    }
    return any;
}

// Places the cells of one row group on the grid. Row spans end with their group.
class GridBuilder {
public:
    GridBuilder(model::Table &table, const HtmlTableReaders &readers)
        : table_(table), readers_(readers) {}

    void add_group(const RowGroup &group) {
        covered_.clear();
        for (size_t r = 0; r < group.rows.size(); ++r)
            add_row(group.rows[r], group.head, static_cast<int>(group.rows.size() - r));
    }

private:
    model::Table &table_;
    const HtmlTableReaders &readers_;
    std::vector<int> covered_; // per grid column: rows still covered, this one included

    void add_row(const xmlNode *tr, bool head, int rows_left) {
        model::Row row;
        row.header = head;
        int column = 0;
        for (const xmlNode *child = tr->children; child; child = child->next) {
            if (!is_cell(child))
                continue;
            while (column < static_cast<int>(covered_.size()) && covered_[column] > 0)
                ++column;
            row.cells.push_back(place_cell(child, column, rows_left));
            column += row.cells.back().col_span;
        }
        table_.columns = std::max(table_.columns, static_cast<int>(covered_.size()));
        for (int &rows : covered_)
            rows = std::max(rows - 1, 0);
        table_.rows.push_back(std::move(row));
    }

    model::Cell place_cell(const xmlNode *td, int column, int rows_left) {
        model::Cell cell;
        cell.column = column;
        int span_limit = std::max(1, std::min(kMaxColSpan, kMaxGridColumns - column));
        cell.col_span = std::clamp(html_int_attribute(td, "colspan", 1), 1, span_limit);
        int row_span = html_int_attribute(td, "rowspan", 1);
        // rowspan="0" spans the rest of the group; no span reaches past it.
        cell.row_span =
            std::clamp(row_span == 0 ? rows_left : row_span, 1, std::min(rows_left, kMaxRowSpan));
        if (covered_.size() < static_cast<size_t>(column + cell.col_span))
            covered_.resize(column + cell.col_span, 0);
        for (int c = column; c < column + cell.col_span; ++c)
            covered_[c] = cell.row_span;
        readers_.read_cell(td, cell);
        return cell;
    }
};

void mark_leading_header_rows(model::Table &table, const std::vector<RowGroup> &groups) {
    size_t index = 0;
    for (const RowGroup &group : groups)
        for (const xmlNode *tr : group.rows) {
            if (!only_header_cells(tr))
                return;
            table.rows[index++].header = true;
        }
}

} // namespace

model::Table build_html_table(const xmlNode *table, const HtmlTableReaders &readers) {
    std::vector<RowGroup> groups = GroupCollector(readers).collect(table);
    model::Table out;
    GridBuilder grid(out, readers);
    for (const RowGroup &group : groups)
        grid.add_group(group);
    if (!has_child(table, "thead") && has_child(table, "tbody"))
        mark_leading_header_rows(out, groups);
    return out;
}

} // namespace prikaz::read
