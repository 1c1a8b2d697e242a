#include "read/odt_xml.h"

#include <charconv>
#include <cstring>

namespace prikaz::read::odt {

namespace {
const xmlChar *xc(const char *s) {
    return reinterpret_cast<const xmlChar *>(s);
}
} // namespace

bool in_ns(const xmlNode *n, const char *ns) {
    return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           std::strcmp(reinterpret_cast<const char *>(n->ns->href), ns) == 0;
}

bool is(const xmlNode *n, const char *ns, const char *local) {
    return in_ns(n, ns) && std::strcmp(reinterpret_cast<const char *>(n->name), local) == 0;
}

const char *local_name(const xmlNode *n) {
    if (!n || n->type != XML_ELEMENT_NODE || !n->name)
        return "";
    return reinterpret_cast<const char *>(n->name);
}

std::optional<std::string> attr_opt(const xmlNode *n, const char *ns, const char *local) {
    if (!n || n->type != XML_ELEMENT_NODE)
        return std::nullopt;
    xmlChar *v = xmlGetNsProp(n, xc(local), xc(ns));
    if (!v)
        return std::nullopt;
    std::string out(reinterpret_cast<const char *>(v));
    xmlFree(v);
    return out;
}

std::string attr(const xmlNode *n, const char *ns, const char *local) {
    return attr_opt(n, ns, local).value_or(std::string());
}

std::optional<long> int_attr(const xmlNode *n, const char *ns, const char *local) {
    std::optional<std::string> text = attr_opt(n, ns, local);
    if (!text)
        return std::nullopt;
    const char *begin = text->data();
    const char *end = begin + text->size();
    while (begin < end && *begin == ' ')
        ++begin;
    if (begin < end && *begin == '+')
        ++begin;
    long value = 0;
    auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr == begin)
        return std::nullopt;
    return value;
}

const xmlNode *first_element(const xmlNode *n) {
    while (n && n->type != XML_ELEMENT_NODE)
        n = n->next;
    return n;
}

const xmlNode *child(const xmlNode *n, const char *ns, const char *local) {
    if (!n)
        return nullptr;
    for (const xmlNode *c = first_element(n->children); c; c = first_element(c->next))
        if (is(c, ns, local))
            return c;
    return nullptr;
}

} // namespace prikaz::read::odt
