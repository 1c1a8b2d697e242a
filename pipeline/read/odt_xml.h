// Small helpers shared by the ODT/FODT reader's parts: the OpenDocument namespaces and access to
// DOM nodes (element tests, attributes, numbers) of the expanded elements and the style parts.
#pragma once

#include <libxml/tree.h>

#include <optional>
#include <string>

namespace prikaz::read::odt {

inline constexpr const char *kOfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
inline constexpr const char *kStyleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
inline constexpr const char *kTextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
inline constexpr const char *kTableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
inline constexpr const char *kDrawNs = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
inline constexpr const char *kFoNs = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
inline constexpr const char *kXmlNs = "http://www.w3.org/XML/1998/namespace";
inline constexpr const char *kLoextNs =
    "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0";

// The node is an element in namespace `ns` called `local`.
bool is(const xmlNode *n, const char *ns, const char *local);
// The node is an element in namespace `ns` (any name).
bool in_ns(const xmlNode *n, const char *ns);
const char *local_name(const xmlNode *n); // "" for non-elements

// Attribute `ns`:`local` of an element; "" / nullopt when absent.
std::string attr(const xmlNode *n, const char *ns, const char *local);
std::optional<std::string> attr_opt(const xmlNode *n, const char *ns, const char *local);
// A decimal integer attribute; nullopt when absent or not a number (never throws).
std::optional<long> int_attr(const xmlNode *n, const char *ns, const char *local);

// First element child of `n` in namespace `ns` called `local`, or null.
const xmlNode *child(const xmlNode *n, const char *ns, const char *local);

// Next element sibling starting at `n` itself (null when none): for loops over element children,
//   for (auto *c = first_element(n->children); c; c = first_element(c->next))
const xmlNode *first_element(const xmlNode *n);

} // namespace prikaz::read::odt
