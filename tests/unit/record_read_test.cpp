// Reading a record XML back (record/record_xml_read.h): the inverse of the writer, schema
// checked first, problems reported with the file and line; and the corpus expected records
// are valid and survive a write/read round trip.
#include "record/record_xml_read.h"
#include "record/validate.h"
#include "test_support.h"
#include "write/record_xml.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace prikaz::record;
using prikaz::write::record_to_xml;
using testing::HasSubstr;

namespace {

const char *const kCorpusDocuments[] = {"000-krym-kollegiya-reshenie",
                                        "001-sakhalin-rasporyazhenie-kompleks-mer",
                                        "002-kbr-prikaz-dorozhnaya-karta",
                                        "003-engels-kollegiya-reshenie",
                                        "004-krym-imac-pismo",
                                        "005-uo-plan-meropriyatiy",
                                        "006-uo-prikaz-cp1251",
                                        "007-uo-pismo-koi8r"};

Party party(const std::string &org, const std::string &person, bool inherited) {
    Party p;
    p.org = org;
    p.org_abbr = "УОО";
    p.person = person;
    p.position = "начальник";
    p.inherited = inherited;
    p.as_written = "Управлению общего образования (" + person + ")";
    p.source = {"b11", 0, 46};
    return p;
}

Deadline deadline(DeadlineKind kind, const std::string &written) {
    Deadline d;
    d.kind = kind;
    d.as_written = written;
    d.source = {"b12"};
    return d;
}

Point sample_point() {
    Point p;
    p.num = "3";
    p.text = {"Управлению общего образования (Маханова А.В.):", {"b11"}};
    p.responsible.push_back(party("Управление общего образования", "Маханова А.В.", false));
    Point child;
    child.num = "3.1";
    child.text = {"проанализировать\nнеобходимость & «риски» <итоги>", {"b13", 6, 40}};
    child.responsible.push_back(party("Управление общего образования", "Маханова А.В.", true));
    Deadline by = deadline(DeadlineKind::By, "до 31 мая");
    by.date = "2020-05-31";
    by.year_inferred = true;
    Deadline rec = deadline(DeadlineKind::Recurring, "ежеквартально, до 10 числа");
    rec.every = "quarter";
    rec.day = 10;
    Deadline rel = deadline(DeadlineKind::Relative, "в течение 10 рабочих дней");
    rel.amount = 10;
    rel.unit = "workday";
    child.deadlines = {by, rec, rel};
    p.points.push_back(child);
    return p;
}

Appendix sample_appendix() {
    Appendix a;
    a.num = "1";
    a.approval = {"УТВЕРЖДЕН приказом от 15.05.2020 N 4569", {"b30"}};
    a.title = {"План мероприятий", {"b31"}};
    Measure m;
    m.num = "1.1";
    m.name = {"Проведение анализа", {"b32/r2/c1/b0"}};
    Deadline period = deadline(DeadlineKind::Period, "ноябрь – декабрь 2022 года");
    period.from = "2022-11-01";
    period.to = "2022-12-31";
    m.deadlines.push_back(period);
    m.responsible.push_back(party("ГБУ «РЦОКО»", "", false));
    m.result = {"Справка", {"b32/r2/c4/b0"}};
    a.measures.push_back(m);
    Section s;
    s.num = "2";
    s.title = {"Сбор сведений", {"b32/r3/c0/b0"}};
    s.measures.push_back(m);
    a.sections.push_back(s);
    return a;
}

Record sample_record() {
    Record r;
    r.kind = "приказ";
    r.kind_as_written = {"ПРИКАЗ", {}};
    r.source_name = "source.docx";
    r.requisites.parent = {"РЕСПУБЛИКА КРЫМ", {"b0"}};
    r.requisites.authority = {"МИНИСТЕРСТВО ОБРАЗОВАНИЯ", {"b1"}};
    r.requisites.date = {"2022-12-14", "от 14.12 2022 г.", {"b3", 0, 16}};
    r.requisites.number = {"7/3", {"b5", 2, 5}};
    r.requisites.place = {"г. Симферополь", {"b4"}};
    r.requisites.title = {"Об итогах работы", {"b6"}};
    r.requisites.addressee = {"Руководителям ОО", {"b7"}};
    r.requisites.reply_to = {"на № _____ от _____", {"b8"}};
    r.glossary.push_back({"ОМСУ", "органы местного самоуправления", {"b40", 0, 50}});
    r.preamble = {"В целях …\nвторой абзац", {}};
    r.enacting_word = {"ПРИКАЗЫВАЮ", {"b9"}};
    r.points.push_back(sample_point());
    r.appendices.push_back(sample_appendix());
    r.control =
        Control{{"заместитель министра", {}}, {"Беспалова С.Э.", {}}, "Контроль …", {"b20"}};
    r.signatures.push_back({{"Министр", {"b21"}}, {"А.Н. Киктева", {"b22"}}});
    r.references.push_back({"письмо", "2020-03-30", "01-121/13-01", "письмо от 30 марта", {"b9"}});
    return r;
}

std::string expected_xml(const std::string &document) {
    return prikaz::test::read_file(prikaz::test::corpus_path(document + "/expected.xml"));
}

} // namespace

TEST(RecordRead, WrittenRecordRoundTripsByteForByte) {
    std::string xml = record_to_xml(sample_record());
    ASSERT_TRUE(validate_record_xml(xml).empty());
    EXPECT_EQ(record_to_xml(read_record_xml(xml, "sample.xml")), xml);
}

