// Reading the cells of plan tables: a cell's text as the record keeps it, where it came from,
// and what a measure number looks like.
#pragma once

#include "model/document.h"
#include "record/record.h"

#include <string>

namespace prikaz::extract {

// The cell's paragraphs (labels included) joined, line breaks and tabs collapsed to spaces.
std::string cell_text(const model::Cell &cell);

// The cell's value with its source: the cell's first paragraph; the whole paragraph is meant
// (begin/end -1), and for a cell of several paragraphs the value is joined from all of them.
record::Text cell_value(const model::Cell &cell);

// The cell's text with its lines kept (each trimmed, blank ones dropped, joined by "\n"): a
// "responsible" cell often lists one party per line («Гладких М.А.» / «Лыкова С.П.»).
std::string cell_lines(const model::Cell &cell);

// «1.1», «3.4.», «5», «2.1.3»: the number of a measure (or of a section, when single-level).
bool is_measure_number(const std::string &text);

// «3.4.» → «3.4»: the number without its trailing dot or bracket.
std::string strip_number(const std::string &text);

// The source id of the first paragraph of a cell, "" for an empty cell.
std::string first_block_id(const model::Cell &cell);

} // namespace prikaz::extract
