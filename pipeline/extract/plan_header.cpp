#include "extract/plan_header.h"

#include "extract/plan_cells.h"
#include "extract/text_util.h"

#include <algorithm>
#include <set>

namespace prikaz::extract {

namespace {

bool has_any(const std::string &folded, std::initializer_list<const char *> stems) {
    return std::any_of(stems.begin(), stems.end(),
                       [&](const char *stem) { return folded.find(stem) != std::string::npos; });
}

// «№ п/п», «N п/п», «№», «No»: a short cell that names the numbering column.
bool names_number(const std::string &folded) {
    if (code_points(folded) > 12)
        return false;
    return has_any(folded, {"№", "п/п", "п.п"}) || folded == "n" || folded == "no" ||
           folded == "номер";
}

// Header cells longer than this are content, not column names.
constexpr int kMaxHeaderCell = 100;

bool is_header_like_row(const model::Row &row) {
    int with_role = 0;
    for (const model::Cell &cell : row.cells) {
        std::string text = cell_text(cell);
        if (code_points(text) > kMaxHeaderCell || is_measure_number(text))
            return false;
        if (header_role(text) != ColumnRole::None)
            ++with_role;
    }
    return with_role >= 2;
}

const model::Cell *cell_covering(const model::Row &row, int column) {
    for (const model::Cell &cell : row.cells)
        if (cell.column <= column && column < cell.column + std::max(1, cell.col_span))
            return &cell;
    return nullptr;
}

// How many rows the header starting at `first` spans: as deep as its vertical merges reach,
// and further over rows marked as repeated header rows when the first one is marked too.
size_t header_depth(const model::Table &table, size_t first) {
    size_t depth = 1;
    for (const model::Cell &cell : table.rows[first].cells)
        depth = std::max(depth, static_cast<size_t>(std::max(1, cell.row_span)));
    if (table.rows[first].header)
        while (first + depth < table.rows.size() && table.rows[first + depth].header)
            ++depth;
    return std::min(depth, table.rows.size() - first);
}

// A column's role: the lowest header cell over it that names a role (a sub-column «начало»
// under «Сроки» has none, so the parent's role applies).
ColumnRole column_role(const model::Table &table, size_t first, size_t depth, int column) {
    for (size_t r = first + depth; r-- > first;) {
        const model::Cell *cell = cell_covering(table.rows[r], column);
        if (!cell)
            continue;
        ColumnRole role = header_role(cell_text(*cell));
        if (role != ColumnRole::None)
            return role;
    }
    return ColumnRole::None;
}

bool is_plan(const PlanHeader &header) {
    std::set<ColumnRole> distinct;
    for (ColumnRole role : header.roles)
        if (role != ColumnRole::None)
            distinct.insert(role);
    return distinct.size() >= 3 && distinct.count(ColumnRole::Name) > 0;
}

// Rows a plan header may be preceded by (a table caption row, an empty row).
constexpr size_t kHeaderSearchRows = 3;

} // namespace

ColumnRole header_role(const std::string &cell_text) {
    std::string folded = fold(collapse_lines(cell_text));
    if (folded.empty())
        return ColumnRole::None;
    if (names_number(folded))
        return ColumnRole::Number;
    if (has_any(folded, {"срок", "дата", "период", "время"}))
        return ColumnRole::Deadline;
    if (has_any(folded, {"ответствен", "исполнител", "ответств."}))
        return ColumnRole::Responsible;
    if (has_any(folded,
                {"результат", "форма заверш", "форма отчет", "отчетн", "показател", "индикатор"}))
        return ColumnRole::Result;
    if (has_any(folded, {"наименован", "мероприят", "содержан", "название", "вид работ",
                         "направлени", "меры"}))
        return ColumnRole::Name;
    return ColumnRole::None;
}

bool PlanHeader::has(ColumnRole role) const {
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

std::vector<int> PlanHeader::columns_of(ColumnRole role) const {
    std::vector<int> out;
    for (size_t c = 0; c < roles.size(); ++c)
        if (roles[c] == role)
            out.push_back(static_cast<int>(c));
    return out;
}

std::optional<PlanHeader> find_plan_header(const model::Table &table) {
    size_t limit = std::min(kHeaderSearchRows, table.rows.size());
    for (size_t first = 0; first < limit; ++first) {
        if (!is_header_like_row(table.rows[first]))
            continue;
        PlanHeader header;
        header.first_row = first;
        header.row_count = header_depth(table, first);
        int width = grid_width(table);
        for (int c = 0; c < width; ++c)
            header.roles.push_back(column_role(table, first, header.row_count, c));
        for (size_t r = first; r < first + header.row_count; ++r)
            header.row_keys.push_back(row_key(table.rows[r]));
        if (is_plan(header))
            return header;
    }
    return std::nullopt;
}

int grid_width(const model::Table &table) {
    int width = table.columns;
    for (const model::Row &row : table.rows)
        for (const model::Cell &cell : row.cells)
            width = std::max(width, cell.column + std::max(1, cell.col_span));
    return width;
}

std::string row_key(const model::Row &row) {
    std::string key;
    for (const model::Cell &cell : row.cells) {
        std::string text = fold(cell_text(cell));
        if (text.empty())
            continue;
        if (!key.empty())
            key += " | ";
        key += text;
    }
    return key;
}

bool is_column_number_row(const model::Row &row) {
    int expected = 1;
    for (const model::Cell &cell : row.cells) {
        std::string text = cell_text(cell);
        if (text.empty())
            continue;
        if (text != std::to_string(expected) && text != std::to_string(expected) + ".")
            return false;
        ++expected;
    }
    return expected > 3; // at least three numbered columns
}

} // namespace prikaz::extract
