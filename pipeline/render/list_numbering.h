// Restarting multi-level list numbering in rendered parts. A template numbers its points with
// one list (DOCX: a w:num of numbering.xml; ODT: a list style). When a structural loop repeats
// a numbered paragraph, the copies must go on numbering ("1.", "2.", "3."), and when an outer
// loop repeats the whole list (points of every appendix), each copy must start again at "1.".
// The template engine marks structural loops with <?prikaz-loop?>, <?prikaz-next?> and
// <?prikaz-end?>; these passes read the markers, set the numbering and delete them.
//
// Rule: a first-level numbered paragraph continues the list of the previous one with the same
// numbering when both sit in the same iteration of every loop around them except the innermost
// (which is the loop that repeats the items themselves); otherwise it starts a new list.
// Numbering outside any structural loop is left as the template has it.
// Both passes assume the standard prefixes Word and LibreOffice write (w:, text:, xml:).
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace prikaz::render {

struct DocxNumbering {
    std::map<int, int> abstract_of_num; // w:numId -> w:abstractNumId
    int next_num_id = 1;                // first unused w:numId
};

DocxNumbering read_docx_numbering(std::string_view numbering_xml);

// Rewrites `document_xml` (numIds of restarted lists, markers removed) and returns the <w:num>
// elements the restarts need, to be added to numbering.xml with add_docx_nums.
std::string restart_docx_lists(std::string &document_xml, const DocxNumbering &numbering);
void add_docx_nums(std::string &numbering_xml, const std::string &nums);

// Rewrites the outermost text:list elements repeated by loops in `content_xml` (continue or
// restart numbering; xml:id and text:continue-list dropped, since copies would repeat them) and
// removes the markers.
void restart_odt_lists(std::string &content_xml);

// Only removes the markers (parts without numbered lists: headers, footers, styles).
void strip_loop_markers(std::string &xml);

} // namespace prikaz::render
