// Template part XML -> one string in which every tag is a processing instruction
// <?prikaz-tag N?> standing where the tag's output belongs. On the libxml2 DOM:
//  * tags that Word/LibreOffice split over several runs (proofErr, bookmarks, rsids, spans,
//    text:s between the pieces) are joined into the text node they start in;
//  * {%p / {%tr / {%tc tags replace their paragraph / table row / table cell (in ODT the
//    paragraph's text:list-item/text:list chain when it is their only content).
// Marking tags with PIs rather than leaving "{{ … }}" in the text means only real tag text in
// paragraphs counts: braces in field codes, deleted text or attribute values stay literal.
#pragma once

#include "render/template_ast.h"

#include <string>
#include <string_view>
#include <vector>

namespace prikaz::render::tpl {

inline constexpr std::string_view kTagPiTarget = "prikaz-tag";

struct PreparedXml {
    bool ok = false;           // false: the XML could not be parsed (an error is in issues)
    std::string xml;           // serialised part, UTF-8, with XML declaration
    std::vector<TagInfo> tags; // tags[N] for <?prikaz-tag N?>
};

PreparedXml prepare_xml(std::string_view xml, Dialect dialect, Issues &issues);

} // namespace prikaz::render::tpl
