// Deadlines, normalised: the phrase grammar family by family (deadline_*.cpp), the sentence
// rules, the calendar rules, and the corpus: every rendition's deadlines equal expected.xml.
#include "corpus_support.h"
#include "extract/deadline.h"
#include "extract/deadline_numbers.h"
#include "extract/extract.h"
#include "read/reader.h"
#include "record/eval_score.h"
#include "record/record_xml_read.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace prikaz {
namespace {

using record::Deadline;
using record::DeadlineKind;

std::vector<Deadline> parse(const std::string &phrase, const std::string &ref = "",
                            const std::string &scope = "") {
    extract::DeadlineContext ctx;
    ctx.ref_date = ref;
    ctx.scopes = extract::deadline::find_scopes(scope);
    return extract::parse_deadline_phrase(phrase, ctx);
}

Deadline one(const std::string &phrase, const std::string &ref = "",
             const std::string &scope = "") {
    std::vector<Deadline> all = parse(phrase, ref, scope);
    EXPECT_EQ(all.size(), 1u) << phrase;
    return all.empty() ? Deadline{} : all[0];
}

std::vector<Deadline> in_sentence(const std::string &text, const std::string &ref) {
    extract::DeadlineContext ctx;
    ctx.ref_date = ref;
    return extract::find_sentence_deadlines(text, ctx);
}

// --- single days -------------------------------------------------------------------------

TEST(DeadlineDays, ByAndOn) {
    Deadline d = one("в срок до 15.01.2022 года");
    EXPECT_EQ(d.kind, DeadlineKind::By);
    EXPECT_EQ(d.date, "2022-01-15");
    EXPECT_FALSE(d.year_inferred);
    EXPECT_EQ(d.as_written, "в срок до 15.01.2022 года");
    d = one("1 сентября 2023 г.");
    EXPECT_EQ(d.kind, DeadlineKind::On);
    EXPECT_EQ(d.date, "2023-09-01");
    EXPECT_EQ(one("не позднее 10 декабря", "2023-02-10").date, "2023-12-10");
}

TEST(DeadlineDays, MissingYearFromPlanScopeAndDocumentDate) {
    Deadline d = one("до 31 мая", "2020-05-15", "План мероприятий на 2020 год");
    EXPECT_EQ(d.date, "2020-05-31");
    EXPECT_TRUE(d.year_inferred);
    EXPECT_EQ(one("до 15 января", "2023-12-20").date, "2024-01-15"); // already passed
    Deadline unknown_year = one("до 1 июня");
    EXPECT_EQ(unknown_year.kind, DeadlineKind::By);
    EXPECT_TRUE(unknown_year.date.empty()); // never guessed
}

TEST(DeadlineDays, RangesOfDays) {
    Deadline d = one("с 02 по 13 сентября", "2021-08-20");
    EXPECT_EQ(d.kind, DeadlineKind::Period);
    EXPECT_EQ(d.from, "2021-09-02");
    EXPECT_EQ(d.to, "2021-09-13");
    d = one("с 20 декабря 2023 по 20 января 2024 года");
    EXPECT_EQ(d.from, "2023-12-20");
    EXPECT_EQ(d.to, "2024-01-20");
}

TEST(DeadlineDays, PointNumbersAreNotDates) {
    EXPECT_EQ(one("1.2.").kind, DeadlineKind::Unknown);
    EXPECT_EQ(one("3.2.1").kind, DeadlineKind::Unknown);
}

// --- months ------------------------------------------------------------------------------

TEST(DeadlineMonths, MonthsAndRanges) {
    Deadline d = one("Ноябрь-декабрь 2023 года");
    EXPECT_EQ(d.from, "2023-11-01");
    EXPECT_EQ(d.to, "2023-12-31");
    d = one("февраль 2024");
    EXPECT_EQ(d.to, "2024-02-29");
    d = one("с ноября по февраль 2022");
    EXPECT_EQ(d.from, "2021-11-01");
    EXPECT_EQ(d.to, "2022-02-28");
}

TEST(DeadlineMonths, SeveralTermsInOneCell) {
    std::vector<Deadline> all = parse("сентябрь – ноябрь 2021 года сентябрь – ноябрь 2022 года");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].as_written, "сентябрь – ноябрь 2021 года");
    EXPECT_EQ(all[1].as_written, "сентябрь – ноябрь 2022 года");
    EXPECT_EQ(all[1].from, "2022-09-01");
    EXPECT_EQ(all[1].source.begin, 28);
    all = parse("март, июнь 2021"); // the year at the end is the year of both
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].from, "2021-03-01");
    EXPECT_FALSE(all[0].year_inferred);
}

