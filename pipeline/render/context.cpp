#include "render/context.h"

namespace prikaz::render {

namespace {

using namespace prikaz::record;

template <typename T, typename F> Value list_of(const std::vector<T> &items, F to_value) {
    List out;
    out.reserve(items.size());
    for (const T &item : items)
        out.push_back(to_value(item));
    return out;
}

Value parties(const std::vector<Party> &ps) {
    return list_of(ps, party_context);
}
Value deadlines(const std::vector<Deadline> &ds) {
    return list_of(ds, deadline_context);
}

// The deadlines of a point that its text does not show: the source printed them on a line of
// their own after the point ("В течение 2023 года"), or a drafted record gives them as data
// only. A template prints these after the point's text so that no term is lost.
Value deadline_lines(const Point &p) {
    List out;
    for (const Deadline &d : p.deadlines)
        if (d.as_written.empty() || p.text.value.find(d.as_written) == std::string::npos)
            out.push_back(deadline_context(d));
    return out;
}

Value point_context(const Point &p) {
    return Map{{"num", p.num},
               {"text", p.text.value},
               {"responsible", parties(p.responsible)},
               {"deadlines", deadlines(p.deadlines)},
               {"deadline_lines", deadline_lines(p)},
               {"points", list_of(p.points, point_context)}};
}

Value measure_context(const Measure &m) {
    return Map{{"num", m.num},
               {"name", m.name.value},
               {"deadlines", deadlines(m.deadlines)},
               {"responsible", parties(m.responsible)},
               {"result", m.result.value}};
}

Value section_context(const Section &s) {
    return Map{{"num", s.num},
               {"title", s.title.value},
               {"measures", list_of(s.measures, measure_context)}};
}

Value appendix_context(const Appendix &a) {
    return Map{{"num", a.num},
               {"approval", a.approval.value},
               {"title", a.title.value},
               {"sections", list_of(a.sections, section_context)},
               {"measures", list_of(a.measures, measure_context)}};
}

Value requisites_context(const Requisites &r) {
    return Map{{"parent", r.parent.value},    {"authority", r.authority.value},
               {"date", r.date.iso},          {"date_as_written", r.date.as_written},
               {"number", r.number.value},    {"place", r.place.value},
               {"title", r.title.value},      {"addressee", r.addressee.value},
               {"reply_to", r.reply_to.value}};
}

Value glossary_context(const GlossaryTerm &t) {
    return Map{{"abbr", t.abbr}, {"full", t.full}};
}

Value signature_context(const Signature &s) {
    return Map{{"position", s.position.value}, {"person", s.person.value}};
}

Value reference_context(const Reference &r) {
    return Map{
        {"kind", r.kind}, {"date", r.date}, {"number", r.number}, {"as_written", r.as_written}};
}

Text sample_text(const char *value) {
    return Text{value, {}};
}

Party sample_party() {
    Party p;
    p.org = "Управление общего образования";
    p.org_abbr = "УОО";
    p.person = "Маханова А.В.";
    p.position = "начальник управления";
    p.as_written = "Управление общего образования (Маханова А.В.)";
    return p;
}

// Every member set, so that context_schema() lists every field.
Deadline sample_deadline() {
    Deadline d;
    d.kind = DeadlineKind::Recurring;
    d.date = "2023-06-01";
    d.from = "2023-01-01";
    d.to = "2023-12-31";
    d.every = "year";
    d.day = 1;
    d.amount = 1;
    d.unit = "year";
    d.as_written = "ежегодно до 1 июня";
    return d;
}

Point sample_point(const std::string &num, int depth) {
    Point p;
    p.num = num;
    p.text = sample_text("Обеспечить исполнение.");
    p.responsible = {sample_party()};
    p.deadlines = {sample_deadline()};
    if (depth > 1)
        p.points = {sample_point(num + ".1", depth - 1)};
    return p;
}

Measure sample_measure() {
    Measure m;
    m.num = "1";
    m.name = sample_text("Провести семинар");
    m.deadlines = {sample_deadline()};
    m.responsible = {sample_party()};
    m.result = sample_text("Проведён семинар");
    return m;
}

Record sample_record() {
    Record r;
    r.kind = "приказ";
    r.kind_as_written = sample_text("П Р И К А З");
    Requisites &q = r.requisites;
    q.parent = sample_text("РЕСПУБЛИКА КРЫМ");
    q.authority = sample_text("МИНИСТЕРСТВО ОБРАЗОВАНИЯ");
    q.date = Date{"2023-03-01", "01.03.2023", {}};
    q.number = sample_text("123");
    q.place = sample_text("г. Симферополь");
    q.title = sample_text("Об утверждении плана");
    q.addressee = sample_text("Руководителям");
    q.reply_to = sample_text("на № 1 от 01.02.2023");
    r.glossary = {GlossaryTerm{"УОО", "Управление общего образования", {}}};
    r.preamble = sample_text("В целях …");
    r.enacting_word = sample_text("ПРИКАЗЫВАЮ");
    r.points = {sample_point("1", 3)};
    Section s{"1", sample_text("Раздел"), {sample_measure()}, {}};
    r.appendices = {
        Appendix{"1", sample_text("УТВЕРЖДЕН"), sample_text("План"), {s}, {sample_measure()}, {}}};
    r.control = Control{sample_text("заместителя министра"),
                        sample_text("Иванова И.И."),
                        "Контроль … возложить на …",
                        {}};
    r.signatures = {Signature{sample_text("Министр"), sample_text("Петров П.П.")}};
    r.references = {Reference{"письмо", "2023-02-01", "1", "письмо от 01.02.2023 № 1", {}}};
    return r;
}

} // namespace

Value party_context(const Party &p) {
    return Map{{"org", p.org},
               {"org_abbr", p.org_abbr},
               {"person", p.person},
               {"position", p.position},
               {"as_written", p.as_written}};
}

Value deadline_context(const Deadline &d) {
    return Map{{"kind", deadline_kind_name(d.kind)},
               {"date", d.date},
               {"from", d.from},
               {"to", d.to},
               {"every", d.every},
               {"day", d.day},
               {"amount", d.amount},
               {"unit", d.unit},
               {"as_written", d.as_written}};
}

Value record_context(const Record &r) {
    Map m{{"kind", r.kind},
          {"kind_as_written", r.kind_as_written.value},
          {"requisites", requisites_context(r.requisites)},
          {"glossary", list_of(r.glossary, glossary_context)},
          {"preamble", r.preamble.value},
          {"enacting_word", r.enacting_word.value},
          {"points", list_of(r.points, point_context)},
          {"appendices", list_of(r.appendices, appendix_context)}};
    if (r.control)
        m.emplace_back("control", Map{{"position", r.control->position.value},
                                      {"person", r.control->person.value},
                                      {"as_written", r.control->as_written}});
    m.emplace_back("signatures", list_of(r.signatures, signature_context));
    m.emplace_back("references", list_of(r.references, reference_context));
    return m;
}

Value context_schema() {
    // Built from record_context itself so that the schema cannot drift from the context; plus
    // the values the shipped templates take from `prikaz render --set` (not in a record).
    static const Value schema = [] {
        Map fields = record_context(sample_record()).as_map();
        fields.emplace_back(
            "executor", Map{{"name", "Иванова Мария Петровна"}, {"phone", "+7 (000) 000-00-00"}});
        return Value(std::move(fields));
    }();
    return schema;
}

} // namespace prikaz::render
