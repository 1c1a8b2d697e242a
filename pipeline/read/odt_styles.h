// ODF styles (office:styles, office:automatic-styles) resolved into what the document model
// needs: a paragraph style's name, outline level, alignment, bold/italic, page breaks and list
// style, following style:parent-style-name; text styles' bold/italic; table styles' breaks;
// list styles and the outline (chapter numbering) style.
#pragma once

#include "model/document.h"
#include "read/odt_numbering.h"

#include <libxml/tree.h>

#include <optional>
#include <string>
#include <unordered_map>

namespace prikaz::read::odt {

// A paragraph style with everything inherited from its parents (and the default style) applied.
struct ParagraphStyle {
    std::string name;      // display name of the named style (automatic "P1" → its parent's)
    int outline_level = 0; // style:default-outline-level, 0 when none
    model::Align align = model::Align::Unspecified;
    bool bold = false;
    bool italic = false;
    bool break_before = false; // fo:break-before="page"
    bool break_after = false;  // fo:break-after="page"
    bool master_page = false;  // style:master-page-name set: starts a new page
    std::string list_style_name;
};

// Character formatting that a text style sets; unset fields inherit from the enclosing text.
struct TextStyle {
    std::optional<bool> bold;
    std::optional<bool> italic;
};

struct TableStyle {
    bool break_before = false;
    bool break_after = false;
    bool master_page = false;
};

class StyleSheet {
public:
    // Reads the style:style, style:default-style, text:list-style and text:outline-style children
    // of an office:styles (automatic = false) or office:automatic-styles element.
    void add(const xmlNode *container, bool automatic);

    const ParagraphStyle &paragraph(const std::string &name) const;
    TextStyle text(const std::string &name) const;
    TableStyle table(const std::string &name) const;
    const ListStyle *list_style(const std::string &name) const; // null when unknown
    const ListStyle *outline_style() const;                     // null when none

private:
    struct Style {
        std::string name;
        std::string display_name;
        std::string parent;
        bool automatic = false;
        std::optional<model::Align> align;
        std::optional<bool> bold;
        std::optional<bool> italic;
        std::optional<bool> break_before;
        std::optional<bool> break_after;
        std::optional<int> outline_level;
        std::optional<std::string> list_style_name;
        std::optional<std::string> master_page_name;
    };
    std::unordered_map<std::string, Style> named_;     // key: family + ':' + name
    std::unordered_map<std::string, Style> automatic_; // key: family + ':' + name
    std::unordered_map<std::string, Style> defaults_;  // key: family
    std::unordered_map<std::string, ListStyle> named_lists_;
    std::unordered_map<std::string, ListStyle> automatic_lists_;
    std::optional<ListStyle> outline_;
    mutable std::unordered_map<std::string, ParagraphStyle> paragraph_cache_;

    void read_style(const xmlNode *node, bool automatic);
    const Style *find(const std::string &family, const std::string &name) const;
    const Style *find_parent(const std::string &family, const Style &style) const;
    ParagraphStyle resolve_paragraph(const std::string &name) const;
};

} // namespace prikaz::read::odt
