// The header of a plan table (план мероприятий, комплекс мер, дорожная карта): which grid
// column holds the measure number, its name, deadline, responsible party and result.
//
// Columns are recognised by the meaning of their header text (word stems after ICU case
// folding), never by position: «№ п/п», «Наименование мероприятия», «Сроки исполнения»,
// «Ответственный исполнитель», «Ожидаемый результат» may come in any order and wording.
// A header may span two rows (a merged parent cell over sub-columns).
#pragma once

#include "model/document.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace prikaz::extract {

enum class ColumnRole { None, Number, Name, Deadline, Responsible, Result };

// The role a header cell's text names, None when it names none of them.
ColumnRole header_role(const std::string &cell_text);

struct PlanHeader {
    size_t first_row = 0;              // index of the first header row in its table
    size_t row_count = 0;              // header rows (1 or 2, more for deep merges)
    std::vector<ColumnRole> roles;     // one per grid column
    std::vector<std::string> row_keys; // row_key() of every header row, to spot repeats
    bool has(ColumnRole role) const;
    std::vector<int> columns_of(ColumnRole role) const;
};

// The plan header of `table` when one of its first rows is one: at least three different
// roles, a name column among them, short cells, no measure number in the row.
std::optional<PlanHeader> find_plan_header(const model::Table &table);

// The grid width of a table: its declared columns or the widest row, whichever is larger.
int grid_width(const model::Table &table);

// A comparable form of a row: its non-empty cell texts, case-folded, spaces collapsed, joined.
std::string row_key(const model::Row &row);

// A row of column numbers under the header («1 | 2 | 3 | 4 | 5»): not content.
bool is_column_number_row(const model::Row &row);

} // namespace prikaz::extract
