#include "read/odt_body.h"

#include "read/odt_xml.h"

#include <algorithm>
#include <cstring>

namespace prikaz::read::odt {

namespace {

bool ends_with(const char *s, const char *suffix) {
    size_t n = std::strlen(s);
    size_t m = std::strlen(suffix);
    return n >= m && std::strcmp(s + n - m, suffix) == 0;
}

bool one_of(const char *local, std::initializer_list<const char *> names) {
    return std::any_of(names.begin(), names.end(),
                       [&](const char *n) { return std::strcmp(local, n) == 0; });
}

// Inline elements whose content is not displayed text of the paragraph: notes (their bodies
// are not part of the paragraph), markers, tracked-change marks, annotations (office:), hidden
// text. Drawings are handled before this test; unknown elements show their text.
bool is_hidden_inline(const xmlNode *el) {
    if (in_ns(el, kTextNs))
        return one_of(local_name(el), {"note",
                                       "bookmark",
                                       "bookmark-start",
                                       "bookmark-end",
                                       "reference-mark",
                                       "reference-mark-start",
                                       "reference-mark-end",
                                       "soft-page-break",
                                       "change",
                                       "change-start",
                                       "change-end",
                                       "toc-mark",
                                       "toc-mark-start",
                                       "toc-mark-end",
                                       "alphabetical-index-mark",
                                       "alphabetical-index-mark-start",
                                       "alphabetical-index-mark-end",
                                       "user-index-mark",
                                       "user-index-mark-start",
                                       "user-index-mark-end",
                                       "ruby-text",
                                       "number",
                                       "tracked-changes"}) ||
               attr(el, kTextNs, "is-hidden") == "true";
    return in_ns(el, kOfficeNs);
}

bool is_visible_text(const char *text) {
    for (const char *c = text; *c; ++c)
        if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r')
            return true;
    return false;
}

// A paragraph without visible text is dropped unless it carries a label. Invisible characters
// that finalize() removes (no-break, zero-width spaces, soft hyphens) count as empty too.
bool is_blank(const std::string &text) {
    static const char *const kInvisible[] = {"\xC2\xA0",     "\xC2\xAD",     "\xE2\x80\x8B",
                                             "\xE2\x80\x8C", "\xE2\x80\x8D", "\xE2\x81\xA0",
                                             "\xEF\xBB\xBF", "\xE2\x80\xAF"};
    for (size_t i = 0; i < text.size();) {
        char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
            continue;
        }
        bool skipped = false;
        for (const char *inv : kInvisible) {
            size_t n = std::strlen(inv);
            if (text.compare(i, n, inv) == 0) {
                i += n;
                skipped = true;
                break;
            }
        }
        if (!skipped)
            return false;
    }
    return true;
}

} // namespace

BlockKind classify_block(const char *ns, const char *local) {
    if (std::strcmp(ns, kTextNs) == 0) {
        if (one_of(local, {"p", "h"}))
            return BlockKind::Paragraph;
        if (std::strcmp(local, "list") == 0)
            return BlockKind::List;
        if (std::strcmp(local, "numbered-paragraph") == 0)
            return BlockKind::NumberedParagraph;
        if (ends_with(local, "-source") || ends_with(local, "-decls") ||
            one_of(local, {"tracked-changes", "soft-page-break", "index-title-template",
                           "alphabetical-index-auto-mark-file"}))
            return BlockKind::Ignored;
        return BlockKind::Container; // section, table-of-content, index-body, index-title...
    }
    if (std::strcmp(ns, kTableNs) == 0)
        return std::strcmp(local, "table") == 0 ? BlockKind::Table : BlockKind::Ignored;
    if (std::strcmp(ns, kDrawNs) == 0)
        return BlockKind::Drawing;
    if (std::strcmp(ns, kOfficeNs) == 0)
        return BlockKind::Ignored; // office:annotation, office:forms, office:event-listeners
    return BlockKind::Other;
}

bool is_hidden_section(const std::string &display) {
    return display == "none";
}

BodyWalker::BodyWalker(const StyleSheet &styles, bool page_breaks)
    : styles_(styles), page_breaks_(page_breaks) {}

void BodyWalker::walk(const xmlNode *element, std::vector<model::Block> &out) {
    block(element, out, page_breaks_, ListContext{});
}

void BodyWalker::block(const xmlNode *el, std::vector<model::Block> &out, bool breaks,
                       ListContext list) {
    if (!el || el->type != XML_ELEMENT_NODE)
        return;
    const char *ns = el->ns && el->ns->href ? reinterpret_cast<const char *>(el->ns->href) : "";
    switch (classify_block(ns, local_name(el))) {
    case BlockKind::Paragraph:
        paragraph(el, out, breaks, std::nullopt);
        break;
    case BlockKind::List:
        this->list(el, out, breaks, list);
        break;
    case BlockKind::NumberedParagraph:
        numbered_paragraph(el, out, breaks);
        break;
    case BlockKind::Table:
        table(el, out, breaks);
        break;
    case BlockKind::Drawing:
        drawing(el, out);
        break;
    case BlockKind::Container:
        if (!is_hidden_section(attr(el, kTextNs, "display")))
            children(el, out, breaks, list);
        break;
    case BlockKind::Other:
        children(el, out, breaks, list);
        break;
    case BlockKind::Ignored:
        break;
    }
}

