// check_balance (template_parser.h): the element nesting effect of each if/for branch.
#include "render/template_parser.h"

#include <string_view>
#include <vector>

namespace prikaz::render::tpl {

namespace {

// What a stretch of literal XML does to the open-element stack: which enclosing elements it
// closes (in order) and which it leaves open (in order).
struct Effect {
    std::vector<std::string_view> closed;
    std::vector<std::string_view> opened;
    bool crossed = false; // closes an element it did not open in the middle of others
};

size_t name_end(std::string_view xml, size_t i) {
    while (i < xml.size() && xml[i] != '>' && xml[i] != '/' && xml[i] != ' ' && xml[i] != '\t' &&
           xml[i] != '\n' && xml[i] != '\r')
        ++i;
    return i;
}

// The '>' ending a start tag, skipping quoted attribute values.
size_t start_tag_end(std::string_view xml, size_t i) {
    char quote = 0;
    for (; i < xml.size(); ++i) {
        char c = xml[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i;
        }
    }
    return xml.size();
}

void apply_literal(std::string_view xml, Effect &e) {
    for (size_t i = xml.find('<'); i != std::string_view::npos && i + 1 < xml.size();
         i = xml.find('<', i)) {
        char c = xml[i + 1];
        if (c == '?' || c == '!') {
            size_t end = xml.find(c == '?' ? "?>" : (xml.substr(i, 4) == "<!--" ? "-->" : ">"), i);
            i = end == std::string_view::npos ? xml.size() : end + 1;
            continue;
        }
        if (c == '/') {
            size_t ne = name_end(xml, i + 2);
            std::string_view name = xml.substr(i + 2, ne - i - 2);
            if (e.opened.empty())
                e.closed.push_back(name);
            else if (e.opened.back() == name)
                e.opened.pop_back();
            else
                e.crossed = true;
            i = ne;
            continue;
        }
        size_t ne = name_end(xml, i + 1);
        size_t gt = start_tag_end(xml, ne);
        if (gt < xml.size() && xml[gt - 1] != '/')
            e.opened.push_back(xml.substr(i + 1, ne - i - 1));
        i = gt;
    }
}

bool restores(const Block &body) {
    Effect e;
    for (const Node &n : body)
        if (n.kind == Node::Kind::Text)
            apply_literal(n.text,
                          e); // prints write text only; nested blocks are checked themselves
    if (e.crossed || e.closed.size() != e.opened.size())
        return false;
    for (size_t i = 0; i < e.opened.size(); ++i)
        if (e.opened[i] != e.closed[e.closed.size() - 1 - i])
            return false;
    return true;
}

} // namespace

void check_balance(const Block &body, const std::vector<TagInfo> &tags, Issues &issues) {
    for (const Node &n : body) {
        std::vector<const Block *> parts;
        if (n.kind == Node::Kind::If)
            for (const Branch &b : n.branches)
                parts.push_back(&b.body);
        else if (n.kind == Node::Kind::For)
            parts.push_back(&n.body);
        else
            continue;
        parts.push_back(&n.else_body);
        bool reported = false;
        for (const Block *b : parts) {
            if (!reported && !restores(*b)) {
                issues.push_back({true,
                                  "the tags of this block sit at different levels of the XML "
                                  "(e.g. one inside a table cell or hyperlink, its end tag "
                                  "outside it): the output would be malformed",
                                  tags[static_cast<size_t>(n.tag)].text});
                reported = true;
            }
            check_balance(*b, tags, issues);
        }
    }
}

} // namespace prikaz::render::tpl
