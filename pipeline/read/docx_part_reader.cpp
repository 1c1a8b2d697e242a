#include "read/docx_part_reader.h"

#include "read/docx_xml.h"
#include "read/read_error.h"

#include <cstring>
#include <string_view>
#include <unordered_set>

namespace prikaz::read::docx {

namespace {

// Elements whose content is never displayed as document text: tracked deletions and moves
// away, content-control and custom-XML properties, field instructions, embedded objects,
// note references (footnotes are out of scope), property-change records.
bool is_hidden_word_element(const XmlStream &s) {
    static const std::unordered_set<std::string_view> hidden = {"del",
                                                                "moveFrom",
                                                                "sdtPr",
                                                                "sdtEndPr",
                                                                "customXmlPr",
                                                                "smartTagPr",
                                                                "instrText",
                                                                "delText",
                                                                "delInstrText",
                                                                "object",
                                                                "fldData",
                                                                "footnoteReference",
                                                                "endnoteReference",
                                                                "rt",
                                                                "pPrChange",
                                                                "rPrChange",
                                                                "tblPrChange",
                                                                "trPrChange",
                                                                "tcPrChange",
                                                                "sectPrChange"};
    return is_word_ns(s.namespace_uri()) && hidden.count(s.local_name()) != 0;
}

} // namespace

PartReader::PartReader(XmlStream &stream, const StyleSheet &styles,
                       const NumberingDefinitions &numbering)
    : s_(stream), styles_(styles), numbering_(numbering), counters_(numbering) {}

std::vector<model::Block> PartReader::read_part(const char *container) {
    std::vector<model::Block> blocks;
    while (s_.next()) {
        if (s_.is_start() && w_is(s_, container)) {
            read_blocks(blocks);
            return blocks;
        }
    }
    throw ReadError(s_.file(), "part '" + s_.part() + "' has no w:" + container + " element");
}

void PartReader::read_blocks(std::vector<model::Block> &out) {
    const int depth = s_.depth();
    while (s_.next()) {
        if (s_.is_end() && s_.depth() == depth)
            return;
        if (s_.is_start())
            read_block_element(out);
    }
}

void PartReader::read_block_element(std::vector<model::Block> &out) {
    if (w_is(s_, "p")) {
        read_paragraph(out);
    } else if (w_is(s_, "tbl")) {
        read_table(out);
    } else if (w_is(s_, "sectPr")) {
        read_section_properties(s_.expand());
        s_.skip();
    } else {
        // Wrappers (w:sdt, w:sdtContent, w:customXml, w:ins, w:moveTo, mc:AlternateContent...)
        // are descended into: their blocks come as the next events.
        skip_if_hidden_content();
    }
}

bool PartReader::skip_if_hidden_content() {
    // Of mc:AlternateContent the first choice is read; the fallback repeats the same content
    // for older readers and would duplicate text boxes.
    bool fallback = std::strcmp(s_.local_name(), "Fallback") == 0 &&
                    std::strcmp(s_.namespace_uri(), kMarkupCompatNs) == 0;
    if (!fallback && !is_hidden_word_element(s_))
        return false;
    s_.skip();
    return true;
}

void PartReader::read_section_properties(const xmlNode *sect_pr) {
    for (const xmlNode *n = sect_pr ? sect_pr->children : nullptr; n; n = n->next) {
        bool header = w_is(n, "headerReference");
        if (!header && !w_is(n, "footerReference"))
            continue;
        HeaderFooterRef ref;
        ref.kind = header ? model::HeaderFooter::Kind::Header : model::HeaderFooter::Kind::Footer;
        ref.type = attr(n, "type").value_or("default");
        ref.rel_id = attr_or_empty(n, "id");
        if (!ref.rel_id.empty())
            refs_.push_back(std::move(ref));
    }
}

} // namespace prikaz::read::docx
