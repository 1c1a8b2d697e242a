#include "read/html_walker.h"

#include "read/html_dom.h"
#include "read/html_style.h"
#include "read/html_table.h"
#include "read/read_error.h"

#include <algorithm>
#include <array>

namespace prikaz::read {

namespace {

// Documents nest a few dozen elements deep; much deeper is an attack on the stack.
constexpr int kMaxDepth = 512;

// Elements whose content is not document text.
constexpr std::array<std::string_view, 13> kSkipped = {
    "head",   "script", "style", "title",  "template", "noscript", "iframe",
    "object", "svg",    "math",  "select", "textarea", "button"};

// Elements that start and end a paragraph (the rest is inline).
constexpr std::array<std::string_view, 43> kBlocks = {
    "address", "article", "aside",  "blockquote", "body", "caption", "center",   "dd",
    "details", "dialog",  "dir",    "div",        "dl",   "dt",      "fieldset", "figcaption",
    "figure",  "footer",  "form",   "h1",         "h2",   "h3",      "h4",       "h5",
    "h6",      "header",  "hgroup", "hr",         "html", "legend",  "li",       "listing",
    "main",    "menu",    "nav",    "ol",         "p",    "pre",     "section",  "summary",
    "table",   "ul",      "xmp"};

template <size_t N>
bool contains(const std::array<std::string_view, N> &set, std::string_view name) {
    return std::find(set.begin(), set.end(), name) != set.end();
}

bool is_list(std::string_view name) {
    return name == "ol" || name == "ul" || name == "menu" || name == "dir";
}

int heading_level(std::string_view name) {
    if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')
        return name[1] - '0';
    return 0;
}

bool is_html_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Visible: anything but HTML whitespace and no-break spaces (U+00A0 is C2 A0 in UTF-8).
bool has_visible_text(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
        if (is_html_space(s[i]))
            continue;
        if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
            ++i;
            continue;
        }
        return true;
    }
    return false;
}

// What an element changes in the context it passes to its content.
HtmlContext derive_context(const xmlNode *node, const HtmlContext &context,
                           const HtmlElementStyle &style, bool is_block) {
    std::string_view name = element_name(node);
    HtmlContext inner = context;
    if (name == "b" || name == "strong")
        inner.bold = true;
    if (name == "i" || name == "em" || name == "cite" || name == "var" || name == "dfn")
        inner.italic = true;
    inner.bold = style.bold.value_or(inner.bold);
    inner.italic = style.italic.value_or(inner.italic);
    if (!is_block)
        return inner;
    if (name == "center")
        inner.align = model::Align::Center;
    if (style.align && name != "table") // a table's align places the table, not its text
        inner.align = *style.align;
    if (int level = heading_level(name))
        inner.heading = level;
    if (name == "pre" || name == "listing" || name == "xmp")
        inner.pre = true;
    inner.style = html_attribute(node, "class");
    return inner;
}

// Word's HTML export writes "downlevel-revealed" conditional comments such as
// <![if !supportLists]>...<![endif]>, which libxml2 keeps as text; the markers go, the text
// between them (a typed list label) stays, as Word displays it.
std::string_view next_piece(std::string_view &text) {
    size_t open = text.find("<![");
    if (open == std::string_view::npos) {
        std::string_view piece = text;
        text = {};
        return piece;
    }
    size_t close = text.find("]>", open);
    std::string_view inside = text.substr(open + 3);
    bool conditional = close != std::string_view::npos &&
                       (inside.substr(0, 2) == "if" || inside.substr(0, 5) == "endif");
    size_t piece_end = conditional ? open : open + 3;
    std::string_view piece = text.substr(0, piece_end);
    text = text.substr(conditional ? close + 2 : piece_end);
    return piece;
}

// Text with HTML whitespace collapsed to single spaces (finalize trims the lines).
void append_collapsed(std::string &out, std::string_view text) {
    for (char c : text) {
        if (!is_html_space(c))
            out += c;
        else if (out.empty() || out.back() != ' ')
            out += ' ';
    }
}

// <pre> text: line ends normalised to "\n", everything else kept.
void append_preformatted(std::string &out, std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            out += text[i];
        }
    }
}

} // namespace

HtmlWalker::HtmlWalker(std::vector<model::Block> &out, const std::string &file, bool in_cell)
    : out_(out), file_(file), in_cell_(in_cell) {}

void HtmlWalker::walk_content(const xmlNode *parent, const HtmlContext &context, int depth) {
    walk_children(parent, context, depth);
    flush(context);
    emit_pending_label(context);
    if (!in_cell_ && !out_.empty() && out_.back().kind == model::Block::Kind::Break)
        out_.pop_back();
}

void HtmlWalker::walk_children(const xmlNode *parent, const HtmlContext &context, int depth) {
    for (const xmlNode *child = parent->children; child; child = child->next)
        walk(child, context, depth);
}

void HtmlWalker::walk(const xmlNode *node, const HtmlContext &context, int depth) {
    switch (node->type) {
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
        if (node->content)
            add_text(reinterpret_cast<const char *>(node->content), context);
        break;
    case XML_ELEMENT_NODE:
        element(node, context, depth + 1);
        break;
    default: // comments, processing instructions, the doctype
        break;
    }
}

