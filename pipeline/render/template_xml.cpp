// Parsing and serialising a template part with libxml2 around the two DOM rewrites. Parts come
// from template packages a user may have downloaded: no network, no DTD, no entity expansion,
// and a DOCTYPE (never present in a real DOCX/ODT part) is refused outright.
#include "render/template_xml.h"

#include "read/read_error.h"
#include "read/xml_safe.h"
#include "render/template_dom.h"

#include <libxml/parser.h>

#include <climits>

namespace prikaz::render::tpl {

namespace {

// The same safe libxml2 set-up as the readers (read/xml_safe.h: no network, no DTD, a DOCTYPE
// refused before parsing); a template's problems become issues instead of exceptions.
read::XmlDocPtr parse(std::string_view xml, Issues &issues) {
    if (xml.size() > static_cast<size_t>(INT_MAX)) {
        issues.push_back({true, "the part is too large", ""});
        return nullptr;
    }
    read::XmlDocPtr doc;
    try {
        doc = read::parse_xml_dom(xml, "template", "part");
    } catch (const read::ReadError &e) {
        issues.push_back({true, e.problem(), ""});
        return nullptr;
    }
    if (!xmlDocGetRootElement(doc.get())) {
        issues.push_back({true, "malformed XML: the part has no root element", ""});
        return nullptr;
    }
    return doc;
}

// PIs named like ours in the input would be read as tags (or as numbering markers by the
// renderer): they cannot come from Word or LibreOffice, so drop them.
void drop_own_pis(xmlNode *n) {
    while (n) {
        xmlNode *next = n->next;
        if (n->type == XML_PI_NODE && n->name &&
            std::string_view(reinterpret_cast<const char *>(n->name)).substr(0, 7) == "prikaz-") {
            xmlUnlinkNode(n);
            xmlFreeNode(n);
        } else if (n->type == XML_ELEMENT_NODE) {
            drop_own_pis(n->children);
        }
        n = next;
    }
}

std::string serialise(xmlDoc *doc) {
    xmlChar *mem = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(doc, &mem, &size, "UTF-8");
    std::string out =
        mem ? std::string(reinterpret_cast<const char *>(mem), static_cast<size_t>(size))
            : std::string();
    xmlFree(mem);
    return out;
}

} // namespace

PreparedXml prepare_xml(std::string_view xml, Dialect dialect, Issues &issues) {
    PreparedXml out;
    read::XmlDocPtr doc = parse(xml, issues);
    if (!doc)
        return out;
    drop_own_pis(doc->children);
    DomTags found;
    join_split_tags(doc.get(), dialect, found, issues);
    hoist_structural_tags(dialect, found, issues);
    out.xml = serialise(doc.get());
    out.tags = std::move(found.tags);
    out.ok = !out.xml.empty();
    if (!out.ok)
        issues.push_back({true, "the part could not be serialised", ""});
    return out;
}

} // namespace prikaz::render::tpl
