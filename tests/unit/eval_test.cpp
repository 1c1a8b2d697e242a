// The extraction measurement (record/eval_*.h): item sets per field, multiset comparison,
// precision / recall / F1 computed by hand, and the report.
#include "record/eval_items.h"
#include "record/eval_report.h"
#include "record/eval_score.h"
#include "record/record_xml_read.h"
#include "test_support.h"

#include <Poco/JSON/Parser.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

using namespace prikaz::record;
using namespace prikaz::record::eval;
using testing::HasSubstr;

namespace {

Point point(const std::string &num, const std::string &text) {
    Point p;
    p.num = num;
    p.text.value = text;
    return p;
}

// By value: callers pass the temporary result of compare_records().
FieldResult field(const std::vector<FieldResult> &results, const std::string &name) {
    for (const FieldResult &f : results)
        if (f.field == name)
            return f;
    throw std::runtime_error("no field " + name);
}

Record corpus_expected(const std::string &document) {
    std::string path = prikaz::test::corpus_path(document + "/expected.xml");
    return read_record_xml(prikaz::test::read_file(path), path);
}

} // namespace

TEST(Eval, IdenticalRecordsScoreOneOnEveryField) {
    Record rec = corpus_expected("001-sakhalin-rasporyazhenie-kompleks-mer");
    std::vector<FieldResult> results = compare_records(rec, rec);
    ASSERT_EQ(results.size(), field_names().size());
    for (const FieldResult &f : results) {
        SCOPED_TRACE(f.field);
        EXPECT_DOUBLE_EQ(f.counts.f1(), 1.0);
        EXPECT_EQ(f.counts.matched, f.counts.expected);
        EXPECT_TRUE(f.missing.empty());
        EXPECT_TRUE(f.extra.empty());
    }
    EXPECT_EQ(field(results, "measures").counts.expected, 30u); // 6 + 3 + 5 + 7 + 9
    EXPECT_GT(field(results, "parties").counts.expected, 60u);
}

TEST(Eval, PointsPrecisionRecallByHand) {
    Record expected, actual;
    expected.points = {point("1", "a"), point("2", "b"), point("3", "c")};
    actual.points = {point("1", "a"), point("2", "B"), point("4", "d"), point("5", "e")};
    const FieldResult points = field(compare_records(expected, actual), "points");
    EXPECT_EQ(points.counts.expected, 3u);
    EXPECT_EQ(points.counts.actual, 4u);
    EXPECT_EQ(points.counts.matched, 1u);
    EXPECT_DOUBLE_EQ(points.counts.precision(), 0.25);
    EXPECT_DOUBLE_EQ(points.counts.recall(), 1.0 / 3.0);
    EXPECT_NEAR(points.counts.f1(), 2.0 / 7.0, 1e-12); // 2·¼·⅓ / (¼ + ⅓)
    EXPECT_THAT(points.missing, testing::UnorderedElementsAre("2: b", "3: c"));
    EXPECT_THAT(points.extra, testing::UnorderedElementsAre("2: B", "4: d", "5: e"));
    // The tree compares num + parent only, so the changed text of point 2 does not count there.
    const FieldResult tree = field(compare_records(expected, actual), "tree");
    EXPECT_EQ(tree.counts.matched, 2u);
}

TEST(Eval, RepeatedItemsCountAsAMultiset) {
    Reference ref{"письмо", "2023-10-16", "01-13/206", "", {}};
    Record expected, actual;
    expected.references = {ref, ref};
    actual.references = {ref};
    const Counts c = field(compare_records(expected, actual), "references").counts;
    EXPECT_EQ(c.matched, 1u);
    EXPECT_DOUBLE_EQ(c.precision(), 1.0);
    EXPECT_DOUBLE_EQ(c.recall(), 0.5);
    EXPECT_NEAR(c.f1(), 2.0 / 3.0, 1e-12);
}

TEST(Eval, EmptySidesFollowTheConvention) {
    Counts none;
    EXPECT_DOUBLE_EQ(none.f1(), 1.0);
    Counts missed{2, 0, 0};
    EXPECT_DOUBLE_EQ(missed.precision(), 1.0);
    EXPECT_DOUBLE_EQ(missed.recall(), 0.0);
    EXPECT_DOUBLE_EQ(missed.f1(), 0.0);
    Counts invented{0, 3, 0};
    EXPECT_DOUBLE_EQ(invented.precision(), 0.0);
    EXPECT_DOUBLE_EQ(invented.f1(), 0.0);
}