// --- years, quarters, half-years, school years ---------------------------------------------

TEST(DeadlineYears, YearIsNeverACount) {
    Deadline d = one("в течение 2023 года");
    EXPECT_EQ(d.kind, DeadlineKind::Period);
    EXPECT_EQ(d.from, "2023-01-01");
    EXPECT_EQ(d.to, "2023-12-31");
    EXPECT_EQ(d.amount, 0);
}

TEST(DeadlineYears, QuartersHalvesSchoolYears) {
    EXPECT_EQ(one("IV квартал", "2023-02-10").from, "2023-10-01");
    EXPECT_EQ(one("II полугодие 2023 года").from, "2023-07-01");
    Deadline school = one("в течение 2021/2022 учебного года");
    EXPECT_EQ(school.from, "2021-09-01");
    EXPECT_EQ(school.to, "2022-08-31");
    std::vector<Deadline> list = parse("I, III квартал 2021 г.");
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].to, "2021-03-31");
    EXPECT_EQ(list[1].from, "2021-07-01");
    EXPECT_EQ(one("на 2021-2022 гг").to, "2022-12-31");
}

// --- recurring ---------------------------------------------------------------------------

TEST(DeadlineRecurring, EveryAndDay) {
    Deadline d = one("ежеквартально, до 10 числа месяца, следующего за отчетным кварталом");
    EXPECT_EQ(d.kind, DeadlineKind::Recurring);
    EXPECT_EQ(d.every, "quarter");
    EXPECT_EQ(d.day, 10);
    d = one("к пятому числу следующего месяца"); // spelled ordinal, via ICU spell-out rules
    EXPECT_EQ(d.every, "month");
    EXPECT_EQ(d.day, 5);
    d = one("ежегодно до 1 июня", "2023-02-10");
    EXPECT_EQ(d.every, "year");
    EXPECT_EQ(d.date, "2023-06-01");
    EXPECT_EQ(one("раз в полугодие").every, "halfyear");
    // the frequency after the day is one term with it (one() fails on two deadlines)
    d = one("до 25 числа ежемесячно");
    EXPECT_EQ(d.every, "month");
    EXPECT_EQ(d.day, 25);
    EXPECT_EQ(d.as_written, "до 25 числа ежемесячно");
    d = one("до 10 числа, ежеквартально");
    EXPECT_EQ(d.every, "quarter");
    EXPECT_EQ(d.day, 10);
}

TEST(DeadlineNumbers, IcuSpelloutForms) {
    EXPECT_EQ(extract::deadline::ordinal_value("пятому"), 5);
    EXPECT_EQ(extract::deadline::ordinal_value("двадцать пятого"), 25);
    EXPECT_EQ(extract::deadline::cardinal_value("трех"), 3);
    std::string rest;
    EXPECT_EQ(extract::deadline::compound_amount("двухнедельный", rest), 2);
    EXPECT_EQ(rest, "недельный");
    EXPECT_EQ(extract::deadline::compound_amount("месячный", rest), 0);
}

// --- open-ended --------------------------------------------------------------------------

TEST(DeadlineOpen, ContinuousAsNeededConditional) {
    EXPECT_EQ(one("постоянно в течение всего периода по отдельному графику").kind,
              DeadlineKind::Continuous);
    EXPECT_EQ(one("в течении срока").kind, DeadlineKind::Continuous);
    EXPECT_EQ(one("по мере необходимости").kind, DeadlineKind::AsNeeded);
    Deadline c = one("в период действия ограничительных мер");
    EXPECT_EQ(c.kind, DeadlineKind::Conditional);
    EXPECT_EQ(c.as_written, "в период действия ограничительных мер");
    Deadline u = one("в кратчайшие сроки");
    EXPECT_EQ(u.kind, DeadlineKind::Unknown);
    EXPECT_EQ(u.as_written, "в кратчайшие сроки");
}

