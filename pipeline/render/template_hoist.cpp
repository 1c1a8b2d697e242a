// Structural tags. "{%p for x in xs %}" alone in a paragraph means "repeat the paragraphs up to
// {%p endfor %}", so the paragraph holding it must vanish and the tag stand between paragraphs:
// the serialised part then reads "…</w:p><?prikaz-tag N?><w:p>…". Likewise {%tr (table row) and
// {%tc (table cell). In ODT a list paragraph is wrapped in text:list-item/text:list; when the
// paragraph is all they hold, the whole wrapper goes, so no empty list item is left behind.
#include "render/template_dom.h"
#include "render/template_xml.h"

#include <algorithm>
#include <map>

namespace prikaz::render::tpl {

namespace {

bool is_row(const xmlNode *n, Dialect d) {
    return d == Dialect::Docx ? is_word(n, "tr") : is_element(n, kTableNs, "table-row");
}

bool is_cell(const xmlNode *n, Dialect d) {
    return d == Dialect::Docx ? is_word(n, "tc")
                              : is_element(n, kTableNs, "table-cell") ||
                                    is_element(n, kTableNs, "covered-table-cell");
}

template <typename Pred> xmlNode *ancestor(xmlNode *n, Pred pred) {
    for (xmlNode *a = n ? n->parent : nullptr; a; a = a->parent)
        if (pred(a))
            return a;
    return nullptr;
}

// Elements that do not make a list item "hold something else": LibreOffice's rendered number
// and page-break hints.
bool ignorable_sibling(const xmlNode *n) {
    return n->type != XML_ELEMENT_NODE || is_element(n, kTextNs, "soft-page-break") ||
           is_element(n, kTextNs, "number");
}

bool only_content(const xmlNode *parent, const xmlNode *child) {
    for (const xmlNode *c = parent->children; c; c = c->next)
        if (c != child && !ignorable_sibling(c))
            return false;
    return true;
}

xmlNode *climb_odt_lists(xmlNode *n) {
    while (n->parent && only_content(n->parent, n) &&
           (is_element(n->parent, kTextNs, "list-item") ||
            is_element(n->parent, kTextNs, "list-header") ||
            is_element(n->parent, kTextNs, "list")))
        n = n->parent;
    return n;
}

const char *scope_name(TagScope s) {
    switch (s) {
    case TagScope::Paragraph:
        return "paragraph";
    case TagScope::Row:
        return "table row";
    case TagScope::Cell:
        return "table cell";
    default:
        return "";
    }
}

xmlNode *target_of(xmlNode *pi, TagScope scope, Dialect d) {
    if (scope == TagScope::Row)
        return ancestor(pi, [d](const xmlNode *a) { return is_row(a, d); });
    if (scope == TagScope::Cell)
        return ancestor(pi, [d](const xmlNode *a) { return is_cell(a, d); });
    xmlNode *p = ancestor(pi, [d](const xmlNode *a) { return is_paragraph(a, d); });
    return p && d == Dialect::Odt ? climb_odt_lists(p) : p;
}

int tag_id(const xmlNode *n) {
    if (n->type != XML_PI_NODE || !n->name || !n->content ||
        kTagPiTarget != reinterpret_cast<const char *>(n->name))
        return -1;
    return std::atoi(reinterpret_cast<const char *>(n->content));
}

// Document-order walk of `target`: its structural PIs (moved out in this order) and whether
// anything else that would print is lost with it (text or inline tags).
void scan_target(xmlNode *n, const DomTags &found, std::vector<xmlNode *> &structural,
                 bool &drops) {
    for (xmlNode *c = n->children; c; c = c->next) {
        int id = tag_id(c);
        if (id >= 0) {
            if (found.tags[static_cast<size_t>(id)].scope != TagScope::Inline)
                structural.push_back(c);
            else if (found.tags[static_cast<size_t>(id)].kind != TagKind::Comment)
                drops = true;
        } else if (c->type == XML_TEXT_NODE && c->content) {
            for (const xmlChar *p = c->content; *p; ++p)
                if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
                    drops = true;
        }
        scan_target(c, found, structural, drops);
    }
}

} // namespace

void hoist_structural_tags(Dialect dialect, DomTags &found, Issues &issues) {
    std::vector<xmlNode *> order;          // targets, in order of their first tag
    std::map<xmlNode *, int> first_tag_of; // target -> first tag id (for messages)
    for (size_t id = 0; id < found.tags.size(); ++id) {
        const TagInfo &tag = found.tags[id];
        if (tag.scope == TagScope::Inline || !found.pis[id])
            continue;
        xmlNode *target = target_of(found.pis[id], tag.scope, dialect);
        if (!target) {
            issues.push_back(
                {true, std::string("structural tag is not inside a ") + scope_name(tag.scope),
                 tag.text});
            continue;
        }
        if (first_tag_of.emplace(target, static_cast<int>(id)).second)
            order.push_back(target);
    }
    // A target inside another target (a {%p in a row that a {%tr replaces) goes with the outer.
    std::vector<xmlNode *> outer;
    for (xmlNode *t : order)
        if (!ancestor(t, [&](const xmlNode *a) {
                return first_tag_of.count(const_cast<xmlNode *>(a)) > 0;
            }))
            outer.push_back(t);
    for (xmlNode *target : outer) {
        std::vector<xmlNode *> structural;
        bool drops = false;
        scan_target(target, found, structural, drops);
        if (drops)
            issues.push_back({false,
                              "text and tags beside a structural tag are dropped with its " +
                                  std::string(scope_name(
                                      found.tags[static_cast<size_t>(first_tag_of[target])].scope)),
                              found.tags[static_cast<size_t>(first_tag_of[target])].text});
        for (xmlNode *pi : structural) {
            xmlUnlinkNode(pi);
            xmlAddPrevSibling(target, pi);
        }
        xmlUnlinkNode(target);
        xmlFreeNode(target);
    }
    // Inline PIs were freed with their targets: no pointer into the DOM is kept past here.
    found.pis.assign(found.pis.size(), nullptr);
}

} // namespace prikaz::render::tpl
