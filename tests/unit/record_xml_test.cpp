// The record XML writer and the schema: everything the writer emits validates, and invalid
// records are reported with line numbers.
#include "record/validate.h"
#include "write/record_xml.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace prikaz::record;
using prikaz::write::record_to_xml;
using testing::HasSubstr;

namespace {

Record full_record() {
    Record r;
    r.kind = "решение";
    r.kind_as_written = {"РЕШЕНИЕ", {"b2"}};
    r.source_name = "corpus/000/source.docx";
    r.requisites.parent = {"РЕСПУБЛИКА КРЫМ", {"b0"}};
    r.requisites.authority = {"Коллегия Министерства образования, науки и молодежи Республики Крым",
                              {"b1"}};
    r.requisites.date = {"2022-12-14", "от 14.12 2022 г.", {"b3", 0, 16}};
    r.requisites.number = {"7/3", {"b5", 2, 5}};
    r.requisites.place = {"г. Симферополь", {"b4"}};
    r.requisites.title = {"Об итогах работы", {"b6"}};
    r.glossary.push_back({"ОМСУ", "органы местного самоуправления", {"b40", 0, 50}});
    r.preamble = {"Заслушав информацию …", {"b7"}};
    r.enacting_word = {"РЕШИЛА", {"b8"}};
    Point p3;
    p3.num = "3";
    p3.text = {"Управлению общего образования (Маханова А.В.):", {"b11"}};
    Party party;
    party.org = "Управление общего образования";
    party.person = "Маханова А.В.";
    party.as_written = "Управлению общего образования (Маханова А.В.)";
    party.source = {"b11", 0, 46};
    p3.responsible.push_back(party);
    Point p31;
    p31.num = "3.1";
    p31.text = {"Продолжить координацию", {"b12"}};
    Deadline d;
    d.kind = DeadlineKind::Period;
    d.from = "2023-01-01";
    d.to = "2023-12-31";
    d.as_written = "В течение 2023 года";
    d.source = {"b13"};
    p31.deadlines.push_back(d);
    party.inherited = true;
    p31.responsible.push_back(party);
    p3.points.push_back(p31);
    r.points.push_back(p3);
    Appendix a;
    a.num = "1";
    a.title = {"План мероприятий", {"b50"}};
    Section s;
    s.num = "1";
    s.title = {"Меры, направленные на определение ШНОР", {"b52/r1/c0/b0"}};
    Measure m;
    m.num = "1.1";
    m.name = {"Разработка критериев", {"b52/r2/c1/b0"}};
    Deadline rec;
    rec.kind = DeadlineKind::Recurring;
    rec.every = "month";
    rec.day = 5;
    rec.as_written = "ежемесячно до 5 числа";
    m.deadlines.push_back(rec);
    m.result = {"Утверждение критериев", {"b52/r2/c4/b0"}};
    s.measures.push_back(m);
    a.sections.push_back(s);
    r.appendices.push_back(a);
    r.control = Control{{"заместитель министра", {}},
                        {"Беспалова С.Э.", {}},
                        "Контроль … возложить на заместителя министра Беспалову С.Э.",
                        {"b30"}};
    r.signatures.push_back({{"Председатель коллегии", {"b33"}}, {"В.В. Лаврик", {"b35"}}});
    r.references.push_back({"письмо",
                            "2020-03-30",
                            "01-121/13-01",
                            "письмо от 30 марта 2020 г. N 01-121/13-01",
                            {"b7", 10, 52}});
    return r;
}

} // namespace

TEST(RecordXml, FullRecordIsValid) {
    std::string xml = record_to_xml(full_record());
    auto issues = validate_record_xml(xml);
    for (const auto &i : issues)
        ADD_FAILURE() << "line " << i.line << ": " << i.message << "\n" << xml;
    EXPECT_THAT(xml, HasSubstr(R"(<document kind="решение" kind-written="РЕШЕНИЕ")"));
    EXPECT_THAT(xml, HasSubstr(R"(xmlns="urn:prikaz:document:1")"));
    EXPECT_THAT(xml, HasSubstr(R"(<date value="2022-12-14" src="b3" begin="0" end="16">)"));
    EXPECT_THAT(xml, HasSubstr(R"(kind="recurring" every="month" day="5")"));
    EXPECT_THAT(xml, HasSubstr(R"(<party inherited="true")"));
}

TEST(RecordXml, EmptyRecordIsValid) {
    EXPECT_TRUE(validate_record_xml(record_to_xml(Record{})).empty());
}

TEST(RecordXml, EscapesMarkupInText) {
    Record r;
    r.kind = "приказ";
    r.requisites.title = {"О «школах» & <классах>", {}};
    std::string xml = record_to_xml(r);
    EXPECT_THAT(xml, HasSubstr("О «школах» &amp; &lt;классах&gt;"));
    EXPECT_TRUE(validate_record_xml(xml).empty());
}

TEST(RecordSchema, InvalidRecordReportedWithLine) {
    std::string xml = "<?xml version=\"1.0\"?>\n<document xmlns=\"urn:prikaz:document:1\" "
                      "kind=\"приказ\">\n<requisites>\n<date value=\"14.12.2022\">x</date>\n"
                      "</requisites>\n</document>\n";
    auto issues = validate_record_xml(xml);
    ASSERT_FALSE(issues.empty());
    EXPECT_EQ(issues[0].line, 4);
    EXPECT_THAT(issues[0].message, HasSubstr("value"));
}

TEST(RecordSchema, UnknownDeadlineKindAndMissingKindRefused) {
    EXPECT_FALSE(validate_record_xml("<document xmlns=\"urn:prikaz:document:1\"/>").empty());
    EXPECT_FALSE(validate_record_xml("<document xmlns=\"urn:prikaz:document:1\" kind=\"приказ\">"
                                     "<points><point><deadline kind=\"soon\">x</deadline></point>"
                                     "</points></document>")
                     .empty());
}

TEST(RecordSchema, MalformedAndDoctypeRefused) {
    EXPECT_FALSE(validate_record_xml("<document").empty());
    EXPECT_FALSE(validate_record_xml("<!DOCTYPE document [<!ENTITY e \"x\">]><document "
                                     "xmlns=\"urn:prikaz:document:1\" kind=\"&e;\"/>")
                     .empty());
}