// --- relative ----------------------------------------------------------------------------

TEST(DeadlineRelative, AmountUnitAndDueDate) {
    Deadline d = one("в течение 10 рабочих дней со дня подписания", "2023-02-10");
    EXPECT_EQ(d.kind, DeadlineKind::Relative);
    EXPECT_EQ(d.amount, 10);
    EXPECT_EQ(d.unit, "workday");
    EXPECT_EQ(d.date, "2023-02-24"); // two working weeks after Friday 10 February
    EXPECT_EQ(one("в двухнедельный срок").amount, 2);
    EXPECT_EQ(one("в 3-дневный срок").unit, "day");
    Deadline event = one("в течение 3 дней после получения запроса", "2023-02-10");
    EXPECT_TRUE(event.date.empty()); // counted from an event the document does not date
}

// --- sentences ---------------------------------------------------------------------------

TEST(DeadlineSentence, TermsOfThePointOnly) {
    auto found =
        in_sentence("Руководителям ОО в срок до 1 сентября обеспечить готовность", "2023-02-10");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].date, "2023-09-01");
    EXPECT_EQ(found[0].as_written, "в срок до 1 сентября");
    EXPECT_EQ(found[0].source.begin, 17);
    EXPECT_TRUE(in_sentence("Утвердить Комплекс мер на 2021-2022 гг", "2021-02-08").empty());
    EXPECT_TRUE(in_sentence("признать, что в 2022 году работа проводилась", "2022-12-14").empty());
    EXPECT_TRUE(in_sentence("по приказу от 15 мая 2020 года № 5", "2020-06-01").empty());
    EXPECT_TRUE(in_sentence("реализация программы «Развитие образования в 2021 году»", "2021-01-10")
                    .empty());
}

// A whole date written bare is the day of the act; a date tied to a document is not a term.
TEST(DeadlineSentence, BareWholeDateIsTheDayOfTheAct) {
    auto found =
        in_sentence("участие в церемонии подведения итогов Конкурса 28.11.2013.", "2013-11-19");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].kind, DeadlineKind::On);
    EXPECT_EQ(found[0].date, "2013-11-28");
    found = in_sentence("Провести 15 марта 2019 года семинар для заместителей директоров.",
                        "2019-03-01");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].date, "2019-03-15");
    EXPECT_TRUE(
        in_sentence("согласно приказу от 01.03.2019 организовать работу", "2019-03-05").empty());
    EXPECT_TRUE(
        in_sentence("во исполнение протокола 01.03.2019 № 12 организовать работу", "2019-03-05")
            .empty());
    EXPECT_TRUE(in_sentence("провести 15 марта семинар", "2019-03-01").empty()); // no year
}

// --- the corpus ----------------------------------------------------------------------------

class DeadlineCorpus : public ::testing::TestWithParam<test::CorpusFile> {};

TEST_P(DeadlineCorpus, DeadlinesEqualExpected) {
    const test::CorpusFile &file = GetParam();
    std::string expected_path = test::corpus_path(file.folder() + "/expected.xml");
    record::Record expected =
        record::read_record_xml(test::read_file(expected_path), expected_path);
    record::Record actual = extract::extract_record(read::read_file(test::corpus_path(file.path)));
    for (const record::eval::FieldResult &f : record::eval::compare_records(expected, actual)) {
        if (f.field != "deadlines")
            continue;
        std::string diff;
        for (const std::string &m : f.missing)
            diff += "\n  - " + m;
        for (const std::string &e : f.extra)
            diff += "\n  + " + e;
        EXPECT_DOUBLE_EQ(f.counts.f1(), 1.0) << diff;
    }
}

INSTANTIATE_TEST_SUITE_P(Renditions, DeadlineCorpus, ::testing::ValuesIn(test::corpus_files()),
                         [](const auto &info) { return info.param.test_name(); });

} // namespace
} // namespace prikaz
