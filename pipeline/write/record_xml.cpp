#include "write/record_xml.h"

#include <libxml/xmlwriter.h>

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

// Thin RAII wrapper: every call checks for failure once, here.
class Writer {
public:
    Writer() {
        buffer_ = xmlBufferCreate();
        writer_ = xmlNewTextWriterMemory(buffer_, 0);
        if (!writer_)
            throw std::runtime_error("cannot create XML writer");
        xmlTextWriterSetIndent(writer_, 1);
        xmlTextWriterSetIndentString(writer_, x("  "));
        check(xmlTextWriterStartDocument(writer_, "1.0", "UTF-8", nullptr));
    }
    ~Writer() {
        if (writer_)
            xmlFreeTextWriter(writer_);
        xmlBufferFree(buffer_);
    }
    void start(const char *name) { check(xmlTextWriterStartElement(writer_, x(name))); }
    void start_root(const char *name, const char *ns) {
        check(xmlTextWriterStartElementNS(writer_, nullptr, x(name), x(ns)));
    }
    void end() { check(xmlTextWriterEndElement(writer_)); }
    void attr(const char *name, const std::string &value) {
        if (!value.empty())
            check(xmlTextWriterWriteAttribute(writer_, x(name), x(value)));
    }
    void attr(const char *name, int value) {
        if (value > 0)
            attr(name, std::to_string(value));
    }
    void text(const std::string &s) { check(xmlTextWriterWriteString(writer_, x(s))); }
    void source(const Source &s) {
        attr("src", s.block);
        if (s.begin >= 0 && s.end >= s.begin) {
            attr("begin", std::to_string(s.begin));
            attr("end", std::to_string(s.end));
        }
    }
    std::string finish() {
        check(xmlTextWriterEndDocument(writer_));
        xmlFreeTextWriter(writer_);
        writer_ = nullptr;
        return std::string(reinterpret_cast<const char *>(xmlBufferContent(buffer_)),
                           static_cast<size_t>(xmlBufferLength(buffer_)));
    }

private:
    static void check(int rc) {
        if (rc < 0)
            throw std::runtime_error("XML writer failed");
    }
    xmlBuffer *buffer_ = nullptr;
    xmlTextWriter *writer_ = nullptr;
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

} // namespace

std::string record_to_xml(const Record &rec) {
    Writer w;
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
    return w.finish();
}

} // namespace prikaz::write