void HtmlWalker::element(const xmlNode *node, const HtmlContext &context, int depth) {
    std::string_view name = element_name(node);
    if (contains(kSkipped, name))
        return;
    if (depth > kMaxDepth)
        throw ReadError(file_,
                        "HTML elements nested more than " + std::to_string(kMaxDepth) + " deep");
    if (name == "br") {
        line_break(node, context);
        return;
    }
    HtmlElementStyle style = html_element_style(node);
    bool is_block = contains(kBlocks, name) || name == "td" || name == "th";
    HtmlContext inner = derive_context(node, context, style, is_block);
    if (style.break_before) {
        flush(context);
        add_break();
    }
    if (is_block)
        block(node, context, inner, depth);
    else
        walk_children(node, inner, depth);
    if (style.break_after) {
        flush(is_block ? inner : context);
        add_break();
    }
}

// Text before a block belongs to the enclosing block, the block's own text to it.
void HtmlWalker::block(const xmlNode *node, const HtmlContext &context, const HtmlContext &inner,
                       int depth) {
    std::string_view name = element_name(node);
    flush(context);
    if (name == "table")
        add_table(node, context, depth);
    else if (is_list(name))
        add_list(node, inner, depth);
    else if (name == "li")
        add_list_item(node, context, inner, depth);
    else
        walk_children(node, inner, depth);
    flush(inner);
}

void HtmlWalker::line_break(const xmlNode *br, const HtmlContext &context) {
    HtmlElementStyle style = html_element_style(br);
    if (style.break_before || style.break_after) { // Word's <br style="page-break-before:always">
        flush(context);
        add_break();
        return;
    }
    text_ += '\n';
}

void HtmlWalker::add_text(const char *utf8, const HtmlContext &context) {
    bool visible = false;
    for (std::string_view rest(utf8); !rest.empty();) {
        std::string_view piece = next_piece(rest);
        if (context.pre)
            append_preformatted(text_, piece);
        else
            append_collapsed(text_, piece);
        visible = visible || has_visible_text(piece);
    }
    if (!visible)
        return;
    visible_ = true;
    all_bold_ = all_bold_ && context.bold;
    all_italic_ = all_italic_ && context.italic;
}

// Ends the paragraph being collected. Without visible text nothing is emitted and a pending
// list label waits for the next paragraph of its item.
void HtmlWalker::flush(const HtmlContext &context) {
    if (visible_) {
        model::Paragraph p;
        p.text = std::move(text_);
        p.bold = all_bold_;
        p.italic = all_italic_;
        p.align = context.align;
        p.heading_level = context.heading;
        p.style = context.style;
        if (pending_.active) {
            p.label = pending_.label;
            p.label_auto = !pending_.label.empty();
            p.list_level = pending_.level;
            pending_.active = false;
        }
        out_.push_back(model::Block::make_paragraph(std::move(p)));
    }
    text_.clear();
    visible_ = false;
    all_bold_ = true;
    all_italic_ = true;
}

// A list item whose content starts with a nested list or table, or is empty, still shows
// its label: it becomes an otherwise empty paragraph.
void HtmlWalker::emit_pending_label(const HtmlContext &context) {
    if (!pending_.active)
        return;
    pending_.active = false;
    if (pending_.label.empty())
        return;
    model::Paragraph p;
    p.label = pending_.label;
    p.label_auto = true;
    p.list_level = pending_.level;
    p.align = context.align;
    out_.push_back(model::Block::make_paragraph(std::move(p)));
}

// A page break between blocks: none in cells, at the start, or doubled.
void HtmlWalker::add_break() {
    if (in_cell_ || out_.empty() || out_.back().kind == model::Block::Kind::Break)
        return;
    out_.push_back(model::Block::make_break(model::BreakKind::Page));
}

void HtmlWalker::add_list(const xmlNode *list, const HtmlContext &inner, int depth) {
    emit_pending_label(inner);
    lists_.emplace_back(list);
    walk_children(list, inner, depth);
    lists_.pop_back();
}

void HtmlWalker::add_list_item(const xmlNode *item, const HtmlContext &context,
                               const HtmlContext &inner, int depth) {
    emit_pending_label(context);
    pending_.active = true;
    pending_.label = lists_.empty() ? "\u2022" : lists_.back().next_label(item);
    pending_.level = lists_.empty() ? 0 : static_cast<int>(lists_.size()) - 1;
    walk_children(item, inner, depth);
    flush(inner);
    emit_pending_label(inner);
}

void HtmlWalker::add_table(const xmlNode *table, const HtmlContext &context, int depth) {
    emit_pending_label(context);
    for (const xmlNode *child = table->children; child; child = child->next)
        if (is_element(child, "caption"))
            element(child, context, depth + 1);
    HtmlTableReaders readers;
    readers.read_cell = [&](const xmlNode *td, model::Cell &cell) { read_cell(td, cell, depth); };
    readers.read_misplaced = [&](const xmlNode *node) {
        walk(node, context, depth);
        flush(context);
    };
    model::Table built = build_html_table(table, readers);
    if (!built.rows.empty())
        out_.push_back(model::Block::make_table(std::move(built)));
}

void HtmlWalker::read_cell(const xmlNode *td, model::Cell &cell, int depth) {
    HtmlContext context;
    if (td->parent && is_element(td->parent, "tr"))
        context = derive_context(td->parent, context, html_element_style(td->parent), true);
    context = derive_context(td, context, html_element_style(td), true);
    HtmlWalker cell_walker(cell.blocks, file_, true);
    cell_walker.walk_content(td, context, depth + 1);
}

} // namespace prikaz::read
