// Plan tables → sections and measures of an appendix.
//
// One PlanBuilder reads every plan table of one appendix as one plan: a table may be cut by a
// page, by a repeated header, or by a paragraph that is itself a section row («3. Организация
// реализации программы»). Rows are read by what they hold:
//   section row       one filled cell spanning the table or standing in the number/first
//                     column («1. Меры, направленные на …», «Раздел 2. …»), or a single-level
//                     number with only a name and nothing in the deadline/responsible/result
//                     columns;
//   measure row       a measure number in the number column («1.1», «3.4.», «5»);
//   continuation row  the number cell empty, other cells filled: the previous measure goes on
//                     across a page break, each cell's text is appended to the same field;
//   skipped           header rows (marked, or repeating the recognised header), the row of
//                     column numbers «1 2 3 4 5», rows without a letter or digit («----»),
//                     rows of sums («Итого», «Всего по Плану»).
// A cell merged vertically over several rows (row_span > 1) gives its deadline / responsible /
// result to every measure row it covers.
#pragma once

#include "extract/plan_header.h"
#include "model/document.h"
#include "record/record.h"

#include <optional>
#include <vector>

namespace prikaz::extract {

class PlanBuilder {
public:
    explicit PlanBuilder(record::Appendix &appendix) : appendix_(appendix) {}

    // A table with a plan header starts (or restarts) the plan; a table without one continues
    // an active plan when its grid has the same width. False when the table is not a plan.
    bool add_table(const model::Table &table);

    // A paragraph between plan tables that is a section row: a single-level number label or
    // «Раздел N.» with a short title. False (and nothing done) for any other paragraph.
    bool add_section_paragraph(const model::Block &block);

    bool active() const { return header_.has_value(); }

private:
    struct Carry { // a vertically merged cell reaching into the following rows
        const model::Cell *cell = nullptr;
        int rows_left = 0;
    };
    struct RowView {                          // the cells covering each grid column in this row
        std::vector<const model::Cell *> own; // cells that start in this row
        std::vector<const model::Cell *> effective; // own, or merged from a row above
    };

    RowView view_of(const model::Row &row) const;
    void advance_carries(const model::Row &row);
    bool is_skipped(const model::Row &row) const;
    void add_row(const model::Row &row);
    bool add_section_row(const RowView &view);
    void add_row_without_number_column(const RowView &view);
    void add_measure(const RowView &view, const std::string &num, const record::Text &name,
                     const std::string &source_block);
    void continue_measure(const RowView &view);

    std::vector<const model::Cell *> role_cells(const std::vector<const model::Cell *> &cells,
                                                ColumnRole role) const;
    std::string role_text(const std::vector<const model::Cell *> &cells, ColumnRole role) const;
    void start_section(const std::string &num, const record::Text &title,
                       const std::string &source_block);
    std::vector<record::Measure> &current_measures();
    record::Measure *last_measure();

    record::Appendix &appendix_;
    std::optional<PlanHeader> header_;
    std::vector<Carry> carries_;
    bool in_section_ = false;
};

} // namespace prikaz::extract
