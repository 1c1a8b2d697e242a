// Walks libxml2's HTML DOM and builds model blocks: paragraphs from block elements (text
// collected across inline elements), lists with their displayed labels, tables (via
// read/html_table.h) and page breaks from CSS.
#pragma once

#include "model/document.h"
#include "read/html_list.h"

#include <libxml/tree.h>

#include <string>
#include <vector>

namespace prikaz::read {

// What an element passes on to its content.
struct HtmlContext {
    bool bold = false;
    bool italic = false;
    bool pre = false; // <pre>: whitespace and line ends kept
    model::Align align = model::Align::Unspecified;
    int heading = 0;
    std::string style; // class attribute of the innermost block element
};

class HtmlWalker {
public:
    // Blocks go to `out`; `file` names the document in errors. In a table cell no page
    // breaks are produced.
    HtmlWalker(std::vector<model::Block> &out, const std::string &file, bool in_cell);

    // Walks the children of `parent` (a document or a cell) and flushes the last paragraph.
    void walk_content(const xmlNode *parent, const HtmlContext &context, int depth);

private:
    // Label of the <li> being read, given to its first paragraph.
    struct PendingLabel {
        bool active = false;
        std::string label;
        int level = 0;
    };

    std::vector<model::Block> &out_;
    const std::string &file_;
    bool in_cell_;
    std::vector<HtmlList> lists_;
    PendingLabel pending_;
    // The paragraph being collected.
    std::string text_;
    bool visible_ = false;
    bool all_bold_ = true;
    bool all_italic_ = true;

    void walk_children(const xmlNode *parent, const HtmlContext &context, int depth);
    void walk(const xmlNode *node, const HtmlContext &context, int depth);
    void element(const xmlNode *node, const HtmlContext &context, int depth);
    void block(const xmlNode *node, const HtmlContext &context, const HtmlContext &inner,
               int depth);
    void line_break(const xmlNode *br, const HtmlContext &context);
    void add_text(const char *utf8, const HtmlContext &context);
    void flush(const HtmlContext &context);
    void emit_pending_label(const HtmlContext &context);
    void add_break();
    void add_list(const xmlNode *list, const HtmlContext &inner, int depth);
    void add_list_item(const xmlNode *item, const HtmlContext &context, const HtmlContext &inner,
                       int depth);
    void add_table(const xmlNode *table, const HtmlContext &context, int depth);
    void read_cell(const xmlNode *td, model::Cell &cell, int depth);
};

} // namespace prikaz::read
