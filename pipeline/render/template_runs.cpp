// Joining tags split over runs. Word writes "{{ name }}" as "{{" + proofErr + " name " + "}}"
// in three runs with different rsids; LibreOffice splits it into text:spans and text:s. Per
// paragraph, the text that a reader sees is concatenated (only real text: w:t in runs, never
// w:delText or field codes; text nodes of text:p/span/a, text:s as spaces), tags are found in it,
// and each whole tag is moved into the text node it starts in as a <?prikaz-tag N?> PI. Other
// text stays in its run; runs and spans left empty are dropped.
#include "render/template_dom.h"
#include "render/template_xml.h"

#include <algorithm>
#include <set>
#include <string>
#include <variant>

namespace prikaz::render::tpl {

namespace {

struct Piece {
    xmlNode *node;     // a text node, or a text:s element (space_element)
    size_t begin, end; // its place in the paragraph text
    bool space_element;
};

struct ParagraphText {
    std::string text;
    std::vector<Piece> pieces;
};

struct TagSpan {
    size_t begin, end;
    int id;
};

void add_piece(ParagraphText &pt, xmlNode *node, std::string_view text, bool space_element) {
    size_t begin = pt.text.size();
    pt.text.append(text);
    pt.pieces.push_back({node, begin, pt.text.size(), space_element});
}

void add_text_children(ParagraphText &pt, xmlNode *element) {
    for (xmlNode *c = element->children; c; c = c->next)
        if (c->type == XML_TEXT_NODE && c->content)
            add_piece(pt, c, reinterpret_cast<const char *>(c->content), false);
}

// Runs may sit in w:ins, w:hyperlink, w:smartTag, w:sdt/w:sdtContent, w:fldSimple…: descend
// into everything except nested paragraphs (text boxes: handled on their own), deleted or
// moved-away text, field codes and the fallback copy of alternate content.
void collect_docx(xmlNode *parent, ParagraphText &pt) {
    for (xmlNode *c = parent->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is_word(c, "t")) {
            add_text_children(pt, c);
            continue;
        }
        if (is_word(c, "p") || is_word(c, "del") || is_word(c, "moveFrom") ||
            is_word(c, "delText") || is_word(c, "instrText") ||
            is_element(c, kMarkupCompatibilityNs, "Fallback"))
            continue;
        collect_docx(c, pt);
    }
}

std::string spaces_of(const xmlNode *s) {
    long count = 1;
    if (xmlChar *c = xmlGetNsProp(s, reinterpret_cast<const xmlChar *>("c"),
                                  reinterpret_cast<const xmlChar *>(kTextNs))) {
        count = std::clamp(std::atol(reinterpret_cast<const char *>(c)), 1L, 1000L);
        xmlFree(c);
    }
    return std::string(static_cast<size_t>(count), ' ');
}

// ODT: text nodes of the paragraph and of its inline containers. text:s counts as its spaces
// (LibreOffice writes "{{  x }}" as "{{ <text:s/>x }}"); tabs, line breaks, fields, notes,
// frames and annotations are not tag text.
void collect_odt(xmlNode *parent, ParagraphText &pt) {
    for (xmlNode *c = parent->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            add_piece(pt, c, reinterpret_cast<const char *>(c->content), false);
        } else if (is_element(c, kTextNs, "s")) {
            add_piece(pt, c, spaces_of(c), true);
        } else if (is_element(c, kTextNs, "span") || is_element(c, kTextNs, "a") ||
                   is_element(c, kTextNs, "meta") || is_element(c, kTextNs, "ruby-base") ||
                   is_element(c, kTextNs, "ruby")) {
            collect_odt(c, pt);
        }
    }
}

std::vector<TagSpan> find_tags(const std::string &text, Issues &issues) {
    std::vector<TagSpan> spans;
    for (size_t i = 0; i < text.size();) {
        if (!is_tag_opener(text, i)) {
            ++i;
            continue;
        }
        size_t end = find_tag_end(text, i);
        if (end == std::string::npos) {
            issues.push_back({true,
                              "tag is not closed in its paragraph (a tag must open and close "
                              "in the same paragraph)",
                              text.substr(i, 60)});
            break;
        }
        spans.push_back({i, end, -1});
        i = end;
    }
    return spans;
}

std::string prefix_for(xmlNode *holder, Dialect dialect) {
    if (dialect == Dialect::Docx)
        return holder->ns && holder->ns->prefix ? reinterpret_cast<const char *>(holder->ns->prefix)
                                                : "";
    xmlNs *ns = xmlSearchNsByHref(holder->doc, holder, reinterpret_cast<const xmlChar *>(kTextNs));
    if (!ns)
        return "text";
    return ns->prefix ? reinterpret_cast<const char *>(ns->prefix) : "";
}

// libxml2's xmlAddPrevSibling merges adjacent text nodes, which would undo the split between
// text and PI; link by hand instead.
void link_before(xmlNode *ref, xmlNode *n) {
    n->parent = ref->parent;
    n->doc = ref->doc;
    n->next = ref;
    n->prev = ref->prev;
    if (ref->prev)
        ref->prev->next = n;
    else
        ref->parent->children = n;
    ref->prev = n;
}

using Segment = std::variant<std::string, int>; // literal text or tag id

