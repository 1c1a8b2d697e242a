#include "write/record_xml.h"

#include "record/validate.h"

#include <libxml/chvalid.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>
#include <unicode/utf8.h>

#include <new>
#include <stdexcept>

namespace prikaz::write {

namespace {

using namespace prikaz::record;

const xmlChar *x(const char *s) {
    return reinterpret_cast<const xmlChar *>(s);
}
const xmlChar *x(const std::string &s) {
    return x(s.c_str());
}

// Well-formed UTF-8 of characters allowed by XML 1.0 (no NUL, no C0 controls but tab and line
// ends, no surrogates, no U+FFFE/U+FFFF).
bool is_xml_text(const std::string &s) {
    const auto *bytes = reinterpret_cast<const uint8_t *>(s.data());
    const auto length = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < length;) {
        // The common cases checked without decoding: printable ASCII, and two-byte sequences
        // (U+0080..U+07FF: Cyrillic), whose characters are all allowed.
        if (bytes[i] >= 0x20 && bytes[i] < 0x80) {
            ++i;
            continue;
        }
        if (bytes[i] >= 0xC2 && bytes[i] <= 0xDF && i + 1 < length && U8_IS_TRAIL(bytes[i + 1])) {
            i += 2;
            continue;
        }
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || !xmlIsCharQ(static_cast<unsigned>(c)))
            return false;
    }
    return true;
}

// Builds the record as a libxml2 tree: the schema validates the tree directly and the same
// tree is then serialised, so the record is never parsed back from its own text to be checked.
class Writer {
public:
    Writer() {
        doc_ = xmlNewDoc(x("1.0"));
        if (!doc_)
            throw std::bad_alloc();
    }
    ~Writer() {
        xmlFreeDoc(doc_);
        if (ns_)
            xmlFreeNs(ns_); // after the nodes that refer to it
    }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    void start(const char *name) {
        xmlNode *n = xmlNewDocNode(doc_, ns_, x(name), nullptr);
        if (!n || !xmlAddChild(current_, n)) {
            xmlFreeNode(n);
            throw std::bad_alloc();
        }
        current_ = n;
    }
    void start_root(const char *name, const char *ns) {
        current_ = xmlNewDocNode(doc_, nullptr, x(name), nullptr);
        if (!current_)
            throw std::bad_alloc();
        xmlDocSetRootElement(doc_, current_);
        // Not attached as the root's declaration (xmlsave would write it before the other
        // attributes): declared as the root's last attribute when serialising, see serialise().
        ns_ = xmlNewNs(nullptr, x(ns), nullptr);
        if (!ns_)
            throw std::bad_alloc();
        xmlSetNs(current_, ns_);
    }
    void end() { current_ = current_->parent; }
    void attr(const char *name, const std::string &value) {
        if (value.empty())
            return;
        note_characters(value);
        // xmlNewProp takes the value as text (no entity references to resolve).
        if (!xmlNewProp(current_, x(name), x(value)))
            throw std::bad_alloc();
    }
    void attr(const char *name, int value) {
        if (value > 0)
            attr(name, std::to_string(value));
    }
    void text(const std::string &s) {
        note_characters(s);
        xmlNode *t = xmlNewDocTextLen(doc_, x(s), static_cast<int>(s.size()));
        if (!t || !xmlAddChild(current_, t)) {
            xmlFreeNode(t);
            throw std::bad_alloc();
        }
    }
    void source(const Source &s) {
        attr("src", s.block);
        if (s.begin >= 0 && s.end >= s.begin) {
            attr("begin", std::to_string(s.begin));
            attr("end", std::to_string(s.end));
        }
    }
    xmlDoc *doc() const { return doc_; }
    // False when some text or attribute value holds a character XML 1.0 cannot carry: the tree
    // may validate, but its serialisation would not be well-formed.
    bool characters_legal() const { return characters_legal_; }

    // The validated tree as text, the namespace declared after the root's other attributes
    // (as the record has always been written). Validation sees elements in the namespace and
    // no xmlns attribute, which schema validation of a tree would take for an attribute.
    std::string serialise() {
        xmlNode *root = xmlDocGetRootElement(doc_);
        if (root && ns_ && !declared_ && !xmlNewProp(root, x("xmlns"), ns_->href))
            throw std::bad_alloc();
        declared_ = true;
        xmlBuffer *buffer = xmlBufferCreate();
        if (!buffer)
            throw std::bad_alloc();
        xmlSaveCtxt *save = xmlSaveToBuffer(buffer, "UTF-8", XML_SAVE_FORMAT);
        long rc = save ? xmlSaveDoc(save, doc_) : -1;
        if (save && xmlSaveClose(save) < 0)
            rc = -1;
        std::string out;
        if (rc >= 0)
            out.assign(reinterpret_cast<const char *>(xmlBufferContent(buffer)),
                       static_cast<size_t>(xmlBufferLength(buffer)));
        xmlBufferFree(buffer);
        if (rc < 0)
            throw std::runtime_error("XML serialisation failed");
        return out;
    }

private:
    void note_characters(const std::string &s) {
        if (characters_legal_ && !is_xml_text(s))
            characters_legal_ = false;
    }
    xmlDoc *doc_ = nullptr;
    xmlNode *current_ = nullptr;
    xmlNs *ns_ = nullptr;
    bool characters_legal_ = true;
    bool declared_ = false;
};

void text_element(Writer &w, const char *name, const Text &t) {
    if (t.empty())
        return;
    w.start(name);
    w.source(t.source);
    w.text(t.value);
    w.end();
}

