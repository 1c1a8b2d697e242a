#include "render/template_dom.h"

#include <cstring>

namespace prikaz::render::tpl {

bool is_element(const xmlNode *n, const char *ns, const char *local) {
    return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           std::strcmp(reinterpret_cast<const char *>(n->name), local) == 0 &&
           std::strcmp(reinterpret_cast<const char *>(n->ns->href), ns) == 0;
}

bool is_word(const xmlNode *n, const char *local) {
    return is_element(n, kWordNs, local) || is_element(n, kWordStrictNs, local);
}

bool is_paragraph(const xmlNode *n, Dialect dialect) {
    if (dialect == Dialect::Docx)
        return is_word(n, "p");
    return is_element(n, kTextNs, "p") || is_element(n, kTextNs, "h");
}

} // namespace prikaz::render::tpl
