// The list part of the content walker: text:list, text:list-item, text:list-header and
// text:numbered-paragraph, with LibreOffice's numbering semantics (see ListCounters).
#include "read/odt_body.h"

#include "read/odt_xml.h"

#include <algorithm>

namespace prikaz::read::odt {

namespace {

const ListStyle kNoListStyle; // a list without a known style shows no labels

// The first paragraph of a list, looking through its items and nested lists.
const xmlNode *first_list_paragraph(const xmlNode *list, int depth = 0) {
    if (depth > kListLevels)
        return nullptr;
    for (const xmlNode *item = first_element(list->children); item;
         item = first_element(item->next)) {
        for (const xmlNode *c = first_element(item->children); c; c = first_element(c->next)) {
            if (is(c, kTextNs, "p") || is(c, kTextNs, "h"))
                return c;
            if (is(c, kTextNs, "list"))
                if (const xmlNode *p = first_list_paragraph(c, depth + 1))
                    return p;
        }
    }
    return nullptr;
}

// The first child that decides how an item is numbered (a paragraph, a nested list...), past
// page-break marks and the text:number fallback text.
const xmlNode *first_content_child(const xmlNode *item) {
    for (const xmlNode *c = first_element(item->children); c; c = first_element(c->next))
        if (!is(c, kTextNs, "soft-page-break") && !is(c, kTextNs, "number"))
            return c;
    return nullptr;
}

bool is_paragraph(const xmlNode *n) {
    return is(n, kTextNs, "p") || is(n, kTextNs, "h");
}

} // namespace

// The list style comes from the outermost text:list, else from its paragraphs' style.
std::string BodyWalker::list_style_name(const xmlNode *list) const {
    std::string name = attr(list, kTextNs, "style-name");
    if (name.empty())
        if (const xmlNode *p = first_list_paragraph(list))
            name = styles_.paragraph(attr(p, kTextNs, "style-name")).list_style_name;
    return name;
}

// The counters an outermost list numbers with: those of the list named by text:continue-list,
// of the last list with the same style when text:continue-numbering="true", else new ones.
ListCounters *BodyWalker::open_list(const xmlNode *el, const std::string &style_name) {
    ListCounters *counters = nullptr;
    std::string continued = attr(el, kTextNs, "continue-list");
    if (!continued.empty()) {
        if (auto it = lists_by_id_.find(continued); it != lists_by_id_.end())
            counters = it->second;
    } else if (attr(el, kTextNs, "continue-numbering") == "true") {
        if (auto it = last_list_by_style_.find(style_name); it != last_list_by_style_.end())
            counters = it->second;
    }
    if (!counters) {
        lists_.push_back(std::make_unique<ListCounters>());
        counters = lists_.back().get();
    }
    for (const char *ns : {kXmlNs, kTextNs}) {
        std::string id = attr(el, ns, "id");
        if (!id.empty())
            lists_by_id_[id] = counters;
    }
    last_list_by_style_[style_name] = counters;
    return counters;
}

void BodyWalker::list(const xmlNode *el, std::vector<model::Block> &out, bool breaks,
                      ListContext context) {
    if (!context.counters) {
        std::string style_name = list_style_name(el);
        const ListStyle *style = styles_.list_style(style_name);
        context.style = style ? style : &kNoListStyle;
        context.counters = open_list(el, style_name);
        context.level = 0;
    } else {
        // Nested lists continue the outer list one level down; deeper than the style's levels
        // they stay on the last one.
        context.level = std::min(context.level + 1, kListLevels - 1);
    }
    for (const xmlNode *c = first_element(el->children); c; c = first_element(c->next)) {
        if (is(c, kTextNs, "list-item"))
            list_item(c, out, breaks, context, false);
        else if (is(c, kTextNs, "list-header"))
            list_item(c, out, breaks, context, true);
    }
}

// The first paragraph of an item carries its label; further paragraphs are unnumbered
// continuations at the same level. An item whose first child is a nested list has no number
// of its own; a list header has none at all.
void BodyWalker::list_item(const xmlNode *el, std::vector<model::Block> &out, bool breaks,
                           const ListContext &context, bool header) {
    std::optional<long> restart = int_attr(el, kTextNs, "start-value");
    const xmlNode *first = first_content_child(el);
    bool wrapper = first && is(first, kTextNs, "list");
    bool numbered = header || wrapper; // true: no paragraph of this item gets a label
    if (wrapper && !header)
        context.counters->touch(context.level, *context.style, restart);
    for (const xmlNode *c = first_element(el->children); c; c = first_element(c->next)) {
        if (is_paragraph(c)) {
            ListLabel label{context.level, {}};
            if (!numbered) {
                context.counters->count(context.level, *context.style, restart);
                label.label = context.counters->label(context.level, *context.style);
                numbered = true;
            }
            paragraph(c, out, breaks, label);
        } else if (is(c, kTextNs, "list")) {
            list(c, out, breaks, context);
        } else {
            block(c, out, breaks, ListContext{}); // lists in tables and sections start anew
        }
    }
}

// ODF 1.2's alternative to nested lists: one paragraph at text:level of the list text:list-id.
void BodyWalker::numbered_paragraph(const xmlNode *el, std::vector<model::Block> &out,
                                    bool breaks) {
    const xmlNode *p = first_element(el->children);
    while (p && !is_paragraph(p))
        p = first_element(p->next);
    if (!p)
        return;
    std::string style_name = attr(el, kTextNs, "style-name");
    if (style_name.empty())
        style_name = styles_.paragraph(attr(p, kTextNs, "style-name")).list_style_name;
    const ListStyle *style = styles_.list_style(style_name);
    if (!style)
        style = &kNoListStyle;
    std::string list_id = attr(el, kTextNs, "list-id");
    ListCounters *&counters = lists_by_id_[list_id];
    if (!counters || list_id.empty()) {
        lists_.push_back(std::make_unique<ListCounters>());
        counters = lists_.back().get();
    }
    int level = static_cast<int>(
        std::clamp(int_attr(el, kTextNs, "level").value_or(1), 1L, long{kListLevels}) - 1);
    ListLabel label{level, {}};
    if (attr(el, kTextNs, "is-list-header") != "true") {
        counters->count(level, *style, int_attr(el, kTextNs, "start-value"));
        label.label = counters->label(level, *style);
    }
    paragraph(p, out, breaks, label);
}

} // namespace prikaz::read::odt
