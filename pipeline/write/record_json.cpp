#include "write/record_json.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

namespace prikaz::write {

namespace {

using namespace prikaz::record;
using Poco::JSON::Array;
using Poco::JSON::Object;

Object::Ptr object() {
    return new Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

void set_if(Object::Ptr &o, const char *key, const std::string &value) {
    if (!value.empty())
        o->set(key, value);
}

void set_source(Object::Ptr &o, const Source &s) {
    set_if(o, "src", s.block);
    if (s.begin >= 0 && s.end >= s.begin) {
        o->set("begin", s.begin);
        o->set("end", s.end);
    }
}

void set_text(Object::Ptr &o, const char *key, const Text &t) {
    if (t.empty())
        return;
    Object::Ptr v = object();
    v->set("text", t.value);
    set_source(v, t.source);
    o->set(key, v);
}

void set_deadlines(Object::Ptr &o, const std::vector<Deadline> &ds) {
    if (ds.empty())
        return;
    Array::Ptr arr = new Array;
    for (const Deadline &d : ds)
        arr->add(deadline_to_json(d));
    o->set("deadlines", arr);
}

void set_parties(Object::Ptr &o, const std::vector<Party> &ps) {
    if (ps.empty())
        return;
    Array::Ptr arr = new Array;
    for (const Party &p : ps)
        arr->add(party_to_json(p));
    o->set("responsible", arr);
}

Object::Ptr point_json(const Point &p) {
    Object::Ptr o = object();
    set_if(o, "num", p.num);
    set_source(o, p.source);
    set_text(o, "text", p.text);
    set_parties(o, p.responsible);
    set_deadlines(o, p.deadlines);
    if (!p.points.empty()) {
        Array::Ptr children = new Array;
        for (const Point &c : p.points)
            children->add(point_json(c));
        o->set("points", children);
    }
    return o;
}

Array::Ptr measures_json(const std::vector<Measure> &ms) {
    Array::Ptr arr = new Array;
    for (const Measure &m : ms) {
        Object::Ptr o = object();
        set_if(o, "num", m.num);
        set_source(o, m.source);
        set_text(o, "name", m.name);
        set_deadlines(o, m.deadlines);
        set_parties(o, m.responsible);
        set_text(o, "result", m.result);
        arr->add(o);
    }
    return arr;
}

Object::Ptr appendix_json(const Appendix &a) {
    Object::Ptr o = object();
    set_if(o, "num", a.num);
    set_source(o, a.source);
    set_text(o, "approval", a.approval);
    set_text(o, "title", a.title);
    if (!a.measures.empty())
        o->set("measures", measures_json(a.measures));
    Array::Ptr sections = new Array;
    for (const Section &s : a.sections) {
        Object::Ptr so = object();
        set_if(so, "num", s.num);
        set_source(so, s.source);
        set_text(so, "title", s.title);
        so->set("measures", measures_json(s.measures));
        sections->add(so);
    }
    if (!a.sections.empty())
        o->set("sections", sections);
    return o;
}

Object::Ptr requisites_json(const Requisites &r) {
    Object::Ptr o = object();
    set_text(o, "parent", r.parent);
    set_text(o, "authority", r.authority);
    if (!r.date.empty()) {
        Object::Ptr d = object();
        set_if(d, "value", r.date.iso);
        d->set("text", r.date.as_written);
        set_source(d, r.date.source);
        o->set("date", d);
    }
    set_text(o, "number", r.number);
    set_text(o, "place", r.place);
    set_text(o, "title", r.title);
    set_text(o, "addressee", r.addressee);
    set_text(o, "reply_to", r.reply_to);
    return o;
}

void set_tail(Object::Ptr &root, const Record &rec) {
    if (rec.control) {
        Object::Ptr c = object();
        set_text(c, "position", rec.control->position);
        set_text(c, "person", rec.control->person);
        set_if(c, "written", rec.control->as_written);
        set_source(c, rec.control->source);
        root->set("control", c);
    }
    Array::Ptr sigs = new Array;
    for (const Signature &s : rec.signatures) {
        Object::Ptr o = object();
        set_text(o, "position", s.position);
        set_text(o, "person", s.person);
        sigs->add(o);
    }
    root->set("signatures", sigs);
    Array::Ptr refs = new Array;
    for (const Reference &r : rec.references) {
        Object::Ptr o = object();
        set_if(o, "kind", r.kind);
        set_if(o, "date", r.date);
        set_if(o, "number", r.number);
        o->set("text", r.as_written);
        set_source(o, r.source);
        refs->add(o);
    }
    root->set("references", refs);
}

} // namespace

Object::Ptr deadline_to_json(const Deadline &d) {
    Object::Ptr o = object();
    o->set("kind", deadline_kind_name(d.kind));
    set_if(o, "date", d.date);
    set_if(o, "from", d.from);
    set_if(o, "to", d.to);
    set_if(o, "every", d.every);
    if (d.day > 0)
        o->set("day", d.day);
    if (d.amount > 0)
        o->set("amount", d.amount);
    set_if(o, "unit", d.unit);
    if (d.year_inferred)
        o->set("year_inferred", true);
    o->set("text", d.as_written);
    set_source(o, d.source);
    return o;
}

Object::Ptr party_to_json(const Party &p) {
    Object::Ptr j = object();
    set_if(j, "org", p.org);
    set_if(j, "abbr", p.org_abbr);
    set_if(j, "person", p.person);
    set_if(j, "position", p.position);
    if (p.inherited)
        j->set("inherited", true);
    set_if(j, "written", p.as_written);
    set_source(j, p.source);
    return j;
}

void record_to_json(const Record &rec, std::ostream &out) {
    Object::Ptr root = object();
    root->set("kind", rec.kind.empty() ? std::string("документ") : rec.kind);
    set_if(root, "kind_written", rec.kind_as_written.value);
    set_if(root, "source", rec.source_name);
    root->set("requisites", requisites_json(rec.requisites));
    Array::Ptr glossary = new Array;
    for (const GlossaryTerm &t : rec.glossary) {
        Object::Ptr o = object();
        o->set("abbr", t.abbr);
        o->set("full", t.full);
        set_source(o, t.source);
        glossary->add(o);
    }
    root->set("glossary", glossary);
    set_text(root, "preamble", rec.preamble);
    set_text(root, "enacting", rec.enacting_word);
    Array::Ptr points = new Array;
    for (const Point &p : rec.points)
        points->add(point_json(p));
    root->set("points", points);
    Array::Ptr appendices = new Array;
    for (const Appendix &a : rec.appendices)
        appendices->add(appendix_json(a));
    root->set("appendices", appendices);
    set_tail(root, rec);
    root->stringify(out, 2);
    out << '\n';
}

} // namespace prikaz::write