TEST(RecordRead, ReadsEveryValue) {
    Record r = read_record_xml(record_to_xml(sample_record()), "sample.xml");
    EXPECT_EQ(r.kind, "приказ");
    EXPECT_EQ(r.requisites.date.iso, "2022-12-14");
    EXPECT_EQ(r.requisites.number.source.begin, 2);
    EXPECT_EQ(r.requisites.reply_to.value, "на № _____ от _____");
    ASSERT_EQ(r.points.size(), 1u);
    const Point &child = r.points[0].points.at(0);
    EXPECT_EQ(child.text.value, "проанализировать\nнеобходимость & «риски» <итоги>");
    EXPECT_EQ(child.text.source.block, "b13");
    ASSERT_EQ(child.deadlines.size(), 3u);
    EXPECT_EQ(child.deadlines[0].kind, DeadlineKind::By);
    EXPECT_TRUE(child.deadlines[0].year_inferred);
    EXPECT_EQ(child.deadlines[1].day, 10);
    EXPECT_EQ(child.deadlines[2].unit, "workday");
    EXPECT_TRUE(child.responsible.at(0).inherited);
    EXPECT_FALSE(r.points[0].responsible.at(0).inherited);
    EXPECT_EQ(child.responsible.at(0).org_abbr, "УОО");
    ASSERT_EQ(r.appendices.size(), 1u);
    EXPECT_EQ(r.appendices[0].measures.size(), 1u);
    EXPECT_EQ(r.appendices[0].sections.at(0).measures.at(0).result.value, "Справка");
    ASSERT_TRUE(r.control.has_value());
    EXPECT_EQ(r.control->person.value, "Беспалова С.Э.");
    EXPECT_EQ(r.references.at(0).number, "01-121/13-01");
}

TEST(RecordRead, MalformedXmlNamesFileAndLine) {
    try {
        read_record_xml("<?xml version=\"1.0\"?>\n<document xmlns=\"urn:prikaz:document:1\""
                        " kind=\"приказ\">\n<requisites>\n<number>7 & 3</number>\n"
                        "</requisites>\n</document>\n",
                        "broken.xml");
        FAIL() << "no error";
    } catch (const RecordError &e) {
        EXPECT_EQ(e.file(), "broken.xml");
        EXPECT_EQ(e.line(), 4);
        EXPECT_THAT(e.what(), HasSubstr("broken.xml:4:"));
    }
}

TEST(RecordRead, SchemaViolationNamesLineAndElement) {
    const char *xml = "<?xml version=\"1.0\"?>\n"
                      "<document xmlns=\"urn:prikaz:document:1\" kind=\"приказ\">\n"
                      "  <points>\n"
                      "    <point num=\"1\"><deadline kind=\"soon\">скоро</deadline></point>\n"
                      "  </points>\n"
                      "</document>\n";
    try {
        read_record_xml(xml, "bad.xml");
        FAIL() << "no error";
    } catch (const RecordError &e) {
        EXPECT_EQ(e.line(), 4);
        EXPECT_THAT(e.problem(), HasSubstr("kind"));
    }
}

TEST(RecordRead, RefusesDocumentTypeDeclaration) {
    const char *xml = "<?xml version=\"1.0\"?>\n"
                      "<!DOCTYPE document [<!ENTITY x \"xxxxxxxx\">]>\n"
                      "<document xmlns=\"urn:prikaz:document:1\" kind=\"&x;\"/>\n";
    EXPECT_THROW(read_record_xml(xml, "dtd.xml"), RecordError);
}

TEST(RecordRead, CorpusExpectedRecordsValidateAndRoundTrip) {
    for (const char *document : kCorpusDocuments) {
        SCOPED_TRACE(document);
        std::string xml = expected_xml(document);
        std::vector<ValidationIssue> issues = validate_record_xml(xml);
        EXPECT_TRUE(issues.empty()) << issues.front().line << ": " << issues.front().message;
        Record first = read_record_xml(xml, document);
        std::string written = record_to_xml(first);
        EXPECT_EQ(record_to_xml(read_record_xml(written, document)), written);
        EXPECT_FALSE(first.kind.empty());
        EXPECT_FALSE(first.requisites.date.iso.empty());
    }
}

TEST(RecordRead, CorpusExpectedRecordHoldsHandCheckedValues) {
    Record r = read_record_xml(expected_xml("000-krym-kollegiya-reshenie"), "000");
    EXPECT_EQ(r.requisites.number.value, "7/3");
    EXPECT_EQ(r.requisites.date.as_written, "от 14.12 2022 г.");
    const Point &p3 = r.points.at(2);
    EXPECT_EQ(p3.num, "3");
    const Point &p321 = p3.points.at(1).points.at(0);
    EXPECT_EQ(p321.num, "3.2.1");
    EXPECT_TRUE(p321.deadlines.empty()); // both "до 1 марта" lines follow 3.2.2's text
    const Point &p322 = p3.points.at(1).points.at(1);
    ASSERT_EQ(p322.deadlines.size(), 2u);
    EXPECT_EQ(p322.deadlines.at(0).date, "2023-03-01");
    EXPECT_EQ(p322.deadlines.at(1).as_written, "До 01 марта 2023 года");
    EXPECT_TRUE(p321.responsible.at(0).inherited);
    EXPECT_EQ(p321.responsible.at(0).person, "Маханова А.В.");
    EXPECT_EQ(r.control->person.value, "Беспалова С.Э.");
}
