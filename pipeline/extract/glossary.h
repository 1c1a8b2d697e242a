// The glossary of abbreviations, from anywhere in the document:
//   1. explicit lists under a heading «В тексте приняты следующие сокращения:», «Список
//      сокращений», «Используемые сокращения» — lines «ОМСУ – органы местного
//      самоуправления» with –, —, " - ", ":" or "=" between the abbreviation and its meaning,
//      items of the heading's own line separated by ";", or a two-column table after it;
//   2. definitions in running text «школы с низкими образовательными результатами (далее –
//      ШНОР)» in the preamble, points, appendices and table cells.
// Explicit lists come first; a term is kept once (first definition wins, compared by case-folded
// abbreviation). List items must be abbreviations (a word with two capitals: «ОМСУ», «ВсОШ»),
// so that the list ends at the first line of ordinary text. A «(далее – X)» definition may
// also name a short form that is no abbreviation («(далее – Конкурс)», «(далее – план
// мероприятий)»): any name of at most four words.
// Both sides of a «(далее – X)» definition are put into the nominative (nominative.h), using the
// case governed by the word before the phrase («со школами с низкими …» → «школы с низкими …»).
#pragma once

#include "model/document.h"
#include "record/record.h"

#include <optional>
#include <string>
#include <vector>

namespace prikaz::extract {

void extract_glossary(const model::Document &doc, record::Record &rec);

// A heading that opens an explicit list; `rest` receives what follows it on its line.
bool is_glossary_heading(const std::string &text, std::string *rest = nullptr);

// «ОМСУ – органы местного самоуправления;» → {ОМСУ, органы местного самоуправления}.
std::optional<record::GlossaryTerm> parse_glossary_line(const std::string &line);

// Every «(далее – X)» definition in a paragraph's text whose X is a short name.
std::vector<record::GlossaryTerm> defined_terms(const std::string &text,
                                                const std::string &block_id);

// Where the full name of `abbr` starts in `text_before` (a byte offset):
//   an abbreviation: the words whose initials spell it, read backwards («… школами с низкими
//     образовательными результатами» for ШНОР; hyphenated parts count, short function words
//     may be skipped, at most two other words);
//   a short name: the closest word before it with the same stem as its first word
//     («Комплекса» for «Комплекс мер», «конкурс» for «Конкурс») and the adjectives before that
//     word («муниципальный конкурс …»);
//   otherwise: back to the previous comma, semicolon, colon, sentence start or preposition,
//     at most eight words.
size_t full_name_start(const std::string &text_before, const std::string &abbr);

} // namespace prikaz::extract
