#include "record/record_json_read.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <optional>
#include <vector>

namespace prikaz::record {

namespace {

using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;

// One JSON object being mapped, with the path that names it in error messages.
class Node {
public:
    Node(const std::string *file, Object::Ptr object, std::string path)
        : file_(file), object_(std::move(object)), path_(std::move(path)) {}

    [[noreturn]] void fail(const std::string &key, const std::string &problem) const {
        throw RecordError(*file_, 0, member(key) + ": " + problem);
    }

    // The record's JSON has a fixed vocabulary: anything else is a mistake worth reporting.
    void allow(std::initializer_list<const char *> keys) const {
        for (const auto &[key, value] : *object_)
            if (std::none_of(keys.begin(), keys.end(), [&](const char *k) { return key == k; }))
                fail(key, "unknown member");
    }

    bool has(const std::string &key) const { return object_->has(key); }

    std::string str(const std::string &key) const {
        if (!has(key))
            return {};
        Var v = object_->get(key);
        if (!v.isString())
            fail(key, "expected a string");
        return v.extract<std::string>();
    }

    int integer(const std::string &key, int absent) const {
        if (!has(key))
            return absent;
        Var v = object_->get(key);
        if (!v.isInteger())
            fail(key, "expected an integer");
        long long n = v.convert<Poco::Int64>();
        if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
            fail(key, "integer out of range");
        return static_cast<int>(n);
    }

    bool boolean(const std::string &key) const {
        if (!has(key))
            return false;
        Var v = object_->get(key);
        if (!v.isBoolean())
            fail(key, "expected true or false");
        return v.extract<bool>();
    }

    // A member object; absent = nullopt.
    std::optional<Node> object(const std::string &key) const {
        if (!has(key))
            return std::nullopt;
        Object::Ptr o = object_->getObject(key);
        if (!o)
            fail(key, "expected an object");
        return Node(file_, o, member(key));
    }

    // The objects of a member array, in order; absent = none.
    std::vector<Node> objects(const std::string &key) const {
        std::vector<Node> out;
        if (!has(key))
            return out;
        Array::Ptr arr = object_->getArray(key);
        if (!arr)
            fail(key, "expected an array");
        for (size_t i = 0; i < arr->size(); ++i) {
            std::string path = member(key) + "[" + std::to_string(i) + "]";
            Object::Ptr o = arr->getObject(static_cast<unsigned>(i));
            if (!o)
                throw RecordError(*file_, 0, path + ": expected an object");
            out.emplace_back(file_, o, path);
        }
        return out;
    }

private:
    std::string member(const std::string &key) const {
        return path_.empty() ? key : path_ + "." + key;
    }

