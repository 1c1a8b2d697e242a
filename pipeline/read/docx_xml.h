// Small helpers shared by the DOCX reader's parts: WordprocessingML namespaces (transitional and
// strict), element tests on the XmlStream, attribute access on DOM nodes of small parts, and the
// OOXML on/off and integer value rules.
#pragma once

#include "read/xml_safe.h"

#include <optional>
#include <string>

namespace prikaz::read::docx {

inline constexpr const char *kWordNs =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char *kWordStrictNs = "http://purl.oclc.org/ooxml/wordprocessingml/main";
inline constexpr const char *kMarkupCompatNs =
    "http://schemas.openxmlformats.org/markup-compatibility/2006";
inline constexpr const char *kMathNs = "http://schemas.openxmlformats.org/officeDocument/2006/math";

bool is_word_ns(const char *uri);

// Stream tests: the current node is a WordprocessingML element called `local`.
bool w_is(const XmlStream &s, const char *local);
// A w:-namespaced attribute of the current element ("" when absent).
std::string w_attr(const XmlStream &s, const char *local);

// DOM access for the small parts and the expanded property elements (pPr, rPr, tcPr...).
bool w_is(const xmlNode *n, const char *local);
const xmlNode *w_child(const xmlNode *n, const char *local); // first w:`local` child or null
// An attribute by local name whatever its namespace (w:val, r:id, strict variants).
std::optional<std::string> attr(const xmlNode *n, const char *local);
std::string attr_or_empty(const xmlNode *n, const char *local);
// w:val of the w:`local` child, if that child exists.
std::optional<std::string> child_val(const xmlNode *n, const char *local);

// ST_OnOff of a toggle element: present without w:val means on; "0", "false", "off" mean off.
bool on_off(const std::optional<std::string> &val);
// The toggle w:`local` below `props` (rPr, pPr, trPr): nullopt when the element is absent.
std::optional<bool> toggle(const xmlNode *props, const char *local);
// A decimal integer, nullopt when `text` is not one (no exceptions on bad input).
std::optional<int> to_int(const std::string &text);

} // namespace prikaz::read::docx
