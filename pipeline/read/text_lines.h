// Plain-text exports seen as a sequence of classified lines: text, blank, table row (cells
// separated by tabs) and page break (form feed). The text reader builds blocks from these.
#pragma once

#include <string_view>
#include <vector>

namespace prikaz::read {

struct TextLine {
    enum class Kind { Text, Blank, TableRow, PageBreak };
    Kind kind = Kind::Text;
    std::string_view text; // without the line ending; empty for a page break
};

// Splits UTF-8 text at CRLF, CR, LF and form feed (a form feed becomes its own PageBreak
// line) and classifies the lines. A line is a table row when a tab follows its first visible
// character; a line indented with tabs only is a table row when it directly continues a table
// (its first cells are empty), and otherwise text with an indent. Whitespace-only lines are
// blank.
std::vector<TextLine> split_text_lines(std::string_view text);

} // namespace prikaz::read
