#include "record/record_xml_read.h"

#include "record/validate.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <charconv>
#include <cstring>
#include <memory>
#include <vector>

namespace prikaz::record {

namespace {

struct DocFree {
    void operator()(xmlDoc *d) const { xmlFreeDoc(d); }
};

// Everything the element mappers need to report a problem.
struct Reader {
    std::string file;

    [[noreturn]] void fail(const xmlNode *n, const std::string &problem) const {
        throw RecordError(file, n ? static_cast<int>(xmlGetLineNo(n)) : 0, problem);
    }
};

bool is(const xmlNode *n, const char *local) {
    return n->type == XML_ELEMENT_NODE &&
           std::strcmp(reinterpret_cast<const char *>(n->name), local) == 0;
}

std::vector<const xmlNode *> elements(const xmlNode *parent) {
    std::vector<const xmlNode *> out;
    for (const xmlNode *c = parent->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            out.push_back(c);
    return out;
}

std::string attr(const xmlNode *n, const char *name) {
    xmlChar *v = xmlGetNoNsProp(n, reinterpret_cast<const xmlChar *>(name));
    if (!v)
        return {};
    std::string s(reinterpret_cast<const char *>(v));
    xmlFree(v);
    return s;
}

std::string content(const xmlNode *n) {
    xmlChar *v = xmlNodeGetContent(n);
    if (!v)
        return {};
    std::string s(reinterpret_cast<const char *>(v));
    xmlFree(v);
    return s;
}

// The schema guarantees digits; this guards the range of int.
int int_attr(const Reader &r, const xmlNode *n, const char *name, int absent) {
    std::string v = attr(n, name);
    if (v.empty())
        return absent;
    int out = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || end != v.data() + v.size())
        r.fail(n, std::string("attribute ") + name + " is out of range: " + v);
    return out;
}

Source read_source(const Reader &r, const xmlNode *n) {
    Source s;
    s.block = attr(n, "src");
    s.begin = int_attr(r, n, "begin", -1);
    s.end = int_attr(r, n, "end", -1);
    return s;
}

Text read_text(const Reader &r, const xmlNode *n) {
    return Text{content(n), read_source(r, n)};
}

DeadlineKind deadline_kind(const std::string &name) {
    static const DeadlineKind kinds[] = {DeadlineKind::By,          DeadlineKind::On,
                                         DeadlineKind::Period,      DeadlineKind::Recurring,
                                         DeadlineKind::Continuous,  DeadlineKind::AsNeeded,
                                         DeadlineKind::Conditional, DeadlineKind::Relative};
    for (DeadlineKind k : kinds)
        if (name == deadline_kind_name(k))
            return k;
    return DeadlineKind::Unknown;
}

Deadline read_deadline(const Reader &r, const xmlNode *n) {
    Deadline d;
    d.kind = deadline_kind(attr(n, "kind"));
    d.date = attr(n, "date");
    d.from = attr(n, "from");
    d.to = attr(n, "to");
    d.every = attr(n, "every");
    d.day = int_attr(r, n, "day", 0);
    d.amount = int_attr(r, n, "amount", 0);
    d.unit = attr(n, "unit");
    std::string inferred = attr(n, "year-inferred");
    d.year_inferred = inferred == "true" || inferred == "1";
    d.as_written = content(n);
    d.source = read_source(r, n);
    return d;
}

bool bool_attr(const xmlNode *n, const char *name) {
    std::string v = attr(n, name);
    return v == "true" || v == "1";
}

Party read_party(const Reader &r, const xmlNode *n) {
    Party p;
    p.inherited = bool_attr(n, "inherited");
    p.as_written = attr(n, "written");
    p.source = read_source(r, n);
    for (const xmlNode *c : elements(n)) {
        if (is(c, "org")) {
            p.org = content(c);
            p.org_abbr = attr(c, "abbr");
        } else if (is(c, "person")) {
            p.person = content(c);
        } else if (is(c, "position")) {
            p.position = content(c);
        }
    }
    return p;
}

std::vector<Party> read_responsible(const Reader &r, const xmlNode *n) {
    std::vector<Party> out;
    for (const xmlNode *c : elements(n))
        out.push_back(read_party(r, c));
    return out;
}

Point read_point(const Reader &r, const xmlNode *n) {
    Point p;
    p.num = attr(n, "num");
    p.source = read_source(r, n);
    for (const xmlNode *c : elements(n)) {
        if (is(c, "text"))
            p.text = read_text(r, c);
        else if (is(c, "responsible"))
            p.responsible = read_responsible(r, c);
        else if (is(c, "deadline"))
            p.deadlines.push_back(read_deadline(r, c));
        else if (is(c, "point"))
            p.points.push_back(read_point(r, c));
    }
    return p;
}

Measure read_measure(const Reader &r, const xmlNode *n) {
    Measure m;
    m.num = attr(n, "num");
    m.source = read_source(r, n);
    for (const xmlNode *c : elements(n)) {
        if (is(c, "name"))
            m.name = read_text(r, c);
        else if (is(c, "deadline"))
            m.deadlines.push_back(read_deadline(r, c));
        else if (is(c, "responsible"))
            m.responsible = read_responsible(r, c);
        else if (is(c, "result"))
            m.result = read_text(r, c);
    }
    return m;
}

Section read_section(const Reader &r, const xmlNode *n) {
    Section s;
    s.num = attr(n, "num");
    s.source = read_source(r, n);
    for (const xmlNode *c : elements(n)) {
        if (is(c, "title"))
            s.title = read_text(r, c);
        else if (is(c, "measure"))
            s.measures.push_back(read_measure(r, c));
    }
    return s;
}

Appendix read_appendix(const Reader &r, const xmlNode *n) {
    Appendix a;
    a.num = attr(n, "num");
    a.source = read_source(r, n);
    for (const xmlNode *c : elements(n)) {
        if (is(c, "approval"))
            a.approval = read_text(r, c);
        else if (is(c, "title"))
            a.title = read_text(r, c);
        else if (is(c, "section"))
            a.sections.push_back(read_section(r, c));
        else if (is(c, "measure"))
            a.measures.push_back(read_measure(r, c));
    }
    return a;
}

Requisites read_requisites(const Reader &r, const xmlNode *n) {
    Requisites q;
    for (const xmlNode *c : elements(n)) {
        if (is(c, "parent"))
            q.parent = read_text(r, c);
        else if (is(c, "authority"))
            q.authority = read_text(r, c);
        else if (is(c, "date"))
            q.date = Date{attr(c, "value"), content(c), read_source(r, c)};
        else if (is(c, "number"))
            q.number = read_text(r, c);
        else if (is(c, "place"))
            q.place = read_text(r, c);
        else if (is(c, "title"))
            q.title = read_text(r, c);
        else if (is(c, "addressee"))
            q.addressee = read_text(r, c);
        else if (is(c, "reply-to"))
            q.reply_to = read_text(r, c);
    }
    return q;
}

// <position> and <person> children of <control> and <signature>.
void read_person_at(const Reader &r, const xmlNode *n, Text &position, Text &person) {
    for (const xmlNode *c : elements(n)) {
        if (is(c, "position"))
            position = read_text(r, c);
        else if (is(c, "person"))
            person = read_text(r, c);
    }
}

Control read_control(const Reader &r, const xmlNode *n) {
    Control c;
    c.as_written = attr(n, "written");
    c.source = read_source(r, n);
    read_person_at(r, n, c.position, c.person);
    return c;
}

Reference read_reference(const Reader &r, const xmlNode *n) {
    Reference ref;
    ref.kind = attr(n, "kind");
    ref.date = attr(n, "date");
    ref.number = attr(n, "number");
    ref.as_written = content(n);
    ref.source = read_source(r, n);
    return ref;
}

void read_body_element(const Reader &r, const xmlNode *c, Record &rec) {
    if (is(c, "requisites")) {
        rec.requisites = read_requisites(r, c);
    } else if (is(c, "glossary")) {
        for (const xmlNode *t : elements(c))
            rec.glossary.push_back(GlossaryTerm{attr(t, "abbr"), content(t), read_source(r, t)});
    } else if (is(c, "preamble")) {
        rec.preamble = read_text(r, c);
    } else if (is(c, "enacting")) {
        rec.enacting_word = read_text(r, c);
    } else if (is(c, "points")) {
        for (const xmlNode *p : elements(c))
            rec.points.push_back(read_point(r, p));
    } else if (is(c, "appendix")) {
        rec.appendices.push_back(read_appendix(r, c));
    } else if (is(c, "control")) {
        rec.control = read_control(r, c);
    } else if (is(c, "signatures")) {
        for (const xmlNode *s : elements(c)) {
            Signature sig;
            read_person_at(r, s, sig.position, sig.person);
            rec.signatures.push_back(sig);
        }
    } else if (is(c, "references")) {
        for (const xmlNode *ref : elements(c))
            rec.references.push_back(read_reference(r, ref));
    }
}

Record read_document(const Reader &r, const xmlNode *root) {
    Record rec;
    rec.kind = attr(root, "kind");
    rec.kind_as_written.value = attr(root, "kind-written");
    rec.source_name = attr(root, "source");
    for (const xmlNode *c : elements(root))
        read_body_element(r, c, rec);
    return rec;
}

} // namespace

Record read_record_xml(std::string_view xml, const std::string &name) {
    // Records are small; anything near libxml2's int length limit is not a record.
    constexpr size_t max_record_bytes = 256u << 20;
    if (xml.size() > max_record_bytes)
        throw RecordError(name, 0, "record too large");
    // The schema check also refuses malformed XML and document type declarations, so the
    // parse below sees only well-formed, DTD-free, schema-valid input.
    std::vector<ValidationIssue> issues = validate_record_xml(xml, 1);
    if (!issues.empty())
        throw RecordError(name, issues.front().line, issues.front().message);
    std::unique_ptr<xmlDoc, DocFree> doc(
        xmlReadMemory(xml.data(), static_cast<int>(xml.size()), name.c_str(), nullptr,
                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    if (!doc)
        throw RecordError(name, 0, "malformed XML");
    Reader reader{name};
    return read_document(reader, xmlDocGetRootElement(doc.get()));
}

} // namespace prikaz::record
