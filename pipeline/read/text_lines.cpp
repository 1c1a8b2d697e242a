#include "read/text_lines.h"

namespace prikaz::read {

namespace {

bool is_space_or_tab(char c) {
    return c == ' ' || c == '\t';
}

// The shape of a line, before the neighbouring lines are known.
enum class Shape { Blank, Text, Indented, Cells };

Shape shape_of(std::string_view line) {
    size_t first = 0;
    while (first < line.size() && is_space_or_tab(line[first]))
        ++first;
    if (first == line.size())
        return Shape::Blank;
    if (line.find('\t', first) != std::string_view::npos)
        return Shape::Cells;
    return line.substr(0, first).find('\t') != std::string_view::npos ? Shape::Indented
                                                                      : Shape::Text;
}

// Splits at CRLF, CR, LF and form feed; a form feed yields a PageBreak entry.
std::vector<TextLine> split_raw(std::string_view text) {
    std::vector<TextLine> lines;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        bool end = i == text.size();
        char c = end ? '\n' : text[i];
        if (c != '\n' && c != '\r' && c != '\f')
            continue;
        if (!end || start < i) // no empty line after the final line ending
            lines.push_back({TextLine::Kind::Text, text.substr(start, i - start)});
        if (c == '\f')
            lines.push_back({TextLine::Kind::PageBreak, {}});
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    return lines;
}

} // namespace

std::vector<TextLine> split_text_lines(std::string_view text) {
    std::vector<TextLine> lines = split_raw(text);
    bool after_table_row = false; // the previous non-blank line is a table row
    for (TextLine &line : lines) {
        if (line.kind == TextLine::Kind::PageBreak)
            continue;
        switch (shape_of(line.text)) {
        case Shape::Blank:
            line.kind = TextLine::Kind::Blank;
            continue;
        case Shape::Cells:
            line.kind = TextLine::Kind::TableRow;
            break;
        case Shape::Indented:
            line.kind = after_table_row ? TextLine::Kind::TableRow : TextLine::Kind::Text;
            break;
        case Shape::Text:
            line.kind = TextLine::Kind::Text;
            break;
        }
        after_table_row = line.kind == TextLine::Kind::TableRow;
    }
    return lines;
}

} // namespace prikaz::read
