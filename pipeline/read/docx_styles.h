// word/styles.xml: paragraph and character styles with their basedOn chains resolved into the
// properties the model needs (name, heading level, alignment, numbering, bold/italic).
#pragma once

#include "read/docx_props.h"

#include <libxml/tree.h>

#include <optional>
#include <string>
#include <unordered_map>

namespace prikaz::read::docx {

// Heading level of an OOXML outline level (0-based; 9 and out of range mean body text).
int heading_level_from_outline(int outline_level);

// A paragraph style with everything inherited from its basedOn ancestors already applied.
struct ResolvedParagraphStyle {
    std::string name;      // w:name, else the style id; "" for the document default
    int heading_level = 0; // from w:outlineLvl or a "heading N" / "Заголовок N" name
    ParagraphProps para;   // numbering, alignment, page break (style_id left empty)
    RunProps run;          // the style's run properties over the document defaults
};

class StyleSheet {
public:
    StyleSheet() = default;
    // Reads the DOM of word/styles.xml; a null document gives an empty style sheet.
    explicit StyleSheet(const xmlDoc *styles);

    bool has(const std::string &id) const;
    // The paragraph style `id` (the default paragraph style when `id` is empty or unknown).
    const ResolvedParagraphStyle &paragraph_style(const std::string &id) const;
    // The run properties of the character style `id`, basedOn applied; empty when unknown.
    const RunProps &character_style(const std::string &id) const;
    // The numId of the numbering style `id` (for abstractNum/w:numStyleLink).
    std::optional<int> numbering_style_num_id(const std::string &id) const;

private:
    struct Style {
        std::string name;
        std::string based_on;
        ParagraphProps para;
        RunProps run;
    };
    std::unordered_map<std::string, Style> styles_;
    std::string default_paragraph_style_;
    RunProps document_run_defaults_;
    // Resolved styles, cached: every paragraph and run asks for its style.
    mutable std::unordered_map<std::string, ResolvedParagraphStyle> resolved_;
    mutable std::unordered_map<std::string, RunProps> resolved_character_;

    void read_style(const xmlNode *node);
    ResolvedParagraphStyle resolve(const std::string &id) const;
    RunProps resolve_character(const std::string &id) const;
};

} // namespace prikaz::read::docx
