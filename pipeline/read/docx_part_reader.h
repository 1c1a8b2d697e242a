// Streams one WordprocessingML content part (document body, header, footer) into model blocks:
// paragraphs with their numbering, runs, fields, tracked changes and text boxes; tables with
// spans, header rows and nesting; page and section breaks.
#pragma once

#include "model/document.h"
#include "read/docx_numbering.h"
#include "read/docx_styles.h"
#include "read/xml_safe.h"

#include <libxml/tree.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace prikaz::read::docx {

// A w:headerReference / w:footerReference of a section.
struct HeaderFooterRef {
    model::HeaderFooter::Kind kind = model::HeaderFooter::Kind::Header;
    std::string type;   // "default", "first", "even"
    std::string rel_id; // relationship id in the document part's .rels
};

class PartReader {
public:
    PartReader(XmlStream &stream, const StyleSheet &styles, const NumberingDefinitions &numbering);

    // Reads the blocks of the part's container element (w:body, w:hdr or w:ftr). Throws
    // ReadError when the part has no such element or is malformed.
    std::vector<model::Block> read_part(const char *container);
    // Header/footer references of all the sections met so far, in document order.
    const std::vector<HeaderFooterRef> &header_footer_refs() const { return refs_; }

private:
    struct ParagraphState;
    struct TableState;

    XmlStream &s_;
    const StyleSheet &styles_;
    const NumberingDefinitions &numbering_;
    ListCounters counters_;
    // Open complex fields (w:fldChar begin..end), true once past "separate": only the result
    // of a field is displayed, its instruction is not.
    std::vector<bool> field_in_result_;
    int fields_in_instruction_ = 0;
    std::vector<HeaderFooterRef> refs_;

    // Blocks (docx_part_reader.cpp)
    void read_blocks(std::vector<model::Block> &out);
    void read_block_element(std::vector<model::Block> &out);
    void read_section_properties(const xmlNode *sect_pr);
    bool skip_if_hidden_content();

    // Tables (docx_table_reader.cpp)
    void read_table(std::vector<model::Block> &out);
    void read_row(TableState &table);
    void read_row_properties(TableState &table, bool &deleted);
    void read_cell(TableState &table);

    // Paragraphs (docx_paragraph_reader.cpp)
    void read_paragraph(std::vector<model::Block> &out);
    void read_paragraph_element(ParagraphState &p);
    void apply_paragraph_properties(ParagraphState &p, const xmlNode *ppr);
    void apply_list_label(ParagraphState &p, int num_id, int level);
    void read_run_properties(ParagraphState &p, const xmlNode *rpr);
    void read_field_char(const std::string &type);
    void read_break(ParagraphState &p);
    void read_symbol(ParagraphState &p);
    void append_text(ParagraphState &p, const std::string &text);
    void flush_part(ParagraphState &p);
    std::string read_element_text();
    bool field_text_visible() const { return fields_in_instruction_ == 0; }
};

} // namespace prikaz::read::docx
