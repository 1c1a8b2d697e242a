#include "extract/plan_table.h"

#include "extract/appendix_text.h"
#include "extract/plan_cells.h"
#include "extract/text_util.h"

#include <algorithm>

namespace prikaz::extract {

namespace {

// A section title may be numbered «1.», «2)», «IV.» or «Раздел 2»; the label, when the model
// split it off, is the number. A bare number without a dot («15 мая …») is no section number.
const Regex &section_number() {
    static const Regex re(
        R"((?:раздел\s+(\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6})[.:)]?|(\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6})[.)])\s+(\S.*))");
    return re;
}

std::string section_num(const Match &m) {
    return strip_number(m.has(1) ? m[1].text : m[2].text);
}

bool is_section_label(const std::string &label) {
    static const Regex re(R"((?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6})[.)]?)");
    Match m;
    return re.full(label, m);
}

struct SectionHead {
    std::string num;
    record::Text title;
};

// The number and title of a section paragraph (a section row's first paragraph, or a
// paragraph between tables); `rest` is the text of the cell's further paragraphs.
SectionHead parse_section(const model::Block &block, const std::string &rest = "") {
    const model::Paragraph &p = block.paragraph;
    SectionHead head;
    std::string text = p.text;
    Match m;
    if (!p.label.empty() && is_section_label(p.label)) {
        head.num = strip_number(p.label);
    } else if (p.label.empty() && section_number().starts(collapse_lines(text), m) &&
               collapse_lines(text) == text) {
        head.num = section_num(m);
        text = m[3].text;
    } else if (!p.label.empty()) {
        text = p.label + " " + text; // a bullet or letter label is part of an unnumbered title
    }
    std::string title = collapse_lines(text);
    head.title.source = source_in(block.source.id, p.text, title);
    if (!rest.empty()) {
        title += " " + rest;
        head.title.source.begin = head.title.source.end = -1;
    }
    head.title.value = title;
    return head;
}

// The first paragraph of a cell and the text of the rest of it.
const model::Block *leading_paragraph(const model::Cell &cell, std::string &rest) {
    const model::Block *first = nullptr;
    for (const model::Block &block : cell.blocks) {
        if (block.kind != model::Block::Kind::Paragraph)
            continue;
        if (!first) {
            first = &block;
            continue;
        }
        std::string text = collapse_lines(block.paragraph.label.empty()
                                              ? block.paragraph.text
                                              : block.paragraph.label + " " + block.paragraph.text);
        if (!text.empty())
            rest += (rest.empty() ? "" : " ") + text;
    }
    return first;
}

bool has_letter_or_digit(const std::string &text) {
    static const Regex re(R"([\p{L}\p{Nd}])");
    return re.contains(text);
}

} // namespace

bool PlanBuilder::add_table(const model::Table &table) {
    size_t first_row = 0;
    if (std::optional<PlanHeader> header = find_plan_header(table)) {
        first_row = header->first_row + header->row_count;
        header_ = std::move(header);
    } else if (!header_ || static_cast<size_t>(grid_width(table)) != header_->roles.size()) {
        return false;
    }
    carries_.assign(header_->roles.size(), Carry{});
    for (size_t r = first_row; r < table.rows.size(); ++r) {
        const model::Row &row = table.rows[r];
        if (!is_skipped(row))
            add_row(row);
        advance_carries(row);
    }
    return true;
}

bool PlanBuilder::add_section_paragraph(const model::Block &block) {
    if (!active() || block.kind != model::Block::Kind::Paragraph)
        return false;
    const model::Paragraph &p = block.paragraph;
    constexpr int kMaxSectionTitle = 300;
    if (p.text.empty() || code_points(p.text) > kMaxSectionTitle)
        return false;
    Match m;
    bool numbered = (!p.label.empty() && is_section_label(p.label) &&
                     p.label.find('.') == p.label.rfind('.') /* single level */) ||
                    (p.label.empty() && section_number().starts(p.text, m));
    if (!numbered)
        return false;
    SectionHead head = parse_section(block);
    start_section(head.num, head.title, block.source.id);
    return true;
}

PlanBuilder::RowView PlanBuilder::view_of(const model::Row &row) const {
    size_t width = header_->roles.size();
    RowView view;
    view.own.assign(width, nullptr);
    for (const model::Cell &cell : row.cells)
        for (int c = cell.column; c < cell.column + std::max(1, cell.col_span); ++c)
            if (c >= 0 && static_cast<size_t>(c) < width)
                view.own[c] = &cell;
    view.effective = view.own;
    for (size_t c = 0; c < width; ++c)
        if (!view.effective[c] && carries_[c].rows_left > 0)
            view.effective[c] = carries_[c].cell;
    return view;
}

void PlanBuilder::advance_carries(const model::Row &row) {
    for (Carry &carry : carries_)
        if (carry.rows_left > 0)
            --carry.rows_left;
    for (const model::Cell &cell : row.cells) {
        if (cell.row_span <= 1)
            continue;
        for (int c = cell.column; c < cell.column + std::max(1, cell.col_span); ++c)
            if (c >= 0 && static_cast<size_t>(c) < carries_.size())
                carries_[c] = Carry{&cell, cell.row_span - 1};
    }
}

namespace {

// «Итого», «Всего по Плану», «Итого по разделу 2»: a row of sums, not a measure or its
// continuation. It opens with that word in its first filled cell.
bool is_totals_row(const model::Row &row) {
    static const Regex totals(R"(^\s*(?:итого|всего)(?:\s+по\s+\S+(?:\s+\S+)?)?\s*:?\s*$)");
    for (const model::Cell &cell : row.cells) {
        std::string text = cell_text(cell);
        if (trim(text).empty())
            continue;
        Match m;
        return totals.full(collapse_lines(text), m);
    }
    return false;
}

} // namespace

bool PlanBuilder::is_skipped(const model::Row &row) const {
    if (row.header || is_column_number_row(row) || is_totals_row(row))
        return true;
    std::string key = row_key(row);
    if (!has_letter_or_digit(key))
        return true;
    return std::find(header_->row_keys.begin(), header_->row_keys.end(), key) !=
           header_->row_keys.end();
}

std::vector<const model::Cell *>
PlanBuilder::role_cells(const std::vector<const model::Cell *> &cells, ColumnRole role) const {
    std::vector<const model::Cell *> out;
    for (int c : header_->columns_of(role)) {
        const model::Cell *cell = cells[c];
        if (cell && std::find(out.begin(), out.end(), cell) == out.end() &&
            !cell_text(*cell).empty())
            out.push_back(cell);
    }
    return out;
}

std::string PlanBuilder::role_text(const std::vector<const model::Cell *> &cells,
                                   ColumnRole role) const {
    std::string text;
    for (const model::Cell *cell : role_cells(cells, role))
        text += (text.empty() ? "" : " ") + cell_text(*cell);
    return text;
}

void PlanBuilder::add_row(const model::Row &row) {
    RowView view = view_of(row);
    if (add_section_row(view))
        return;
    if (!header_->has(ColumnRole::Number)) {
        add_row_without_number_column(view);
        return;
    }
    std::vector<const model::Cell *> number = role_cells(view.own, ColumnRole::Number);
    std::string number_text = number.empty() ? "" : cell_text(*number.front());
    if (!number.empty() && is_measure_number(number_text)) {
        std::vector<const model::Cell *> names = role_cells(view.own, ColumnRole::Name);
        record::Text name;
        name.value = role_text(view.own, ColumnRole::Name);
        if (names.size() == 1)
            name = cell_value(*names.front());
        else if (!names.empty())
            name.source.block = first_block_id(*names.front());
        add_measure(view, strip_number(number_text), name, first_block_id(*number.front()));
        return;
    }
    if (number.empty() && last_measure()) {
        continue_measure(view);
        return;
    }
    // A row with a name but no usable number (no number column, or «-» in it): a measure.
    std::vector<const model::Cell *> names = role_cells(view.own, ColumnRole::Name);
    if (!names.empty())
        add_measure(view, "", cell_value(*names.front()), first_block_id(*names.front()));
}

// Without a number column the number is the name's label («1.1.» typed or auto-numbered in
// the name cell); a row whose name cell is empty continues the previous measure.
void PlanBuilder::add_row_without_number_column(const RowView &view) {
    std::vector<const model::Cell *> names = role_cells(view.own, ColumnRole::Name);
    if (names.empty()) {
        if (last_measure())
            continue_measure(view);
        return;
    }
    std::string rest;
    const model::Block *first = leading_paragraph(*names.front(), rest);
    if (!first)
        return;
    const model::Paragraph &p = first->paragraph;
    std::string num = is_measure_number(p.label) ? strip_number(p.label) : "";
    record::Text name;
    name.value = collapse_lines(num.empty() && !p.label.empty() ? p.label + " " + p.text : p.text);
    name.source = source_in(first->source.id, p.text, name.value);
    if (!rest.empty()) {
        name.value += " " + rest;
        name.source.begin = name.source.end = -1;
    }
    add_measure(view, num, name, first->source.id);
}

bool PlanBuilder::add_section_row(const RowView &view) {
    std::vector<const model::Cell *> filled;
    for (const model::Cell *cell : view.own)
        if (cell && !cell_text(*cell).empty() &&
            std::find(filled.begin(), filled.end(), cell) == filled.end())
            filled.push_back(cell);
    int width = static_cast<int>(header_->roles.size());
    if (filled.size() == 1) {
        const model::Cell &cell = *filled.front();
        bool spans = cell.col_span >= std::max(2, width / 2);
        bool leads = cell.column == 0 || header_->roles[cell.column] == ColumnRole::Number;
        Match m;
        bool titled = section_number().starts(cell_text(cell), m) && m.has(1); // «Раздел 2.»
        if (!(spans || leads || titled) || is_measure_number(cell_text(cell)))
            return false;
        std::string rest;
        const model::Block *first = leading_paragraph(cell, rest);
        if (!first)
            return false;
        SectionHead head = parse_section(*first, rest);
        start_section(head.num, head.title, first->source.id);
        return true;
    }
    // «1.» | «Меры, направленные на …» with nothing else (not even merged from above): a
    // section whose number and title sit in the number and name columns.
    std::vector<const model::Cell *> number = role_cells(view.own, ColumnRole::Number);
    std::vector<const model::Cell *> names = role_cells(view.own, ColumnRole::Name);
    if (filled.size() != 2 || number.size() != 1 || names.size() != 1)
        return false;
    std::string num = cell_text(*number.front());
    bool single_level = is_measure_number(num) && strip_number(num).find('.') == std::string::npos;
    bool details = !role_cells(view.effective, ColumnRole::Deadline).empty() ||
                   !role_cells(view.effective, ColumnRole::Responsible).empty() ||
                   !role_cells(view.effective, ColumnRole::Result).empty();
    bool has_detail_columns = header_->has(ColumnRole::Deadline) ||
                              header_->has(ColumnRole::Responsible) ||
                              header_->has(ColumnRole::Result);
    if (!single_level || details || !has_detail_columns)
        return false;
    start_section(strip_number(num), cell_value(*names.front()), first_block_id(*number.front()));
    return true;
}

void PlanBuilder::add_measure(const RowView &view, const std::string &num, const record::Text &name,
                              const std::string &source_block) {
    record::Measure measure;
    measure.num = num;
    measure.name = name;
    measure.source.block = source_block;
    for (const model::Cell *cell : role_cells(view.effective, ColumnRole::Deadline)) {
        record::Deadline deadline;
        deadline.as_written = cell_text(*cell);
        deadline.source.block = first_block_id(*cell);
        measure.deadlines.push_back(std::move(deadline));
    }
    for (const model::Cell *cell : role_cells(view.effective, ColumnRole::Responsible)) {
        record::Party party;
        party.as_written = cell_lines(*cell);
        party.source.block = first_block_id(*cell);
        measure.responsible.push_back(std::move(party));
    }
    std::vector<const model::Cell *> results = role_cells(view.effective, ColumnRole::Result);
    if (results.size() == 1)
        measure.result = cell_value(*results.front());
    else if (!results.empty()) {
        measure.result.value = role_text(view.effective, ColumnRole::Result);
        measure.result.source.block = first_block_id(*results.front());
    }
    current_measures().push_back(std::move(measure));
}

namespace {
void append(std::string &field, const std::string &text) {
    if (!text.empty())
        field += (field.empty() ? "" : " ") + text;
}
void append(record::Text &field, const std::string &text, const std::string &block) {
    if (text.empty())
        return;
    if (field.value.empty())
        field.source.block = block;
    field.source.begin = field.source.end = -1; // joined from several blocks
    append(field.value, text);
}
} // namespace

void PlanBuilder::continue_measure(const RowView &view) {
    record::Measure &measure = *last_measure();
    for (const model::Cell *cell : role_cells(view.own, ColumnRole::Name))
        append(measure.name, cell_text(*cell), first_block_id(*cell));
    for (const model::Cell *cell : role_cells(view.own, ColumnRole::Result))
        append(measure.result, cell_text(*cell), first_block_id(*cell));
    for (const model::Cell *cell : role_cells(view.own, ColumnRole::Deadline)) {
        if (measure.deadlines.empty())
            measure.deadlines.push_back(record::Deadline{});
        record::Deadline &d = measure.deadlines.back();
        if (d.source.block.empty())
            d.source.block = first_block_id(*cell);
        append(d.as_written, cell_text(*cell));
    }
    for (const model::Cell *cell : role_cells(view.own, ColumnRole::Responsible)) {
        if (measure.responsible.empty())
            measure.responsible.push_back(record::Party{});
        record::Party &p = measure.responsible.back();
        if (p.source.block.empty())
            p.source.block = first_block_id(*cell);
        if (!p.as_written.empty())
            p.as_written += "\n";
        p.as_written += cell_lines(*cell);
    }
}

void PlanBuilder::start_section(const std::string &num, const record::Text &title,
                                const std::string &source_block) {
    record::Section section;
    section.num = num;
    section.title = title;
    section.source.block = source_block;
    appendix_.sections.push_back(std::move(section));
    in_section_ = true;
}

std::vector<record::Measure> &PlanBuilder::current_measures() {
    return in_section_ ? appendix_.sections.back().measures : appendix_.measures;
}

record::Measure *PlanBuilder::last_measure() {
    std::vector<record::Measure> &measures = current_measures();
    return measures.empty() ? nullptr : &measures.back();
}

} // namespace prikaz::extract