void BodyWalker::children(const xmlNode *el, std::vector<model::Block> &out, bool breaks,
                          ListContext list) {
    for (const xmlNode *c = first_element(el->children); c; c = first_element(c->next))
        block(c, out, breaks, list);
}

void BodyWalker::add_break(std::vector<model::Block> &out) const {
    // A break before the first block, or right after another break, shows no new page.
    if (out.empty() || out.back().kind == model::Block::Kind::Break)
        return;
    out.push_back(model::Block::make_break(model::BreakKind::Page));
}

void BodyWalker::paragraph(const xmlNode *el, std::vector<model::Block> &out, bool breaks,
                           const std::optional<ListLabel> &list_label) {
    const ParagraphStyle &style = styles_.paragraph(attr(el, kTextNs, "style-name"));
    model::Paragraph p;
    p.style = style.name;
    p.align = style.align;
    p.heading_level = heading_level(el, style);
    std::optional<ListLabel> label = list_label;
    if (!label && is(el, kTextNs, "h"))
        label = outline_label(el, p.heading_level);
    if (label) {
        p.list_level = label->level;
        p.label = label->label;
        p.label_auto = !p.label.empty();
    }
    InlineText content;
    inline_children(el, content, Format{style.bold, style.italic});
    p.text = std::move(content.text);
    p.bold = content.any_visible && content.all_bold;
    p.italic = content.any_visible && content.all_italic;

    if (breaks && (style.break_before || style.master_page))
        add_break(out);
    if (!p.label.empty() || !is_blank(p.text))
        out.push_back(model::Block::make_paragraph(std::move(p)));
    for (const xmlNode *d : content.drawings)
        drawing(d, out);
    if (breaks && style.break_after)
        add_break(out);
}

int BodyWalker::heading_level(const xmlNode *el, const ParagraphStyle &style) const {
    int level = style.outline_level;
    if (is(el, kTextNs, "h")) {
        if (auto attr_level = int_attr(el, kTextNs, "outline-level"))
            level = static_cast<int>(std::clamp(*attr_level, 0L, 10L));
        else if (level == 0)
            level = 1; // text:h without a level is a level 1 heading
    }
    return std::clamp(level, 0, 9);
}

// A heading outside lists is numbered by the outline (chapter numbering) style, if any level of
// it has a number format; LibreOffice's default outline style has none.
std::optional<BodyWalker::ListLabel> BodyWalker::outline_label(const xmlNode *el,
                                                               int heading_level) {
    const ListStyle *outline = styles_.outline_style();
    if (!outline || heading_level < 1 || attr(el, kTextNs, "is-list-header") == "true")
        return std::nullopt;
    int level = std::min(heading_level, kListLevels) - 1;
    std::optional<long> restart;
    if (attr(el, kTextNs, "restart-numbering") == "true")
        restart = int_attr(el, kTextNs, "start-value")
                      .value_or(outline->levels[static_cast<size_t>(level)].start_value);
    outline_counters_.count(level, *outline, restart);
    std::string label = outline_counters_.label(level, *outline);
    if (label.empty())
        return std::nullopt;
    return ListLabel{level, label};
}

void BodyWalker::inline_children(const xmlNode *el, InlineText &out, Format format) const {
    for (const xmlNode *c = el->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            append_text(reinterpret_cast<const char *>(c->content), out, format);
        else if (c->type == XML_ELEMENT_NODE)
            inline_element(c, out, format);
    }
}

void BodyWalker::inline_element(const xmlNode *el, InlineText &out, Format format) const {
    if (is(el, kTextNs, "s")) {
        out.text += ' '; // finalize() folds runs of spaces, so text:c needs no repeating
    } else if (is(el, kTextNs, "tab")) {
        out.text += '\t';
    } else if (is(el, kTextNs, "line-break")) {
        out.text += '\n';
    } else if (in_ns(el, kDrawNs)) {
        out.drawings.push_back(el);
    } else if (!is_hidden_inline(el)) {
        if (is(el, kTextNs, "span") || is(el, kTextNs, "a")) {
            TextStyle t = styles_.text(attr(el, kTextNs, "style-name"));
            format.bold = t.bold.value_or(format.bold);
            format.italic = t.italic.value_or(format.italic);
        }
        inline_children(el, out, format); // spans, links, fields: their displayed text
    }
}

void BodyWalker::append_text(const char *text, InlineText &out, Format format) const {
    if (!text)
        return;
    // Tabs and newlines in ODF text content are plain white space (text:tab and
    // text:line-break are the real ones).
    for (const char *c = text; *c; ++c)
        out.text += (*c == '\t' || *c == '\n' || *c == '\r') ? ' ' : *c;
    if (is_visible_text(text)) {
        out.any_visible = true;
        out.all_bold = out.all_bold && format.bold;
        out.all_italic = out.all_italic && format.italic;
    }
}

// A frame or shape: the blocks of its text boxes, in a flow of their own (no page breaks, lists
// restart at level 1). Images and objects carry no text.
void BodyWalker::drawing(const xmlNode *el, std::vector<model::Block> &out) {
    for (const xmlNode *c = first_element(el->children); c; c = first_element(c->next)) {
        if (in_ns(c, kDrawNs))
            drawing(c, out);
        else if (in_ns(c, kTextNs) || is(c, kTableNs, "table"))
            block(c, out, false, ListContext{});
    }
}

} // namespace prikaz::read::odt