void write_deadline(Writer &w, const Deadline &d) {
    w.start("deadline");
    w.attr("kind", deadline_kind_name(d.kind));
    w.attr("date", d.date);
    w.attr("from", d.from);
    w.attr("to", d.to);
    w.attr("every", d.every);
    w.attr("day", d.day);
    w.attr("amount", d.amount);
    w.attr("unit", d.unit);
    if (d.year_inferred)
        w.attr("year-inferred", std::string("true"));
    w.source(d.source);
    w.text(d.as_written);
    w.end();
}

void write_responsible(Writer &w, const std::vector<Party> &parties) {
    if (parties.empty())
        return;
    w.start("responsible");
    for (const Party &p : parties) {
        w.start("party");
        if (p.inherited)
            w.attr("inherited", std::string("true"));
        w.attr("written", p.as_written);
        w.source(p.source);
        if (!p.org.empty()) {
            w.start("org");
            w.attr("abbr", p.org_abbr);
            w.text(p.org);
            w.end();
        }
        if (!p.person.empty()) {
            w.start("person");
            w.text(p.person);
            w.end();
        }
        if (!p.position.empty()) {
            w.start("position");
            w.text(p.position);
            w.end();
        }
        w.end();
    }
    w.end();
}

void write_point(Writer &w, const Point &p) {
    w.start("point");
    w.attr("num", p.num);
    w.source(p.source);
    text_element(w, "text", p.text);
    write_responsible(w, p.responsible);
    for (const Deadline &d : p.deadlines)
        write_deadline(w, d);
    for (const Point &child : p.points)
        write_point(w, child);
    w.end();
}

void write_measure(Writer &w, const Measure &m) {
    w.start("measure");
    w.attr("num", m.num);
    w.source(m.source);
    text_element(w, "name", m.name);
    for (const Deadline &d : m.deadlines)
        write_deadline(w, d);
    write_responsible(w, m.responsible);
    text_element(w, "result", m.result);
    w.end();
}

void write_appendix(Writer &w, const Appendix &a) {
    w.start("appendix");
    w.attr("num", a.num);
    w.source(a.source);
    text_element(w, "approval", a.approval);
    text_element(w, "title", a.title);
    for (const Measure &m : a.measures)
        write_measure(w, m);
    for (const Section &s : a.sections) {
        w.start("section");
        w.attr("num", s.num);
        w.source(s.source);
        text_element(w, "title", s.title);
        for (const Measure &m : s.measures)
            write_measure(w, m);
        w.end();
    }
    w.end();
}

void write_requisites(Writer &w, const Requisites &r) {
    w.start("requisites");
    text_element(w, "parent", r.parent);
    text_element(w, "authority", r.authority);
    if (!r.date.empty()) {
        w.start("date");
        w.attr("value", r.date.iso);
        w.source(r.date.source);
        w.text(r.date.as_written);
        w.end();
    }
    text_element(w, "number", r.number);
    text_element(w, "place", r.place);
    text_element(w, "title", r.title);
    text_element(w, "addressee", r.addressee);
    text_element(w, "reply-to", r.reply_to);
    w.end();
}

void write_tail(Writer &w, const Record &rec) {
    if (rec.control) {
        w.start("control");
        w.attr("written", rec.control->as_written);
        w.source(rec.control->source);
        text_element(w, "position", rec.control->position);
        text_element(w, "person", rec.control->person);
        w.end();
    }
    if (!rec.signatures.empty()) {
        w.start("signatures");
        for (const Signature &s : rec.signatures) {
            w.start("signature");
            text_element(w, "position", s.position);
            text_element(w, "person", s.person);
            w.end();
        }
        w.end();
    }
    if (!rec.references.empty()) {
        w.start("references");
        for (const Reference &r : rec.references) {
            w.start("reference");
            w.attr("kind", r.kind);
            w.attr("date", r.date);
            w.attr("number", r.number);
            w.source(r.source);
            w.text(r.as_written);
            w.end();
        }
        w.end();
    }
}

void build(Writer &w, const Record &rec) {
    w.start_root("document", "urn:prikaz:document:1");
    w.attr("kind", rec.kind.empty() ? std::string("документ") : rec.kind);
    w.attr("kind-written", rec.kind_as_written.value);
    w.attr("source", rec.source_name);
    write_requisites(w, rec.requisites);
    if (!rec.glossary.empty()) {
        w.start("glossary");
        for (const GlossaryTerm &t : rec.glossary) {
            w.start("term");
            w.attr("abbr", t.abbr);
            w.source(t.source);
            w.text(t.full);
            w.end();
        }
        w.end();
    }
    text_element(w, "preamble", rec.preamble);
    text_element(w, "enacting", rec.enacting_word);
    if (!rec.points.empty()) {
        w.start("points");
        for (const Point &p : rec.points)
            write_point(w, p);
        w.end();
    }
    for (const Appendix &a : rec.appendices)
        write_appendix(w, a);
    write_tail(w, rec);
}

} // namespace

std::string record_to_xml(const Record &rec) {
    Writer w;
    build(w, rec);
    return w.serialise();
}

CheckedXml record_to_checked_xml(const Record &rec, size_t max_issues) {
    Writer w;
    build(w, rec);
    CheckedXml out;
    if (w.characters_legal())
        out.issues = validate_record_doc(w.doc(), max_issues);
    if (out.issues.empty() && w.characters_legal()) {
        out.xml = w.serialise();
        return out;
    }
    // The failure path only: check the text itself, whose issues carry line numbers.
    std::vector<ValidationIssue> with_lines = validate_record_xml(w.serialise(), max_issues);
    if (!with_lines.empty())
        out.issues = std::move(with_lines);
    if (out.issues.empty())
        out.issues.push_back({0, "the record holds a character XML cannot carry"});
    return out;
}

} // namespace prikaz::write