TEST(Eval, NormalisesWhiteSpaceAndUnicodeOnly) {
    EXPECT_EQ(normalise("  Маханова\n\tА.В.\u00a0 "), "Маханова А.В.");
    EXPECT_EQ(normalise("\u0438\u0306"), "\u0439"); // и + combining breve → й
    Record expected, actual;
    expected.points = {point("1", "текст пункта")};
    actual.points = {point("1", "текст\nпункта ")};
    EXPECT_EQ(field(compare_records(expected, actual), "points").counts.matched, 1u);
    actual.points = {point("1", "Текст пункта")};
    EXPECT_EQ(field(compare_records(expected, actual), "points").counts.matched, 0u);
}

TEST(Eval, DeadlinesCompareNormalisedValuesNotTheWording) {
    Point expected_point = point("2.2", "x");
    Deadline d;
    d.kind = DeadlineKind::By;
    d.date = "2020-05-31";
    d.year_inferred = true;
    d.as_written = "до 31 мая";
    expected_point.deadlines = {d};
    Point actual_point = expected_point;
    actual_point.deadlines[0].as_written = "до 31.05";
    Record expected, actual;
    expected.points = {expected_point};
    actual.points = {actual_point};
    EXPECT_EQ(field(compare_records(expected, actual), "deadlines").counts.matched, 1u);
    actual.points[0].deadlines[0].year_inferred = false;
    EXPECT_EQ(field(compare_records(expected, actual), "deadlines").counts.matched, 0u);
}

TEST(Eval, PartiesIgnoreTheInheritedFlag) {
    Party p;
    p.org = "Управление общего образования";
    p.person = "Маханова А.В.";
    Point e = point("3.1", "x"), a = point("3.1", "x");
    e.responsible = {p};
    p.inherited = true;
    p.as_written = "другое написание";
    a.responsible = {p};
    Record expected, actual;
    expected.points = {e};
    actual.points = {a};
    EXPECT_EQ(field(compare_records(expected, actual), "parties").counts.matched, 1u);
}

TEST(Eval, RequisitesAreOneItemEach) {
    Record expected, actual;
    expected.kind = actual.kind = "приказ";
    expected.requisites.number.value = actual.requisites.number.value = "01-13/08";
    expected.requisites.date = {"2024-01-29", "от 29.01.2024 г.", {}};
    actual.requisites.date = {"2024-01-29", "29.01.2024", {}};
    expected.requisites.place.value = "г. Симферополь";
    const Counts c = field(compare_records(expected, actual), "requisites").counts;
    EXPECT_EQ(c.expected, 4u);
    EXPECT_EQ(c.actual, 3u);
    EXPECT_EQ(c.matched, 3u); // kind, number, date by its ISO value
}

TEST(Eval, ReportPrintsTablesAndJson) {
    Record expected, actual;
    expected.points = {point("1", "a"), point("2", "b"), point("3", "c")};
    actual.points = {point("1", "a"), point("2", "B"), point("4", "d"), point("5", "e")};
    RenditionResult r{"doc/source.txt", "txt", "", compare_records(expected, actual)};
    std::ostringstream text;
    print_report({r}, ReportOptions{false, 5}, text);
    EXPECT_THAT(text.str(), HasSubstr("doc/source.txt"));
    EXPECT_THAT(text.str(), HasSubstr("0.286"));
    EXPECT_THAT(text.str(), HasSubstr("- 3: c"));
    EXPECT_THAT(text.str(), HasSubstr("+ 5: e"));

    std::ostringstream json;
    print_report({r}, ReportOptions{true, 5}, json);
    Poco::JSON::Parser parser;
    auto root = parser.parse(json.str()).extract<Poco::JSON::Object::Ptr>();
    auto points = root->getObject("overall")->getObject("points");
    EXPECT_EQ(points->getValue<int>("matched"), 1);
    EXPECT_NEAR(points->getValue<double>("f1"), 2.0 / 7.0, 1e-9);
    auto rendition = root->getArray("renditions")->getObject(0);
    EXPECT_EQ(rendition->getValue<std::string>("format"), "txt");
    EXPECT_EQ(rendition->getObject("fields")->getObject("points")->getArray("extra")->size(), 3u);
    EXPECT_TRUE(root->getObject("formats")->has("txt"));
}
