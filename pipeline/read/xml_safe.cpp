#include "read/xml_safe.h"

#include "read/read_error.h"

#include <cstring>
#include <libxml/parser.h>

namespace prikaz::read {

namespace {

constexpr int kSafeOptions =
    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;

std::string where(const std::string &part) {
    return "part '" + part + "'";
}

std::string describe(const xmlError *err) {
    if (!err || !err->message)
        return "malformed XML";
    std::string msg = err->message;
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' '))
        msg.pop_back();
    return "malformed XML at line " + std::to_string(err->line) + ": " + msg;
}

size_t skip_space(std::string_view s, size_t i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        ++i;
    return i;
}

} // namespace

void refuse_doctype(std::string_view xml, const std::string &file, const std::string &part) {
    size_t i = 0;
    if (xml.substr(0, 3) == "\xEF\xBB\xBF")
        i = 3;
    // Walk the prolog: XML declaration, processing instructions, comments, whitespace.
    while (true) {
        i = skip_space(xml, i);
        if (xml.substr(i, 2) == "<?") {
            size_t e = xml.find("?>", i);
            if (e == std::string_view::npos)
                return;
            i = e + 2;
        } else if (xml.substr(i, 4) == "<!--") {
            size_t e = xml.find("-->", i);
            if (e == std::string_view::npos)
                return;
            i = e + 3;
        } else {
            break;
        }
    }
    if (xml.substr(i, 9) == "<!DOCTYPE")
        throw ReadError(file, where(part) + " has a document type declaration; DTDs and "
                                            "entities are refused (XXE / entity expansion)");
}

XmlDocPtr parse_xml_dom(std::string_view xml, const std::string &file, const std::string &part) {
    refuse_doctype(xml, file, part);
    xmlParserCtxt *ctxt = xmlNewParserCtxt();
    if (!ctxt)
        throw ReadError(file, "out of memory creating an XML parser");
    xmlDoc *doc = xmlCtxtReadMemory(ctxt, xml.data(), static_cast<int>(xml.size()), part.c_str(),
                                    nullptr, kSafeOptions);
    std::string problem;
    if (!doc || !ctxt->wellFormed)
        problem = describe(xmlCtxtGetLastError(ctxt));
    xmlFreeParserCtxt(ctxt);
    if (!problem.empty()) {
        if (doc)
            xmlFreeDoc(doc);
        throw ReadError(file, where(part) + ": " + problem);
    }
    return XmlDocPtr(doc);
}

void xml_stream_error(void *arg, xmlError *err) {
    auto *self = static_cast<XmlStream *>(arg);
    if (self->error_.empty() && err && err->level >= XML_ERR_ERROR)
        self->error_ = describe(err);
}

XmlStream::XmlStream(std::string_view xml, const std::string &file, const std::string &part)
    : file_(file), part_(part) {
    refuse_doctype(xml, file, part);
    reader_ = xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()), part.c_str(), nullptr,
                                 kSafeOptions);
    if (!reader_)
        throw ReadError(file, where(part) + ": cannot create an XML reader");
    xmlTextReaderSetStructuredErrorHandler(
        reader_, reinterpret_cast<xmlStructuredErrorFunc>(xml_stream_error), this);
}

XmlStream::~XmlStream() {
    if (reader_)
        xmlFreeTextReader(reader_);
}

bool XmlStream::next() {
    if (after_skip_) {
        after_skip_ = false;
        return positioned_after_skip_;
    }
    if (is_start() && xmlTextReaderIsEmptyElement(reader_) == 1) {
        synthetic_end_ = true; // report the end of <a/> before moving on
        return true;
    }
    synthetic_end_ = false;
    return advance(xmlTextReaderRead(reader_));
}

void XmlStream::skip() {
    synthetic_end_ = false;
    positioned_after_skip_ = advance(xmlTextReaderNext(reader_));
    after_skip_ = true;
}

bool XmlStream::advance(int rc) {
    if (rc < 0 || !error_.empty())
        throw ReadError(file_, where(part_) + ": " + (error_.empty() ? "malformed XML" : error_));
    type_ = rc == 1 ? xmlTextReaderNodeType(reader_) : XML_READER_TYPE_NONE;
    if (rc == 1 && node_type() == XML_READER_TYPE_DOCUMENT_TYPE)
        throw ReadError(file_, where(part_) + " has a document type declaration; refused");
    return rc == 1;
}

int XmlStream::node_type() const {
    return type_;
}

bool XmlStream::is_start() const {
    return !synthetic_end_ && node_type() == XML_READER_TYPE_ELEMENT;
}

bool XmlStream::is_end() const {
    return synthetic_end_ || node_type() == XML_READER_TYPE_END_ELEMENT;
}

bool XmlStream::is_text() const {
    if (synthetic_end_)
        return false;
    int t = node_type();
    return t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA ||
           t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || t == XML_READER_TYPE_WHITESPACE;
}

int XmlStream::depth() const {
    return xmlTextReaderDepth(reader_);
}

const char *XmlStream::local_name() const {
    const xmlChar *n = xmlTextReaderConstLocalName(reader_);
    return n ? reinterpret_cast<const char *>(n) : "";
}

const char *XmlStream::namespace_uri() const {
    // Straight from the node: xmlTextReaderConstNamespaceUri looks the URI up in the reader's
    // dictionary (hashing the whole URI) on every call, and readers ask for it on every node.
    const xmlNode *n = xmlTextReaderCurrentNode(reader_);
    if (!n || (n->type != XML_ELEMENT_NODE && n->type != XML_ATTRIBUTE_NODE) || !n->ns ||
        !n->ns->href)
        return "";
    return reinterpret_cast<const char *>(n->ns->href);
}

bool XmlStream::is(const char *ns, const char *local) const {
    return std::strcmp(local_name(), local) == 0 && std::strcmp(namespace_uri(), ns) == 0;
}

std::string XmlStream::attribute(const char *ns, const char *local) const {
    xmlChar *v = xmlTextReaderGetAttributeNs(reader_, reinterpret_cast<const xmlChar *>(local),
                                             reinterpret_cast<const xmlChar *>(ns));
    if (!v)
        return {};
    std::string out(reinterpret_cast<const char *>(v));
    xmlFree(v);
    return out;
}

bool XmlStream::has_attribute(const char *ns, const char *local) const {
    xmlChar *v = xmlTextReaderGetAttributeNs(reader_, reinterpret_cast<const xmlChar *>(local),
                                             reinterpret_cast<const xmlChar *>(ns));
    if (!v)
        return false;
    xmlFree(v);
    return true;
}

std::string XmlStream::text() const {
    const xmlChar *v = xmlTextReaderConstValue(reader_);
    return v ? std::string(reinterpret_cast<const char *>(v)) : std::string();
}

xmlNode *XmlStream::expand() {
    xmlNode *n = xmlTextReaderExpand(reader_);
    if (!n)
        throw ReadError(file_, where(part_) + ": " + (error_.empty() ? "malformed XML" : error_));
    return n;
}

} // namespace prikaz::read
