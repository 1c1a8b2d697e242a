// HTML reader: charset from the document's own declaration or detected (read/encoding.h),
// parsed as UTF-8 by libxml2's HTML parser, then walked into blocks (read/html_walker.h).
#include "model/finalize.h"
#include "read/encoding.h"
#include "read/format_readers.h"
#include "read/html_charset.h"
#include "read/html_walker.h"
#include "read/read_error.h"

#include <libxml/HTMLparser.h>

#include <memory>

namespace prikaz::read {

namespace {

// No network; errors are not printed (malformed HTML is the norm and is recovered from); the
// charset is ours, already applied, so libxml2 must ignore the document's <meta charset>; no
// implied <html>/<body>/<p> wrappers.
constexpr int kHtmlOptions = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                             HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOIMPLIED |
                             HTML_PARSE_COMPACT;

struct HtmlDocFree {
    void operator()(xmlDoc *d) const { xmlFreeDoc(d); }
};
using HtmlDocPtr = std::unique_ptr<xmlDoc, HtmlDocFree>;

struct HtmlParserFree {
    void operator()(htmlParserCtxt *c) const { htmlFreeParserCtxt(c); }
};

HtmlDocPtr parse_html(const std::string &utf8, const std::string &name) {
    std::unique_ptr<htmlParserCtxt, HtmlParserFree> ctxt(htmlNewParserCtxt());
    if (!ctxt)
        throw ReadError(name, "out of memory creating an HTML parser");
    HtmlDocPtr doc(htmlCtxtReadMemory(ctxt.get(), utf8.data(), static_cast<int>(utf8.size()),
                                      name.c_str(), "UTF-8", kHtmlOptions));
    if (!doc)
        throw ReadError(name, "HTML could not be parsed (no document content)");
    // Recoverable errors are the norm in HTML; a stopped parser (elements nested deeper than
    // libxml2's limit of 256, out of memory) would silently lose the rest of the document.
    if (ctxt->disableSAX) {
        const xmlError *error = xmlCtxtGetLastError(ctxt.get());
        std::string message = error && error->message ? error->message : "parser stopped";
        while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
            message.pop_back();
        throw ReadError(name, "HTML parsing stopped before the end: " + message);
    }
    return doc;
}

} // namespace

model::Document read_html(std::string_view bytes, const std::string &name) {
    DecodedText decoded = decode_text(bytes, name, find_declared_charset(bytes));
    HtmlDocPtr dom = parse_html(decoded.utf8, name);
    model::Document doc;
    doc.source_name = name;
    doc.format = model::Format::Html;
    doc.encoding = decoded.encoding;
    HtmlWalker(doc.body, name, false)
        .walk_content(reinterpret_cast<const xmlNode *>(dom.get()), HtmlContext{}, 0);
    model::finalize(doc);
    return doc;
}

} // namespace prikaz::read