    const std::string *file_;
    Object::Ptr object_;
    std::string path_;
};

// Keys every element with a source carries.
#define SOURCE_KEYS "src", "begin", "end"

Source read_source(const Node &n) {
    return Source{n.str("src"), n.integer("begin", -1), n.integer("end", -1)};
}

Text read_text(const std::optional<Node> &n) {
    if (!n)
        return {};
    n->allow({"text", SOURCE_KEYS});
    return Text{n->str("text"), read_source(*n)};
}

DeadlineKind deadline_kind(const Node &n) {
    if (!n.has("kind"))
        n.fail("kind", "missing");
    const std::string name = n.str("kind");
    for (int k = 0; k <= static_cast<int>(DeadlineKind::Unknown); ++k)
        if (name == deadline_kind_name(static_cast<DeadlineKind>(k)))
            return static_cast<DeadlineKind>(k);
    n.fail("kind", "unknown deadline kind \"" + name + "\"");
}

Deadline read_deadline(const Node &n) {
    n.allow({"kind", "date", "from", "to", "every", "day", "amount", "unit", "year_inferred",
             "text", SOURCE_KEYS});
    Deadline d;
    d.kind = deadline_kind(n);
    d.date = n.str("date");
    d.from = n.str("from");
    d.to = n.str("to");
    d.every = n.str("every");
    d.day = n.integer("day", 0);
    d.amount = n.integer("amount", 0);
    d.unit = n.str("unit");
    d.year_inferred = n.boolean("year_inferred");
    d.as_written = n.str("text");
    d.source = read_source(n);
    return d;
}

Party read_party(const Node &n) {
    n.allow({"org", "abbr", "person", "position", "inherited", "written", SOURCE_KEYS});
    Party p;
    p.org = n.str("org");
    p.org_abbr = n.str("abbr");
    p.person = n.str("person");
    p.position = n.str("position");
    p.inherited = n.boolean("inherited");
    p.as_written = n.str("written");
    p.source = read_source(n);
    return p;
}

template <typename T>
std::vector<T> read_all(const Node &n, const char *key, T (*read)(const Node &)) {
    std::vector<T> out;
    for (const Node &c : n.objects(key))
        out.push_back(read(c));
    return out;
}

Point read_point(const Node &n) {
    n.allow({"num", SOURCE_KEYS, "text", "responsible", "deadlines", "points"});
    Point p;
    p.num = n.str("num");
    p.source = read_source(n);
    p.text = read_text(n.object("text"));
    p.responsible = read_all(n, "responsible", read_party);
    p.deadlines = read_all(n, "deadlines", read_deadline);
    p.points = read_all(n, "points", read_point);
    return p;
}

Measure read_measure(const Node &n) {
    n.allow({"num", SOURCE_KEYS, "name", "deadlines", "responsible", "result"});
    Measure m;
    m.num = n.str("num");
    m.source = read_source(n);
    m.name = read_text(n.object("name"));
    m.deadlines = read_all(n, "deadlines", read_deadline);
    m.responsible = read_all(n, "responsible", read_party);
    m.result = read_text(n.object("result"));
    return m;
}

Section read_section(const Node &n) {
    n.allow({"num", SOURCE_KEYS, "title", "measures"});
    Section s;
    s.num = n.str("num");
    s.source = read_source(n);
    s.title = read_text(n.object("title"));
    s.measures = read_all(n, "measures", read_measure);
    return s;
}

Appendix read_appendix(const Node &n) {
    n.allow({"num", SOURCE_KEYS, "approval", "title", "measures", "sections"});
    Appendix a;
    a.num = n.str("num");
    a.source = read_source(n);
    a.approval = read_text(n.object("approval"));
    a.title = read_text(n.object("title"));
    a.measures = read_all(n, "measures", read_measure);
    a.sections = read_all(n, "sections", read_section);
    return a;
}

Date read_date(const std::optional<Node> &n) {
    if (!n)
        return {};
    n->allow({"value", "text", SOURCE_KEYS});
    return Date{n->str("value"), n->str("text"), read_source(*n)};
}

Requisites read_requisites(const std::optional<Node> &n) {
    Requisites q;
    if (!n)
        return q;
    n->allow({"parent", "authority", "date", "number", "place", "title", "addressee", "reply_to"});
    q.parent = read_text(n->object("parent"));
    q.authority = read_text(n->object("authority"));
    q.date = read_date(n->object("date"));
    q.number = read_text(n->object("number"));
    q.place = read_text(n->object("place"));
    q.title = read_text(n->object("title"));
    q.addressee = read_text(n->object("addressee"));
    q.reply_to = read_text(n->object("reply_to"));
    return q;
}

GlossaryTerm read_term(const Node &n) {
    n.allow({"abbr", "full", SOURCE_KEYS});
    return GlossaryTerm{n.str("abbr"), n.str("full"), read_source(n)};
}

Control read_control(const Node &n) {
    n.allow({"position", "person", "written", SOURCE_KEYS});
    Control c;
    c.position = read_text(n.object("position"));
    c.person = read_text(n.object("person"));
    c.as_written = n.str("written");
    c.source = read_source(n);
    return c;
}

Signature read_signature(const Node &n) {
    n.allow({"position", "person"});
    return Signature{read_text(n.object("position")), read_text(n.object("person"))};
}

Reference read_reference(const Node &n) {
    n.allow({"kind", "date", "number", "text", SOURCE_KEYS});
    return Reference{n.str("kind"), n.str("date"), n.str("number"), n.str("text"), read_source(n)};
}

Record read_root(const Node &n) {
    n.allow({"kind", "kind_written", "source", "requisites", "glossary", "preamble", "enacting",
             "points", "appendices", "control", "signatures", "references"});
    Record rec;
    rec.kind = n.str("kind");
    rec.kind_as_written.value = n.str("kind_written");
    rec.source_name = n.str("source");
    rec.requisites = read_requisites(n.object("requisites"));
    rec.glossary = read_all(n, "glossary", read_term);
    rec.preamble = read_text(n.object("preamble"));
    rec.enacting_word = read_text(n.object("enacting"));
    rec.points = read_all(n, "points", read_point);
    rec.appendices = read_all(n, "appendices", read_appendix);
    if (std::optional<Node> c = n.object("control"))
        rec.control = read_control(*c);
    rec.signatures = read_all(n, "signatures", read_signature);
    rec.references = read_all(n, "references", read_reference);
    return rec;
}

#undef SOURCE_KEYS

} // namespace

Record read_record_json(const std::string &json, const std::string &file_name) {
    // The same bound as read_record_xml: records are small.
    constexpr size_t max_record_bytes = 256u << 20;
    if (json.size() > max_record_bytes)
        throw RecordError(file_name, 0, "record too large");
    Var root;
    try {
        Poco::JSON::Parser parser;
        // Points nest in points; the bound keeps a hostile file from exhausting the stack
        // (two JSON levels per point level leave room for far deeper plans than exist).
        parser.setDepth(256);
        root = parser.parse(json);
    } catch (const Poco::Exception &e) {
        throw RecordError(file_name, 0, "malformed JSON: " + e.displayText());
    }
    if (root.type() != typeid(Object::Ptr))
        throw RecordError(file_name, 0, "not a record: the top level is not a JSON object");
    return read_root(Node(&file_name, root.extract<Object::Ptr>(), ""));
}

} // namespace prikaz::record
