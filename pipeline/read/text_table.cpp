#include "read/text_table.h"

#include "read/text_html_cell.h"
#include "read/text_markdown.h"

#include <algorithm>

namespace prikaz::read {

namespace {

std::vector<std::string_view> split_cells(std::string_view line) {
    std::vector<std::string_view> cells;
    size_t start = 0;
    while (true) {
        size_t tab = line.find('\t', start);
        cells.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
        if (tab == std::string_view::npos)
            return cells;
        start = tab + 1;
    }
}

bool is_blank(std::string_view s) {
    return s.find_first_not_of(" \r\n") == std::string_view::npos;
}

bool is_rule_cell(std::string_view cell) {
    return cell.find_first_not_of("-:| ") == std::string_view::npos &&
           cell.find("--") != std::string_view::npos;
}

model::Block make_cell_paragraph(std::string_view text) {
    MarkdownBold stripped = strip_markdown_bold(text);
    model::Paragraph p;
    p.text = std::move(stripped.text);
    p.bold = stripped.bold;
    return model::Block::make_paragraph(std::move(p));
}

model::Cell make_cell(std::string_view content, int column) {
    model::Cell cell;
    cell.column = column;
    if (is_blank(content))
        return cell;
    if (!has_html_paragraph_markup(content)) {
        cell.blocks.push_back(make_cell_paragraph(content));
        return cell;
    }
    for (const std::string &piece : split_html_paragraphs(content))
        cell.blocks.push_back(make_cell_paragraph(piece));
    return cell;
}

model::Row make_row(std::string_view line) {
    model::Row row;
    std::vector<std::string_view> cells = split_cells(line);
    for (size_t i = 0; i < cells.size(); ++i)
        row.cells.push_back(make_cell(cells[i], static_cast<int>(i)));
    return row;
}

} // namespace

bool is_rule_row(std::string_view line) {
    bool any_rule = false;
    for (std::string_view cell : split_cells(line)) {
        if (is_blank(cell))
            continue;
        if (!is_rule_cell(cell))
            return false;
        any_rule = true;
    }
    return any_rule;
}

model::Table make_text_table(const std::vector<std::string_view> &row_lines) {
    model::Table table;
    for (std::string_view line : row_lines) {
        if (is_rule_row(line))
            continue;
        table.rows.push_back(make_row(line));
        table.columns = std::max(table.columns, static_cast<int>(table.rows.back().cells.size()));
    }
    return table;
}

} // namespace prikaz::read