std::vector<Segment> segments_of(const Piece &p, const std::string &text,
                                 const std::vector<TagSpan> &spans) {
    std::vector<Segment> out;
    size_t ti = 0;
    while (ti < spans.size() && spans[ti].end <= p.begin)
        ++ti;
    for (size_t pos = p.begin; pos < p.end;) {
        if (ti < spans.size() && spans[ti].begin <= pos) {
            if (spans[ti].begin >= p.begin)
                out.emplace_back(spans[ti].id);
            pos = std::min(p.end, spans[ti].end);
            if (pos == spans[ti].end)
                ++ti;
        } else {
            size_t next = ti < spans.size() ? std::min(p.end, spans[ti].begin) : p.end;
            out.emplace_back(text.substr(pos, next - pos));
            pos = next;
        }
    }
    return out;
}

bool overlaps(const Piece &p, const std::vector<TagSpan> &spans) {
    for (const TagSpan &s : spans)
        if (s.begin < p.end && p.begin < s.end)
            return true;
    return false;
}

void rewrite_piece(const Piece &p, const std::string &text, const std::vector<TagSpan> &spans,
                   DomTags &found) {
    xmlNode *node = p.node;
    if (!p.space_element) {
        for (const Segment &seg : segments_of(p, text, spans)) {
            xmlNode *n = nullptr;
            if (const std::string *s = std::get_if<std::string>(&seg)) {
                n = xmlNewDocTextLen(node->doc, reinterpret_cast<const xmlChar *>(s->data()),
                                     static_cast<int>(s->size()));
            } else {
                int id = std::get<int>(seg);
                std::string num = std::to_string(id);
                n = xmlNewDocPI(node->doc, reinterpret_cast<const xmlChar *>(kTagPiTarget.data()),
                                reinterpret_cast<const xmlChar *>(num.c_str()));
                found.pis[static_cast<size_t>(id)] = n;
            }
            link_before(node, n);
        }
    }
    xmlUnlinkNode(node);
    xmlFreeNode(node);
}

bool only_properties(const xmlNode *run) {
    for (const xmlNode *c = run->children; c; c = c->next)
        if (c->type != XML_ELEMENT_NODE || !is_word(c, "rPr"))
            return false;
    return true;
}

// After the pieces moved: w:t that keep text must preserve spaces (a piece may now begin or
// end with one); emptied w:t, runs and spans go.
void tidy(xmlNode *holder, Dialect dialect) {
    if (dialect == Dialect::Docx) {
        if (holder->children) {
            xmlNodeSetSpacePreserve(holder, 1);
            return;
        }
        xmlNode *run = holder->parent;
        xmlUnlinkNode(holder);
        xmlFreeNode(holder);
        if (run && is_word(run, "r") && only_properties(run)) {
            xmlUnlinkNode(run);
            xmlFreeNode(run);
        }
        return;
    }
    if (!holder->children &&
        (is_element(holder, kTextNs, "span") || is_element(holder, kTextNs, "a") ||
         is_element(holder, kTextNs, "meta"))) {
        xmlUnlinkNode(holder);
        xmlFreeNode(holder);
    }
}

int depth_of(const xmlNode *n) {
    int d = 0;
    for (; n; n = n->parent)
        ++d;
    return d;
}

void join_in_paragraph(xmlNode *paragraph, Dialect dialect, DomTags &found, Issues &issues) {
    ParagraphText pt;
    if (dialect == Dialect::Docx)
        collect_docx(paragraph, pt);
    else
        collect_odt(paragraph, pt);
    if (pt.text.find('{') == std::string::npos)
        return;
    std::vector<TagSpan> spans = find_tags(pt.text, issues);
    if (spans.empty())
        return;
    for (TagSpan &s : spans) {
        s.id = static_cast<int>(found.tags.size());
        found.tags.push_back(classify_tag(pt.text.substr(s.begin, s.end - s.begin)));
        found.pis.push_back(nullptr);
    }
    // Tag prefixes come from the element holding the piece each tag starts in.
    std::vector<xmlNode *> holders;
    for (const Piece &p : pt.pieces) {
        if (!overlaps(p, spans))
            continue;
        for (const TagSpan &s : spans)
            if (s.begin >= p.begin && s.begin < p.end)
                found.tags[static_cast<size_t>(s.id)].prefix = prefix_for(p.node->parent, dialect);
        if (std::find(holders.begin(), holders.end(), p.node->parent) == holders.end())
            holders.push_back(p.node->parent);
        rewrite_piece(p, pt.text, spans, found);
    }
    // Deepest first, and each removes only itself: a span emptied here may hold another
    // holder, which must not be freed before its own turn.
    std::stable_sort(holders.begin(), holders.end(),
                     [](const xmlNode *a, const xmlNode *b) { return depth_of(a) > depth_of(b); });
    for (xmlNode *h : holders)
        if (h != paragraph)
            tidy(h, dialect);
}

// Reviewer comments (office:annotation) and deleted text kept for change tracking hold
// paragraphs too, but nothing in them is printed: braces there are not tags.
bool hidden_paragraphs(const xmlNode *n) {
    return is_element(n, kOfficeNs, "annotation") || is_element(n, kTextNs, "tracked-changes");
}

void collect_paragraphs(xmlNode *n, Dialect dialect, std::vector<xmlNode *> &out) {
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || hidden_paragraphs(n))
            continue;
        if (is_paragraph(n, dialect))
            out.push_back(n);
        collect_paragraphs(n->children, dialect, out);
    }
}

} // namespace

void join_split_tags(xmlDoc *doc, Dialect dialect, DomTags &found, Issues &issues) {
    // Collected first: joining only edits inside paragraphs, never removes one.
    std::vector<xmlNode *> paragraphs;
    collect_paragraphs(xmlDocGetRootElement(doc), dialect, paragraphs);
    for (xmlNode *p : paragraphs)
        join_in_paragraph(p, dialect, found, issues);
}

} // namespace prikaz::render::tpl
