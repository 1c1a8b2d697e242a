// DOM helpers shared by the two compile-time rewrites of a template part (template_runs.cpp:
// joining split tags; template_hoist.cpp: structural tags). Namespaces are matched by URI, never
// by prefix: a part may bind WordprocessingML or ODF text to any prefix.
#pragma once

#include "render/template_ast.h"

#include <libxml/tree.h>

#include <vector>

namespace prikaz::render::tpl {

inline constexpr const char *kWordNs =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char *kWordStrictNs = "http://purl.oclc.org/ooxml/wordprocessingml/main";
inline constexpr const char *kTextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
inline constexpr const char *kOfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
inline constexpr const char *kTableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
inline constexpr const char *kMarkupCompatibilityNs =
    "http://schemas.openxmlformats.org/markup-compatibility/2006";

bool is_element(const xmlNode *n, const char *ns, const char *local);
bool is_word(const xmlNode *n, const char *local); // transitional or strict WordprocessingML
bool is_paragraph(const xmlNode *n, Dialect dialect);

// The tags found in the DOM so far: tags[N] is marked by the PI pis[N].
struct DomTags {
    std::vector<TagInfo> tags;
    std::vector<xmlNode *> pis;
};

// Finds every tag in every paragraph, joins its pieces and puts <?prikaz-tag N?> in its place.
void join_split_tags(xmlDoc *doc, Dialect dialect, DomTags &found, Issues &issues);

// Replaces the paragraph/row/cell of each {%p / {%tr / {%tc tag by the tag's PI.
void hoist_structural_tags(Dialect dialect, DomTags &found, Issues &issues);

} // namespace prikaz::render::tpl
