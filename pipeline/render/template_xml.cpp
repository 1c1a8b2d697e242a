// Parsing and serialising a template part with libxml2 around the two DOM rewrites. Parts come
// from template packages a user may have downloaded: no network, no DTD, no entity expansion,
// and a DOCTYPE (never present in a real DOCX/ODT part) is refused outright.
#include "render/template_xml.h"

#include "render/template_dom.h"

#include <libxml/parser.h>

#include <climits>
#include <memory>

namespace prikaz::render::tpl {

namespace {

constexpr int kParseOptions =
    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;

struct DocFree {
    void operator()(xmlDoc *d) const { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

std::string describe(const xmlError *err) {
    if (!err || !err->message)
        return "malformed XML";
    std::string msg = err->message;
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' '))
        msg.pop_back();
    return "malformed XML at line " + std::to_string(err->line) + ": " + msg;
}

// A DOCTYPE can only come in the prolog; checked before parsing so that no entity
// declaration is ever read.
bool has_doctype(std::string_view xml) {
    size_t root = xml.find('<');
    while (root != std::string_view::npos && root + 1 < xml.size() &&
           (xml[root + 1] == '?' || xml.substr(root, 4) == "<!--")) {
        size_t end = xml[root + 1] == '?' ? xml.find("?>", root) : xml.find("-->", root);
        if (end == std::string_view::npos)
            return false;
        root = xml.find('<', end);
    }
    return root != std::string_view::npos && xml.substr(root, 9) == "<!DOCTYPE";
}

DocPtr parse(std::string_view xml, Issues &issues) {
    if (has_doctype(xml)) {
        issues.push_back({true, "the part has a document type declaration; refused", ""});
        return nullptr;
    }
    if (xml.size() > static_cast<size_t>(INT_MAX)) {
        issues.push_back({true, "the part is too large", ""});
        return nullptr;
    }
    static const bool initialised = (xmlInitParser(), true);
    (void)initialised;
    xmlParserCtxt *ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        issues.push_back({true, "out of memory creating an XML parser", ""});
        return nullptr;
    }
    DocPtr doc(xmlCtxtReadMemory(ctxt, xml.data(), static_cast<int>(xml.size()), "part", nullptr,
                                 kParseOptions));
    bool well_formed = doc && ctxt->wellFormed && xmlDocGetRootElement(doc.get());
    if (!well_formed)
        issues.push_back({true, describe(xmlCtxtGetLastError(ctxt)), ""});
    xmlFreeParserCtxt(ctxt);
    if (!well_formed)
        return nullptr;
    if (doc->intSubset) {
        issues.push_back({true, "the part has a document type declaration; refused", ""});
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
    DocPtr doc = parse(xml, issues);
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
