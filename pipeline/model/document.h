// The central document model: what every reader produces and every later stage consumes.
// Readers fill it; model/finalize.h then normalises text and assigns source ids, so that
// extraction never needs to know which format a document came from.
#pragma once

#include <string>
#include <vector>

namespace prikaz::model {

enum class Align { Unspecified, Left, Center, Right, Justify };
const char *align_name(Align a); // nullptr for Unspecified

// Where a block came from. `id` is stable and human-readable:
//   "b12"            the 13th block of the body
//   "b5/r2/c1/b0"    first block of cell 1 of row 2 of the table that is body block 5
//   "h0/b1"          second block of the first header/footer
// It is assigned by finalize(), never by readers.
struct SourcePos {
    std::string id;
};

struct Paragraph {
    std::string text;        // NFC UTF-8; "\n" marks a line break inside the paragraph, "\t" a tab
    std::string label;       // numbering label as displayed: "3.2.1.", "1)", "а)", "•"
    bool label_auto = false; // label produced by list auto-numbering (not typed in the text)
    int list_level = -1;     // 0-based level in a list, -1 when not a list item
    int heading_level = 0;   // 0 = body text, 1..9 = heading / outline level
    Align align = Align::Unspecified;
    bool bold = false;   // the whole paragraph's text is bold
    bool italic = false; // the whole paragraph's text is italic
    std::string style;   // style name as the source calls it (may be empty)
};

struct Block;

struct Cell {
    std::vector<Block> blocks; // paragraphs and nested tables
    int column = 0;            // grid column where the cell starts
    int col_span = 1;
    int row_span = 1; // >1 on the first cell of a vertical merge; covered cells are not stored
    // Text of all paragraphs, labels included, joined by "\n" (nested tables flattened).
    std::string text() const;
};

struct Row {
    std::vector<Cell> cells;
    bool header = false; // marked as a header row (repeated across pages in the source)
};

struct Table {
    std::vector<Row> rows;
    int columns = 0; // grid width
};

enum class BreakKind { Page, Section };

struct Block {
    enum class Kind { Paragraph, Table, Break };
    Kind kind = Kind::Paragraph;
    Paragraph paragraph;                    // when kind == Paragraph
    Table table;                            // when kind == Table
    BreakKind break_kind = BreakKind::Page; // when kind == Break
    SourcePos source;

    static Block make_paragraph(Paragraph p);
    static Block make_table(Table t);
    static Block make_break(BreakKind k);
};

enum class Format { Text, Docx, Odt, Fodt, Html };
const char *format_name(Format f);

struct HeaderFooter {
    enum class Kind { Header, Footer };
    Kind kind = Kind::Header;
    std::string type; // "default", "first" or "even" (ODT left pages are "even"); may be empty
    std::vector<Block> blocks;
};

struct Document {
    std::string source_name; // file name as given to the reader
    Format format = Format::Text;
    std::string encoding; // detected source encoding for text/HTML ("UTF-8", "windows-1251", ...)
    std::vector<Block> body;
    std::vector<HeaderFooter> headers_footers;
};

} // namespace prikaz::model
