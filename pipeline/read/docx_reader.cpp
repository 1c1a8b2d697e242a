// DOCX: styles and numbering are small and read as DOM once; the body and each header/footer
// part are streamed once with XmlStream. Headers and footers are those the sections reference.
#include "model/finalize.h"
#include "read/docx_numbering.h"
#include "read/docx_part_reader.h"
#include "read/docx_relationships.h"
#include "read/docx_styles.h"
#include "read/format_readers.h"
#include "read/read_error.h"
#include "read/xml_safe.h"

#include <unordered_set>

namespace prikaz::read {

namespace {

constexpr const char *kDocumentPart = "word/document.xml";

// The DOM of an optional part; null when the package does not have it.
XmlDocPtr read_optional_dom(const ZipPackage &package, const std::string &part) {
    std::string xml = package.read_if_present(part);
    if (xml.empty())
        return nullptr;
    return parse_xml_dom(xml, package.file_name(), part);
}

std::vector<model::Block> read_content_part(const ZipPackage &package, const std::string &part,
                                            const char *container, const docx::StyleSheet &styles,
                                            const docx::NumberingDefinitions &numbering,
                                            std::vector<docx::HeaderFooterRef> *refs = nullptr) {
    const std::string xml = package.read(part);
    XmlStream stream(xml, package.file_name(), part);
    docx::PartReader reader(stream, styles, numbering);
    std::vector<model::Block> blocks = reader.read_part(container);
    if (refs)
        *refs = reader.header_footer_refs();
    return blocks;
}

void read_headers_footers(const ZipPackage &package, const std::vector<docx::HeaderFooterRef> &refs,
                          const docx::StyleSheet &styles,
                          const docx::NumberingDefinitions &numbering, model::Document &doc) {
    const docx::Relationships rels(package, kDocumentPart);
    std::unordered_set<std::string> done; // sections often share one header part
    for (const docx::HeaderFooterRef &ref : refs) {
        std::string part = rels.target(ref.rel_id);
        if (part.empty() || !done.insert(part).second)
            continue;
        bool header = ref.kind == model::HeaderFooter::Kind::Header;
        model::HeaderFooter hf;
        hf.kind = ref.kind;
        hf.type = ref.type;
        hf.blocks = read_content_part(package, part, header ? "hdr" : "ftr", styles, numbering);
        doc.headers_footers.push_back(std::move(hf));
    }
}

} // namespace

model::Document read_docx(const ZipPackage &package, const std::string &name) {
    model::Document doc;
    doc.source_name = name;
    doc.format = model::Format::Docx;

    const XmlDocPtr styles_dom = read_optional_dom(package, "word/styles.xml");
    const docx::StyleSheet styles(styles_dom.get());
    const XmlDocPtr numbering_dom = read_optional_dom(package, "word/numbering.xml");
    const docx::NumberingDefinitions numbering(numbering_dom.get(), styles);

    std::vector<docx::HeaderFooterRef> refs;
    doc.body = read_content_part(package, kDocumentPart, "body", styles, numbering, &refs);
    read_headers_footers(package, refs, styles, numbering, doc);

    model::finalize(doc);
    return doc;
}

} // namespace prikaz::read
