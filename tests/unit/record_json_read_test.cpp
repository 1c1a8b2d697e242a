// Reading a record JSON back (record/record_json_read.h): the inverse of write::record_to_json
// (every corpus record survives record → JSON → record unchanged, compared through its XML
// view), and bad JSON is refused with the file and the member named.
#include "record/record_json_read.h"
#include "record/record_xml_read.h"
#include "test_support.h"
#include "write/record_json.h"
#include "write/record_xml.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

namespace prikaz::record {
namespace {

using testing::HasSubstr;

std::string to_json(const Record &r) {
    std::ostringstream out;
    write::record_to_json(r, out);
    return out.str();
}

std::vector<std::filesystem::path> corpus_records() {
    std::vector<std::filesystem::path> out;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(test::corpus_path("")))
        if (entry.path().filename() == "expected.xml")
            out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

TEST(RecordJsonRead, CorpusRecordsSurviveTheJsonRoundTrip) {
    std::vector<std::filesystem::path> files = corpus_records();
    ASSERT_GE(files.size(), 8u);
    for (const auto &file : files) {
        Record original = read_record_xml(test::read_file(file.string()), file.string());
        Record back = read_record_json(to_json(original), file.string() + ".json");
        EXPECT_EQ(write::record_to_xml(back), write::record_to_xml(original)) << file;
    }
}

// Every member the writer can emit, including those the corpus may lack (sources with ranges,
// inherited parties, inferred years, control, reply_to, sections and loose measures).
Record full_record() {
    Record r;
    r.kind = "распоряжение";
    r.kind_as_written = Text{"Р А С П О Р Я Ж Е Н И Е", {}};
    r.source_name = "doc.docx";
    r.requisites.parent = Text{"РЕСПУБЛИКА КРЫМ", {"b1", -1, -1}};
    r.requisites.date = Date{"2023-03-01", "от 01.03.2023", {"b2", 3, 13}};
    r.requisites.reply_to = Text{"на № 5 от 01.02.2023", {"b3", -1, -1}};
    r.glossary = {GlossaryTerm{"УОО", "Управление общего образования", {"b4", 0, 3}}};
    r.preamble = Text{"В целях", {"b5", -1, -1}};
    r.enacting_word = Text{"ОБЯЗЫВАЮ", {"b6", -1, -1}};
    Party party{"Управление",        "УОО",        "Иванов И.И.", "начальник", true,
                "УОО (Иванов И.И.)", {"b7", 0, 10}};
    Deadline d;
    d.kind = DeadlineKind::Recurring;
    d.date = "2023-06-01";
    d.every = "year";
    d.day = 1;
    d.year_inferred = true;
    d.as_written = "ежегодно до 1 июня";
    d.source = {"", 0, 18};
    Point sub{"1.1", Text{"Подпункт", {"b8", -1, -1}}, {party}, {d}, {}, {"b8", -1, -1}};
    r.points = {Point{"1", Text{"Пункт", {"b7", -1, -1}}, {}, {}, {sub}, {"b7", -1, -1}}};
    Measure m{"1", Text{"Семинар", {}}, {d}, {party}, Text{"Отчёт", {}}, {"t1", -1, -1}};
    r.appendices = {Appendix{"1",
                             Text{"УТВЕРЖДЕН", {}},
                             Text{"План", {}},
                             {Section{"I", Text{"Раздел", {}}, {m}, {}}},
                             {m},
                             {}}};
    r.control = Control{Text{"заместителя", {}}, Text{"Петрова П.П.", {}}, "Контроль", {"b9"}};
    r.signatures = {Signature{Text{"Министр", {}}, Text{"Сидоров С.С.", {}}}};
    r.references = {Reference{"приказ", "2022-01-01", "7", "приказ от 01.01.2022 № 7", {}}};
    return r;
}

TEST(RecordJsonRead, EveryMemberSurvives) {
    Record original = full_record();
    Record back = read_record_json(to_json(original), "full.json");
    EXPECT_EQ(write::record_to_xml(back), write::record_to_xml(original));
    EXPECT_EQ(back.source_name, "doc.docx");
    ASSERT_EQ(back.points.at(0).points.at(0).responsible.size(), 1u);
    EXPECT_TRUE(back.points[0].points[0].responsible[0].inherited);
    EXPECT_TRUE(back.points[0].points[0].deadlines.at(0).year_inferred);
    EXPECT_EQ(back.points[0].points[0].deadlines[0].source.end, 18);
    ASSERT_TRUE(back.control.has_value());
    EXPECT_EQ(back.control->source.block, "b9");
}

void expect_refused(const std::string &json, const std::string &problem) {
    try {
        read_record_json(json, "bad.json");
        ADD_FAILURE() << "accepted: " << json;
    } catch (const RecordError &e) {
        EXPECT_EQ(e.file(), "bad.json");
        EXPECT_THAT(e.what(), HasSubstr("bad.json"));
        EXPECT_THAT(e.problem(), HasSubstr(problem)) << json;
    }
}

TEST(RecordJsonRead, BadInputIsRefusedWithTheMemberNamed) {
    expect_refused("", "malformed JSON");
    expect_refused("{\"kind\": \"приказ\",", "malformed JSON");
    expect_refused("[1, 2]", "not a record");
    expect_refused("{\"kind\": 5}", "kind: expected a string");
    expect_refused("{\"kinde\": \"приказ\"}", "kinde: unknown member");
    expect_refused("{\"points\": {}}", "points: expected an array");
    expect_refused("{\"points\": [3]}", "points[0]: expected an object");
    expect_refused("{\"points\": [{\"num\": \"1\", \"deadlines\": [{\"kind\": \"soon\"}]}]}",
                   "points[0].deadlines[0].kind: unknown deadline kind");
    expect_refused("{\"points\": [{\"deadlines\": [{\"text\": \"x\"}]}]}",
                   "points[0].deadlines[0].kind: missing");
    expect_refused("{\"points\": [{\"deadlines\": [{\"kind\": \"by\", \"day\": \"5\"}]}]}",
                   "day: expected an integer");
    expect_refused("{\"points\": [{\"src\": \"b1\", \"begin\": 99999999999}]}",
                   "begin: integer out of range");
    expect_refused("{\"requisites\": {\"date\": {\"value\": \"2023-01-01\", \"txt\": \"\"}}}",
                   "requisites.date.txt: unknown member");
    expect_refused("{\"appendices\": [{\"sections\": [{\"measures\": [{\"responsible\": "
                   "[{\"inherited\": \"yes\"}]}]}]}]}",
                   "appendices[0].sections[0].measures[0].responsible[0].inherited: expected");
    expect_refused("{\"preamble\": \"text\"}", "preamble: expected an object");
}

TEST(RecordJsonRead, DeepNestingIsRefusedNotACrash) {
    std::string deep;
    for (int i = 0; i < 5000; ++i)
        deep += "{\"points\": [";
    expect_refused(deep, "malformed JSON");
}

TEST(RecordJsonRead, EmptyObjectIsAnEmptyRecord) {
    Record r = read_record_json("{}", "empty.json");
    EXPECT_TRUE(r.kind.empty());
    EXPECT_TRUE(r.points.empty());
    EXPECT_FALSE(r.control.has_value());
}

} // namespace
} // namespace prikaz::record
