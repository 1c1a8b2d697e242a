#include "record/validate.h"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <memory>

namespace prikaz::record {

namespace {

struct Collector {
    std::vector<ValidationIssue> issues;
    size_t max = 20;
};

void collect(void *ctx, xmlError *err) {
    auto *c = static_cast<Collector *>(ctx);
    if (!err || c->issues.size() >= c->max)
        return;
    std::string msg = err->message ? err->message : "invalid";
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' '))
        msg.pop_back();
    c->issues.push_back({err->line, msg});
}

struct SchemaFree {
    void operator()(xmlSchema *s) const { xmlSchemaFree(s); }
};

// The compiled schema is immutable and shared by all threads; libxml2 allows concurrent
// validation contexts over one xmlSchema.
xmlSchema *compiled_schema() {
    static std::unique_ptr<xmlSchema, SchemaFree> schema = [] {
        std::string_view xsd = record_schema_xsd();
        xmlSchemaParserCtxt *pctxt =
            xmlSchemaNewMemParserCtxt(xsd.data(), static_cast<int>(xsd.size()));
        xmlSchema *s = xmlSchemaParse(pctxt);
        xmlSchemaFreeParserCtxt(pctxt);
        return std::unique_ptr<xmlSchema, SchemaFree>(s);
    }();
    return schema.get();
}

struct ValidCtxtFree {
    void operator()(xmlSchemaValidCtxt *c) const { xmlSchemaFreeValidCtxt(c); }
};

// One validation context per thread, reused from record to record: a context is not
// thread-safe, and creating one per record costs about as much as validating a small record.
xmlSchemaValidCtxt *thread_valid_ctxt(xmlSchema *schema) {
    thread_local std::unique_ptr<xmlSchemaValidCtxt, ValidCtxtFree> ctxt(
        xmlSchemaNewValidCtxt(schema));
    return ctxt.get();
}

} // namespace

std::vector<ValidationIssue> validate_record_doc(xmlDoc *doc, size_t max_issues) {
    Collector collector;
    collector.max = max_issues;
    if (doc->intSubset)
        return {{0, "document type declarations are not allowed"}};
    xmlSchema *schema = compiled_schema();
    if (!schema)
        return {{0, "internal error: the record schema does not compile"}};
    xmlSchemaValidCtxt *vctxt = thread_valid_ctxt(schema);
    if (!vctxt)
        return {{0, "out of memory creating a schema validation context"}};
    xmlSchemaSetValidStructuredErrors(vctxt, collect, &collector);
    int rc = xmlSchemaValidateDoc(vctxt, doc);
    xmlSchemaSetValidStructuredErrors(vctxt, nullptr, nullptr);
    if (rc != 0 && collector.issues.empty())
        collector.issues.push_back({0, "not valid against the record schema"});
    return collector.issues;
}

std::vector<ValidationIssue> validate_record_xml(std::string_view xml, size_t max_issues) {
    Collector collector;
    collector.max = max_issues;
    xmlParserCtxt *pctxt = xmlNewParserCtxt();
    xmlDoc *doc =
        xmlCtxtReadMemory(pctxt, xml.data(), static_cast<int>(xml.size()), "record.xml", nullptr,
                          XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc || !pctxt->wellFormed) {
        collect(&collector, xmlCtxtGetLastError(pctxt));
        if (collector.issues.empty())
            collector.issues.push_back({0, "malformed XML"});
    } else if (doc->intSubset) {
        collector.issues.push_back({0, "document type declarations are not allowed"});
    }
    xmlFreeParserCtxt(pctxt);
    if (!collector.issues.empty()) {
        if (doc)
            xmlFreeDoc(doc);
        return collector.issues;
    }
    std::vector<ValidationIssue> issues = validate_record_doc(doc, max_issues);
    xmlFreeDoc(doc);
    return issues;
}

} // namespace prikaz::record
