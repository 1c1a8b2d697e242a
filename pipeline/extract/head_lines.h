// The head of a document as a flat list of lines: every paragraph line ("\n") and every
// tab-separated part of a line becomes one HeadLine, so that a header typed as one paragraph
// with line breaks, as several paragraphs, or as "date<TAB>number" reads the same. Paragraphs
// in the cells of a layout table (a small table used to place requisites side by side) are
// read row by row, cell by cell.
#pragma once

#include "model/document.h"
#include "record/record.h"

#include <cstddef>
#include <string>
#include <vector>

namespace prikaz::extract {

struct HeadLine {
    std::string text;      // trimmed, never empty, no "\n" or "\t"
    size_t block = 0;      // body block index (the table's index for a cell paragraph)
    std::string source_id; // model id of the paragraph ("b3", "b0/r0/c1/b0")
    int begin = 0;         // code points of `text` in the paragraph text
    int end = 0;
    int paragraph = 0; // ordinal of the source paragraph; lines of one paragraph share it
    bool first_in_paragraph = false;
    bool whole_paragraph = false; // `text` is the paragraph's whole (trimmed) text
    const model::Paragraph *para = nullptr;
};

// Lines of the first blocks (of the body or of a page header) that can hold the head. Stops before
// a numbered paragraph (a point is never head), before a table that is not a layout table, and
// after `max_blocks` body blocks.
std::vector<HeadLine> collect_head_lines(const std::vector<model::Block> &blocks,
                                         size_t max_blocks = 40);

// The paragraph text collapsed to one line ("\n", "\t" → " ").
std::string paragraph_line(const HeadLine &line);

// Lines `which` (indices into `lines`, in order) joined with single spaces, with their Source:
// the paragraph's id alone when they are its whole text or come from several paragraphs, the
// paragraph's id and the code-point range when they are a contiguous part of one paragraph.
// With `part_begin`/`part_end` (code points of the joined text) only that part is taken.
record::Text join_lines(const std::vector<HeadLine> &lines, const std::vector<size_t> &which,
                        int part_begin = -1, int part_end = -1);

// A value that is the code-point range [begin, end) of one line.
record::Text line_part(const HeadLine &line, int begin, int end);

} // namespace prikaz::extract
