// The content walker shared by the ODT and FODT readers: turns ODF text content (DOM subtrees:
// the body's top-level elements expanded one at a time from the stream, or a header/footer)
// into model blocks: paragraphs and headings with their list labels, tables, page breaks and the
// paragraphs of text boxes.
#pragma once

#include "model/document.h"
#include "read/odt_numbering.h"
#include "read/odt_styles.h"

#include <libxml/tree.h>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace prikaz::read::odt {

// What a block-level element is, by its name (shared by the stream and the DOM walker).
enum class BlockKind {
    Paragraph, // text:p, text:h
    List,      // text:list
    NumberedParagraph,
    Table,     // table:table
    Container, // text:section, index bodies...: their children are blocks
    Drawing,   // draw:frame and other shapes: their text boxes hold blocks
    Ignored,   // tracked changes (deleted text), annotations, index sources, declarations
    Other,     // unknown: its children are walked as blocks
};
BlockKind classify_block(const char *ns, const char *local);
// A container's text:display value that hides it (sections LibreOffice keeps hidden).
bool is_hidden_section(const std::string &display);

class BodyWalker {
public:
    // `page_breaks`: emit model::Break blocks (the body; not headers and footers).
    BodyWalker(const StyleSheet &styles, bool page_breaks);

    // Appends the blocks of one block-level element to `out`.
    void walk(const xmlNode *element, std::vector<model::Block> &out);

private:
    // Where the walk is in a list: the logical list's counters, its style and the level.
    struct ListContext {
        ListCounters *counters = nullptr;
        const ListStyle *style = nullptr;
        int level = -1;
    };
    // The list label a paragraph receives from its list item.
    struct ListLabel {
        int level = -1;
        std::string label;
    };
    // Text and formatting gathered from a paragraph's inline content.
    struct InlineText {
        std::string text;
        bool any_visible = false;
        bool all_bold = true;
        bool all_italic = true;
        std::vector<const xmlNode *> drawings; // text boxes: their blocks follow the paragraph
    };
    struct Format {
        bool bold = false;
        bool italic = false;
    };

    const StyleSheet &styles_;
    bool page_breaks_;
    std::vector<std::unique_ptr<ListCounters>> lists_;
    std::unordered_map<std::string, ListCounters *> lists_by_id_;
    std::unordered_map<std::string, ListCounters *> last_list_by_style_;
    ListCounters outline_counters_;

    void block(const xmlNode *el, std::vector<model::Block> &out, bool breaks, ListContext list);
    void children(const xmlNode *el, std::vector<model::Block> &out, bool breaks, ListContext list);
    void add_break(std::vector<model::Block> &out) const;

    // Paragraphs (odt_body.cpp)
    void paragraph(const xmlNode *el, std::vector<model::Block> &out, bool breaks,
                   const std::optional<ListLabel> &list_label);
    int heading_level(const xmlNode *el, const ParagraphStyle &style) const;
    std::optional<ListLabel> outline_label(const xmlNode *el, int heading_level);
    void inline_children(const xmlNode *el, InlineText &out, Format format) const;
    void inline_element(const xmlNode *el, InlineText &out, Format format) const;
    void append_text(const char *text, InlineText &out, Format format) const;
    void drawing(const xmlNode *el, std::vector<model::Block> &out);

    // Lists (odt_list_walk.cpp)
    void list(const xmlNode *el, std::vector<model::Block> &out, bool breaks, ListContext list);
    void list_item(const xmlNode *el, std::vector<model::Block> &out, bool breaks,
                   const ListContext &list, bool header);
    void numbered_paragraph(const xmlNode *el, std::vector<model::Block> &out, bool breaks);
    ListCounters *open_list(const xmlNode *el, const std::string &style_name);
    std::string list_style_name(const xmlNode *list) const;

    // Tables (odt_table.cpp)
    void table(const xmlNode *el, std::vector<model::Block> &out, bool breaks);
    void table_part(const xmlNode *el, model::Table &table, bool header, long &declared_columns);
    void table_row(const xmlNode *el, model::Table &table, bool header);
    model::Cell table_cell(const xmlNode *el, long column);
};

} // namespace prikaz::read::odt
