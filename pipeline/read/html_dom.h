// Small helpers over libxml2's HTML DOM (element and attribute names are lower case there).
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace prikaz::read {

inline std::string_view element_name(const xmlNode *node) {
    return node->type == XML_ELEMENT_NODE && node->name
               ? std::string_view(reinterpret_cast<const char *>(node->name))
               : std::string_view();
}

inline bool is_element(const xmlNode *node, std::string_view name) {
    return element_name(node) == name;
}

// The attribute's value, or "" when absent.
std::string html_attribute(const xmlNode *node, const char *name);

// The attribute as an integer, or `fallback` when absent or not a number.
int html_int_attribute(const xmlNode *node, const char *name, int fallback);

} // namespace prikaz::read
