#include "render/docx_cells.h"

#include <string_view>

namespace prikaz::render {

namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// True when the text before a </w:tc> ends with something after which a paragraph is missing.
bool needs_paragraph(std::string_view before) {
    while (!before.empty() && (before.back() == ' ' || before.back() == '\n' ||
                               before.back() == '\r' || before.back() == '\t'))
        before.remove_suffix(1);
    if (ends_with(before, "</w:tcPr>") || ends_with(before, "</w:tbl>") ||
        ends_with(before, "<w:tc>"))
        return true;
    // A start tag with attributes: <w:tc w:...="...">
    size_t open = before.rfind('<');
    return open != std::string_view::npos && before.compare(open, 6, "<w:tc ") == 0 &&
           before.back() == '>' && before[before.size() - 2] != '/';
}

} // namespace

void ensure_cells_end_with_paragraph(std::string &document_xml) {
    constexpr std::string_view close = "</w:tc>";
    size_t at = 0;
    while ((at = document_xml.find(close, at)) != std::string::npos) {
        if (needs_paragraph(std::string_view(document_xml).substr(0, at))) {
            document_xml.insert(at, "<w:p/>");
            at += 6;
        }
        at += close.size();
    }
}

} // namespace prikaz::render
