// ODT (zip package) and FODT (flat XML) readers. Both feed the same pieces: StyleSheet for
// styles and list styles, BodyWalker for content. The body is streamed: each top-level element
// of office:text is expanded to a small DOM, walked and released. Headers and footers come from
// office:master-styles (styles.xml in ODT, the single document in FODT).
#include "model/finalize.h"
#include "read/format_readers.h"
#include "read/odt_body.h"
#include "read/odt_styles.h"
#include "read/odt_xml.h"
#include "read/read_error.h"
#include "read/xml_safe.h"

#include <cstring>

namespace prikaz::read {

namespace {

using odt::kOfficeNs;

struct HeaderFooterElement {
    const char *local;
    model::HeaderFooter::Kind kind;
    const char *type;
};

constexpr HeaderFooterElement kHeaderFooterElements[] = {
    {"header", model::HeaderFooter::Kind::Header, "default"},
    {"header-first", model::HeaderFooter::Kind::Header, "first"},
    {"header-left", model::HeaderFooter::Kind::Header, "even"},
    {"footer", model::HeaderFooter::Kind::Footer, "default"},
    {"footer-first", model::HeaderFooter::Kind::Footer, "first"},
    {"footer-left", model::HeaderFooter::Kind::Footer, "even"},
};

const HeaderFooterElement *header_footer_element(const xmlNode *n) {
    // LibreOffice wrote first-page headers in its extension namespace before ODF 1.3.
    if (!odt::in_ns(n, odt::kStyleNs) && !odt::in_ns(n, odt::kLoextNs))
        return nullptr;
    for (const HeaderFooterElement &e : kHeaderFooterElements)
        if (std::strcmp(odt::local_name(n), e.local) == 0)
            return &e;
    return nullptr;
}

// The headers and footers of every master page, each read once, in document order.
void read_master_pages(const xmlNode *master_styles, const odt::StyleSheet &styles,
                       model::Document &doc) {
    if (!master_styles)
        return;
    for (const xmlNode *page = odt::first_element(master_styles->children); page;
         page = odt::first_element(page->next)) {
        if (!odt::is(page, odt::kStyleNs, "master-page"))
            continue;
        for (const xmlNode *c = odt::first_element(page->children); c;
             c = odt::first_element(c->next)) {
            const HeaderFooterElement *e = header_footer_element(c);
            if (!e || odt::attr(c, odt::kStyleNs, "display") == "false")
                continue;
            model::HeaderFooter hf;
            hf.kind = e->kind;
            hf.type = e->type;
            odt::BodyWalker walker(styles, false);
            for (const xmlNode *b = odt::first_element(c->children); b;
                 b = odt::first_element(b->next))
                walker.walk(b, hf.blocks);
            if (!hf.blocks.empty())
                doc.headers_footers.push_back(std::move(hf));
        }
    }
}

const char *kTextMime = "application/vnd.oasis.opendocument.text";

// The root must be an OpenDocument; a flat file must be a text document.
void check_root(const XmlStream &s, bool flat) {
    const char *expected = flat ? "document" : "document-content";
    if (!s.is(kOfficeNs, expected))
        throw ReadError(s.file(), "part '" + s.part() + "' is not an OpenDocument (root element '" +
                                      s.local_name() + "', expected office:" + expected + ")");
    std::string mime = s.attribute(kOfficeNs, "mimetype");
    if (flat && !mime.empty() && mime.rfind(kTextMime, 0) != 0)
        throw ReadError(s.file(), "flat OpenDocument of type '" + mime +
                                      "' is not a text document: only ODT/FODT text is read");
}

// Streams the children of office:text: containers (sections, indexes) are entered, every other
// top-level element is expanded and walked on its own.
void stream_text(XmlStream &s, odt::BodyWalker &walker, std::vector<model::Block> &body) {
    const int depth = s.depth();
    while (s.next()) {
        if (s.is_end() && s.depth() == depth)
            return;
        if (!s.is_start())
            continue;
        switch (odt::classify_block(s.namespace_uri(), s.local_name())) {
        case odt::BlockKind::Container:
            if (odt::is_hidden_section(s.attribute(odt::kTextNs, "display")))
                s.skip();
            break; // otherwise its children follow in the stream
        case odt::BlockKind::Other:
            break;
        case odt::BlockKind::Ignored:
            s.skip();
            break;
        default:
            walker.walk(s.expand(), body);
            s.skip();
        }
    }
}

bool is_office(const XmlStream &s, std::initializer_list<const char *> names) {
    for (const char *n : names)
        if (s.is(kOfficeNs, n))
            return true;
    return false;
}

// Reads content.xml (flat = false) or a whole FODT (flat = true). `styles` holds the common
// styles already read (ODT: from styles.xml); automatic styles of this part are added to it.
void stream_document(XmlStream &s, odt::StyleSheet &styles, model::Document &doc, bool flat) {
    bool root_seen = false;
    while (s.next()) {
        if (!s.is_start())
            continue;
        if (!root_seen) {
            check_root(s, flat);
            root_seen = true;
        } else if (s.is(kOfficeNs, "automatic-styles") || s.is(kOfficeNs, "styles")) {
            styles.add(s.expand(), s.is(kOfficeNs, "automatic-styles"));
            s.skip();
        } else if (s.is(kOfficeNs, "master-styles")) {
            if (flat)
                read_master_pages(s.expand(), styles, doc);
            s.skip();
        } else if (s.is(kOfficeNs, "text")) {
            odt::BodyWalker walker(styles, true);
            stream_text(s, walker, doc.body);
        } else if (is_office(s, {"spreadsheet", "presentation", "drawing", "chart", "image"})) {
            throw ReadError(s.file(), std::string("OpenDocument with office:") + s.local_name() +
                                          " content is not a text document");
        } else if (!s.is(kOfficeNs, "body")) {
            s.skip(); // meta, settings, scripts, font declarations
        }
    }
    if (!root_seen)
        throw ReadError(s.file(), "part '" + s.part() + "' is empty");
}

// An encrypted package still lists its parts, but their content cannot be parsed.
void refuse_encrypted(const ZipPackage &package, const std::string &name) {
    std::string manifest = package.read_if_present("META-INF/manifest.xml");
    if (manifest.find("encryption-data") != std::string::npos)
        throw ReadError(name, "password-protected (encrypted) ODT: open it in LibreOffice, "
                              "remove the password and save it again");
}

// styles.xml: its common styles serve the body too; its automatic styles only the headers and
// footers of its master pages.
odt::StyleSheet read_styles_part(const ZipPackage &package, const std::string &name,
                                 model::Document &doc) {
    odt::StyleSheet common;
    std::string xml = package.read_if_present("styles.xml");
    if (xml.empty())
        return common;
    XmlDocPtr dom = parse_xml_dom(xml, name, "styles.xml");
    const xmlNode *root = xmlDocGetRootElement(dom.get());
    common.add(odt::child(root, kOfficeNs, "styles"), false);
    odt::StyleSheet page_styles = common;
    page_styles.add(odt::child(root, kOfficeNs, "automatic-styles"), true);
    read_master_pages(odt::child(root, kOfficeNs, "master-styles"), page_styles, doc);
    return common;
}

} // namespace

model::Document read_odt(const ZipPackage &package, const std::string &name) {
    if (!package.has("content.xml"))
        throw ReadError(name, "ODT package has no content.xml");
    refuse_encrypted(package, name);
    model::Document doc;
    doc.source_name = name;
    doc.format = model::Format::Odt;
    odt::StyleSheet styles = read_styles_part(package, name, doc);
    std::string content = package.read("content.xml");
    XmlStream stream(content, name, "content.xml");
    stream_document(stream, styles, doc, false);
    model::finalize(doc);
    return doc;
}

model::Document read_fodt(std::string_view xml, const std::string &name) {
    model::Document doc;
    doc.source_name = name;
    doc.format = model::Format::Fodt;
    odt::StyleSheet styles;
    XmlStream stream(xml, name, "document");
    stream_document(stream, styles, doc, true);
    model::finalize(doc);
    return doc;
}

} // namespace prikaz::read
