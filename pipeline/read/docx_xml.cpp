#include "read/docx_xml.h"

#include <charconv>
#include <cstring>

namespace prikaz::read::docx {

bool is_word_ns(const char *uri) {
    return uri && (std::strcmp(uri, kWordNs) == 0 || std::strcmp(uri, kWordStrictNs) == 0);
}

bool w_is(const XmlStream &s, const char *local) {
    return std::strcmp(s.local_name(), local) == 0 && is_word_ns(s.namespace_uri());
}

std::string w_attr(const XmlStream &s, const char *local) {
    std::string v = s.attribute(kWordNs, local);
    if (v.empty() && s.has_attribute(kWordStrictNs, local))
        v = s.attribute(kWordStrictNs, local);
    return v;
}

bool w_is(const xmlNode *n, const char *local) {
    return n && n->type == XML_ELEMENT_NODE &&
           std::strcmp(reinterpret_cast<const char *>(n->name), local) == 0 && n->ns &&
           is_word_ns(reinterpret_cast<const char *>(n->ns->href));
}

const xmlNode *w_child(const xmlNode *n, const char *local) {
    if (!n)
        return nullptr;
    for (const xmlNode *c = n->children; c; c = c->next)
        if (w_is(c, local))
            return c;
    return nullptr;
}

std::optional<std::string> attr(const xmlNode *n, const char *local) {
    if (!n)
        return std::nullopt;
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (std::strcmp(reinterpret_cast<const char *>(a->name), local) != 0)
            continue;
        std::string out;
        for (const xmlNode *t = a->children; t; t = t->next)
            if (t->content)
                out += reinterpret_cast<const char *>(t->content);
        return out;
    }
    return std::nullopt;
}

std::string attr_or_empty(const xmlNode *n, const char *local) {
    return attr(n, local).value_or(std::string());
}

std::optional<std::string> child_val(const xmlNode *n, const char *local) {
    const xmlNode *c = w_child(n, local);
    if (!c)
        return std::nullopt;
    return attr_or_empty(c, "val");
}

bool on_off(const std::optional<std::string> &val) {
    return !val || !(*val == "0" || *val == "false" || *val == "off");
}

std::optional<bool> toggle(const xmlNode *props, const char *local) {
    const xmlNode *c = w_child(props, local);
    if (!c)
        return std::nullopt;
    return on_off(attr(c, "val"));
}

std::optional<int> to_int(const std::string &text) {
    int value = 0;
    const char *begin = text.data();
    const char *end = begin + text.size();
    if (begin != end && *begin == '+')
        ++begin;
    auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || begin == end)
        return std::nullopt;
    return value;
}

} // namespace prikaz::read::docx
