// The template context (render/context.h): a record's fields under the documented names, and
// a schema that holds every field any context can have.
#include "render/context.h"

#include <gtest/gtest.h>

#include <functional>
#include <set>

namespace prikaz::render {
namespace {

using namespace prikaz::record;

Record small_record() {
    Record r;
    r.kind = "приказ";
    r.kind_as_written.value = "П Р И К А З";
    r.requisites.authority.value = "МИНИСТЕРСТВО ОБРАЗОВАНИЯ";
    r.requisites.date = Date{"2023-03-01", "01.03.2023", {}};
    r.requisites.number.value = "123-п";
    r.glossary = {GlossaryTerm{"УОО", "Управление общего образования", {}}};
    r.enacting_word.value = "ПРИКАЗЫВАЮ";
    Point p;
    p.num = "1";
    p.text.value = "Обеспечить.";
    Party party;
    party.org = "Управление общего образования";
    party.person = "Маханова А.В.";
    p.responsible = {party};
    Deadline d;
    d.kind = DeadlineKind::AsNeeded;
    d.as_written = "по мере необходимости";
    p.deadlines = {d};
    Point sub;
    sub.num = "1.1";
    sub.text.value = "Подпункт.";
    p.points = {sub};
    r.points = {p};
    Appendix a;
    a.num = "1";
    Measure m;
    m.num = "1";
    m.name.value = "Семинар";
    Deadline every;
    every.kind = DeadlineKind::Recurring;
    every.every = "month";
    every.day = 5;
    m.deadlines = {every};
    a.sections = {Section{"1", Text{"Раздел", {}}, {m}, {}}};
    r.appendices = {a};
    r.signatures = {Signature{Text{"Министр", {}}, Text{"Петров П.П.", {}}}};
    r.references = {Reference{"письмо", "2023-02-01", "12", "письмо от 01.02.2023 № 12", {}}};
    return r;
}

TEST(RenderContext, FieldsUnderTheirNames) {
    Value c = record_context(small_record());
    EXPECT_EQ(c.get("kind").as_string(), "приказ");
    EXPECT_EQ(c.get("kind_as_written").as_string(), "П Р И К А З");
    const Value &req = c.get("requisites");
    EXPECT_EQ(req.get("date").as_string(), "2023-03-01");
    EXPECT_EQ(req.get("date_as_written").as_string(), "01.03.2023");
    EXPECT_EQ(req.get("number").as_string(), "123-п");
    EXPECT_EQ(req.get("authority").as_string(), "МИНИСТЕРСТВО ОБРАЗОВАНИЯ");
    EXPECT_FALSE(req.get("title").truthy()); // empty text: present, falsy
    EXPECT_EQ(c.get("glossary").as_list().at(0).get("abbr").as_string(), "УОО");
    EXPECT_EQ(c.get("enacting_word").as_string(), "ПРИКАЗЫВАЮ");
    EXPECT_FALSE(c.get("preamble").truthy());

    const Value &point = c.get("points").as_list().at(0);
    EXPECT_EQ(point.get("num").as_string(), "1");
    EXPECT_EQ(point.get("text").as_string(), "Обеспечить.");
    EXPECT_EQ(point.get("responsible").as_list().at(0).get("person").as_string(), "Маханова А.В.");
    EXPECT_EQ(point.get("deadlines").as_list().at(0).get("kind").as_string(), "as_needed");
    EXPECT_EQ(point.get("points").as_list().at(0).get("num").as_string(), "1.1");

    const Value &measure =
        c.get("appendices").as_list().at(0).get("sections").as_list().at(0).get("measures");
    const Value &every = measure.as_list().at(0).get("deadlines").as_list().at(0);
    EXPECT_EQ(every.get("every").as_string(), "month");
    EXPECT_EQ(every.get("day").as_int(), 5);
    EXPECT_TRUE(c.get("appendices").as_list().at(0).get("measures").as_list().empty());

    EXPECT_TRUE(c.get("control").is_null()); // absent when the record has none
    EXPECT_EQ(c.get("signatures").as_list().at(0).get("person").as_string(), "Петров П.П.");
    EXPECT_EQ(c.get("references").as_list().at(0).get("number").as_string(), "12");
}

TEST(RenderContext, ControlWhenPresent) {
    Record r = small_record();
    r.control = Control{
        Text{"заместителя министра", {}}, Text{"Иванова И.И.", {}}, "Контроль возложить", {}};
    Value c = record_context(r);
    EXPECT_EQ(c.get("control").get("person").as_string(), "Иванова И.И.");
    EXPECT_EQ(c.get("control").get("as_written").as_string(), "Контроль возложить");
}

// Every path of a value: "points[].responsible[].org" for a list element's member.
void collect_paths(const Value &v, const std::string &path, std::set<std::string> &out) {
    if (!path.empty())
        out.insert(path);
    if (v.is_map())
        for (const auto &[k, child] : v.as_map())
            collect_paths(child, path.empty() ? k : path + "." + k, out);
    if (v.is_list())
        for (const Value &child : v.as_list())
            collect_paths(child, path + "[]", out);
}

TEST(RenderContext, SchemaHoldsEveryDocumentedField) {
    std::set<std::string> paths;
    collect_paths(context_schema(), "", paths);
    const char *party[] = {"org", "org_abbr", "person", "position", "as_written"};
    const char *deadline[] = {"kind", "date",   "from", "to",        "every",
                              "day",  "amount", "unit", "as_written"};
    std::vector<std::string> expected = {"kind",
                                         "kind_as_written",
                                         "requisites.parent",
                                         "requisites.authority",
                                         "requisites.date",
                                         "requisites.date_as_written",
                                         "requisites.number",
                                         "requisites.place",
                                         "requisites.title",
                                         "requisites.addressee",
                                         "requisites.reply_to",
                                         "glossary[].abbr",
                                         "glossary[].full",
                                         "preamble",
                                         "enacting_word",
                                         "points[].num",
                                         "points[].text",
                                         "points[].points[].num",
                                         "points[].points[].points[].text",
                                         "appendices[].num",
                                         "appendices[].approval",
                                         "appendices[].title",
                                         "appendices[].sections[].num",
                                         "appendices[].sections[].title",
                                         "appendices[].sections[].measures[].name",
                                         "appendices[].measures[].num",
                                         "appendices[].measures[].result",
                                         "control.position",
                                         "control.person",
                                         "control.as_written",
                                         "signatures[].position",
                                         "signatures[].person",
                                         "references[].kind",
                                         "references[].date",
                                         "references[].number",
                                         "references[].as_written"};
    for (const char *f : party) {
        expected.push_back(std::string("points[].responsible[].") + f);
        expected.push_back(std::string("appendices[].sections[].measures[].responsible[].") + f);
        expected.push_back(std::string("appendices[].measures[].responsible[].") + f);
    }
    for (const char *f : deadline) {
        expected.push_back(std::string("points[].deadlines[].") + f);
        expected.push_back(std::string("points[].points[].deadlines[].") + f);
        expected.push_back(std::string("appendices[].measures[].deadlines[].") + f);
        expected.push_back(std::string("appendices[].sections[].measures[].deadlines[].") + f);
    }
    for (const std::string &p : expected)
        EXPECT_TRUE(paths.count(p)) << p;
    // Each list holds exactly one sample element, so a checker sees one shape per list.
    std::function<void(const Value &)> one_each = [&](const Value &v) {
        if (v.is_list()) {
            EXPECT_LE(v.as_list().size(), 1u);
            for (const Value &c : v.as_list())
                one_each(c);
        }
        if (v.is_map())
            for (const auto &[k, c] : v.as_map())
                one_each(c);
    };
    one_each(context_schema());
}

// The schema and the context come from one description: every path a real record's context
// has is in the schema.
TEST(RenderContext, ContextPathsAreSchemaPaths) {
    Record r = small_record();
    r.control = Control{Text{"a", {}}, Text{"b", {}}, "c", {}};
    std::set<std::string> schema, context;
    collect_paths(context_schema(), "", schema);
    collect_paths(record_context(r), "", context);
    for (const std::string &p : context)
        EXPECT_TRUE(schema.count(p)) << p;
}

} // namespace
} // namespace prikaz::render
