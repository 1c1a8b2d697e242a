// Template filters (render/filters.h): Russian dates from ICU, parties, case, lists; and the
// crucial property of `deadline`: prikaz's own extractor reads every phrase it writes back to
// the same normalised deadline, so rendered documents survive re-extraction.
#include "extract/deadline.h"
#include "extract/operative_deadline_line.h"
#include "record/record_xml_read.h"
#include "render/context.h"
#include "render/filters.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <thread>

namespace prikaz::render {
namespace {

using record::Deadline;
using record::DeadlineKind;

Value run(const char *filter, const Value &in, const std::vector<Value> &args = {}) {
    Filter f = find_filter(filter);
    if (!f)
        throw std::logic_error(std::string("no filter ") + filter);
    return f(in, args);
}

std::string text(const char *filter, const Value &in, const std::vector<Value> &args = {}) {
    return run(filter, in, args).to_text();
}

TEST(RenderFilters, EveryDocumentedFilterExistsAndNoOther) {
    std::vector<std::string> expected = {
        "capitalize", "date",   "date_long", "date_until", "deadline", "default", "first", "join",
        "last",       "length", "lines",     "lower",      "party",    "spaced",  "upper"};
    EXPECT_EQ(filter_names(), expected);
    for (const std::string &name : expected)
        EXPECT_NE(find_filter(name), nullptr) << name;
    EXPECT_EQ(find_filter("datetime"), nullptr);
    EXPECT_EQ(find_filter(""), nullptr);
}

TEST(RenderFilters, DateNumeric) {
    EXPECT_EQ(text("date", "2023-03-01"), "01.03.2023");
    EXPECT_EQ(text("date", "2024-12-31"), "31.12.2024");
    EXPECT_EQ(text("date", "2024-02-29"), "29.02.2024");
}

TEST(RenderFilters, DateLongAndUntilUseGenitiveMonths) {
    const char *genitive[] = {"января", "февраля", "марта",    "апреля",  "мая",    "июня",
                              "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
    for (int m = 1; m <= 12; ++m) {
        char iso[16];
        std::snprintf(iso, sizeof iso, "2023-%02d-01", m);
        EXPECT_EQ(text("date_long", iso), std::string("1 ") + genitive[m - 1] + " 2023 г.");
        std::snprintf(iso, sizeof iso, "2023-%02d-15", m);
        EXPECT_EQ(text("date_until", iso), std::string("до 15 ") + genitive[m - 1] + " 2023 года");
    }
    EXPECT_EQ(text("date_long", "2023-01-31"), "31 января 2023 г.");
    EXPECT_EQ(text("date_until", "2023-03-01"), "до 1 марта 2023 года");
    EXPECT_EQ(text("date_until", "2022-12-31"), "до 31 декабря 2022 года");
}

TEST(RenderFilters, NonIsoDatesAreKept) {
    for (const char *kept : {"01.03.2023", "1 марта 2023 г.", "2023-02-30", "2023-13-01",
                             "2023-3-1", "", "___________", "2023-03-01T10:00"}) {
        EXPECT_EQ(text("date", kept), kept);
        EXPECT_EQ(text("date_long", kept), kept);
        EXPECT_EQ(text("date_until", kept), kept);
    }
    EXPECT_TRUE(run("date", Value()).is_null());
}

Value party(const char *org, const char *abbr, const char *person, const char *position) {
    return Map{{"org", org},
               {"org_abbr", abbr},
               {"person", person},
               {"position", position},
               {"as_written", "как в документе"}};
}

TEST(RenderFilters, Party) {
    EXPECT_EQ(text("party", party("Управление общего образования", "УОО", "Маханова А.В.", "")),
              "Управление общего образования (Маханова А.В.)");
    EXPECT_EQ(text("party", party("Управление общего образования", "", "", "начальник")),
              "Управление общего образования");
    EXPECT_EQ(text("party", party("", "", "Иванов И.И.", "заместитель министра")),
              "заместитель министра Иванов И.И.");
    EXPECT_EQ(text("party", party("", "ИРОСО", "", "")), "ИРОСО");
    EXPECT_EQ(text("party", party("", "", "", "")), "как в документе");
    List both{party("", "ИРОСО", "", ""), party("", "", "Иванов И.И.", "")};
    EXPECT_EQ(text("party", both), "ИРОСО, Иванов И.И.");
    EXPECT_EQ(text("party", List{}), "");
}

TEST(RenderFilters, CaseOfCyrillic) {
    EXPECT_EQ(text("upper", "Решение коллегии ё"), "РЕШЕНИЕ КОЛЛЕГИИ Ё");
    EXPECT_EQ(text("lower", "ПРИКАЗЫВАЮ Ё"), "приказываю ё");
    EXPECT_EQ(text("capitalize", "управлению ИРОСО обеспечить"), "Управлению ИРОСО обеспечить");
    EXPECT_EQ(text("capitalize", "ёлка"), "Ёлка");
    EXPECT_EQ(text("capitalize", ""), "");
    EXPECT_EQ(text("upper", Value()), "");
}

TEST(RenderFilters, Spaced) {
    EXPECT_EQ(text("spaced", "РЕШЕНИЕ"), "Р Е Ш Е Н И Е");
    EXPECT_EQ(text("spaced", "П Р И К А З"), "П   Р   И   К   А   З");
    EXPECT_EQ(text("spaced", "ПРИКАЗ  ОБ"), "П Р И К А З   О Б");
    EXPECT_EQ(text("spaced", ""), "");
}

TEST(RenderFilters, DefaultJoinLengthFirstLast) {
    EXPECT_EQ(text("default", Value(), {"—"}), "—");
    EXPECT_EQ(text("default", "", {"—"}), "—");
    EXPECT_EQ(text("default", "есть", {"—"}), "есть");
    EXPECT_EQ(text("default", List{}, {"нет"}), "нет");
    EXPECT_EQ(run("default", 0, {"x"}).as_int(), 0);
    EXPECT_EQ(text("default", 0, {"x", true}), "x");

    List names{"Иванов", "Петров", "Сидоров"};
    EXPECT_EQ(text("join", names, {", "}), "Иванов, Петров, Сидоров");
    EXPECT_EQ(text("join", names), "ИвановПетровСидоров");
    EXPECT_EQ(text("join", List{}, {", "}), "");

    EXPECT_EQ(run("length", names).as_int(), 3);
    EXPECT_EQ(run("length", "Приказ").as_int(), 6); // code points, not bytes
    EXPECT_EQ(run("length", Value()).as_int(), 0);
    EXPECT_EQ(run("length", Map{{"a", 1}}).as_int(), 1);

    EXPECT_EQ(text("first", names), "Иванов");
    EXPECT_EQ(text("last", names), "Сидоров");
    EXPECT_EQ(text("first", "Приказ"), "П");
    EXPECT_EQ(text("last", "Приказ"), "з");
    EXPECT_TRUE(run("first", List{}).is_null());
    EXPECT_TRUE(run("last", "").is_null());
}

TEST(RenderFilters, WrongArgumentsThrow) {
    EXPECT_THROW(run("date", "2023-03-01", {"x"}), std::invalid_argument);
    EXPECT_THROW(run("default", ""), std::invalid_argument);
    EXPECT_THROW(run("default", "", {"a", true, 3}), std::invalid_argument);
    EXPECT_THROW(run("join", List{}, {", ", "x"}), std::invalid_argument);
    EXPECT_THROW(run("join", List{}, {3}), std::invalid_argument);
    EXPECT_THROW(run("upper", "a", {1}), std::invalid_argument);
    EXPECT_THROW(run("deadline", Map{}, {1}), std::invalid_argument);
    EXPECT_THROW(run("party", Map{}, {"x"}), std::invalid_argument);
    EXPECT_THROW(run("spaced", "a", {"x"}), std::invalid_argument);
}

// ---- deadline: phrase → extractor → the same deadline --------------------------------

struct Case {
    const char *label;
    Deadline deadline;
    const char *phrase; // what the filter must write ("" = not checked)
    bool in_sentence;   // found by the sentence finder after a verb, too
};

Deadline make(DeadlineKind kind, std::string date = "", std::string from = "",
              std::string to = "") {
    Deadline d;
    d.kind = kind;
    d.date = std::move(date);
    d.from = std::move(from);
    d.to = std::move(to);
    return d;
}

Deadline recurring(std::string every, int day = 0, std::string date = "",
                   std::string written = "") {
    Deadline d = make(DeadlineKind::Recurring, std::move(date));
    d.every = std::move(every);
    d.day = day;
    d.as_written = std::move(written);
    return d;
}

Deadline relative(int amount, std::string unit, std::string date, std::string written = "") {
    Deadline d = make(DeadlineKind::Relative, std::move(date));
    d.amount = amount;
    d.unit = std::move(unit);
    d.as_written = std::move(written);
    return d;
}

Deadline written(DeadlineKind kind, std::string words) {
    Deadline d = make(kind);
    d.as_written = std::move(words);
    return d;
}

const char *const kRef = "2023-02-10"; // the document date the extractor counts from

std::vector<Case> cases() {
    using K = DeadlineKind;
    return {
        {"by", make(K::By, "2023-03-01"), "до 1 марта 2023 года", true},
        {"by 31st", make(K::By, "2024-12-31"), "до 31 декабря 2024 года", true},
        {"on", make(K::On, "2023-09-01"), "1 сентября 2023 года", false},
        {"on 31st", make(K::On, "2024-01-31"), "31 января 2024 года", false},
        {"whole year", make(K::Period, "", "2023-01-01", "2023-12-31"), "в течение 2023 года",
         true},
        {"quarter I", make(K::Period, "", "2024-01-01", "2024-03-31"), "I квартал 2024 года",
         false},
        {"quarter II", make(K::Period, "", "2024-04-01", "2024-06-30"), "II квартал 2024 года",
         false},
        {"quarter III", make(K::Period, "", "2024-07-01", "2024-09-30"), "", false},
        {"quarter IV", make(K::Period, "", "2024-10-01", "2024-12-31"), "IV квартал 2024 года",
         false},
        {"half I", make(K::Period, "", "2023-01-01", "2023-06-30"), "I полугодие 2023 года", false},
        {"half II", make(K::Period, "", "2023-07-01", "2023-12-31"), "II полугодие 2023 года",
         false},
        {"month", make(K::Period, "", "2023-03-01", "2023-03-31"), "март 2023 года", false},
        {"leap February", make(K::Period, "", "2024-02-01", "2024-02-29"), "", false},
        {"months", make(K::Period, "", "2023-11-01", "2023-12-31"), "ноябрь – декабрь 2023 года",
         false},
        {"months not a quarter", make(K::Period, "", "2021-09-01", "2021-11-30"), "", false},
        {"two quarters", make(K::Period, "", "2023-04-01", "2023-09-30"), "", false},
        {"months over new year", make(K::Period, "", "2023-11-01", "2024-02-29"),
         "ноябрь 2023 года – февраль 2024 года", false},
        {"years", make(K::Period, "", "2023-01-01", "2025-12-31"), "2023 – 2025 годы", false},
        {"school year", make(K::Period, "", "2023-09-01", "2024-08-31"), "2023/2024 учебный год",
         false},
        {"dates", make(K::Period, "", "2023-03-01", "2023-04-15"),
         "с 1 марта 2023 года по 15 апреля 2023 года", true},
        {"dates over new year", make(K::Period, "", "2023-12-20", "2024-01-20"), "", true},
        {"from mid-month to month end", make(K::Period, "", "2023-03-05", "2023-03-31"), "", true},
        {"weekly", recurring("week"), "еженедельно", false},
        {"monthly", recurring("month"), "ежемесячно", false},
        {"quarterly", recurring("quarter"), "ежеквартально", false},
        {"half-yearly", recurring("halfyear"), "раз в полугодие", false},
        {"yearly", recurring("year"), "ежегодно", false},
        {"monthly by day", recurring("month", 5), "ежемесячно до 5 числа", false},
        {"quarterly by day", recurring("quarter", 10), "ежеквартально до 10 числа", false},
        {"half-yearly by day", recurring("halfyear", 5), "раз в полугодие до 5 числа", false},
        {"yearly by date", recurring("year", 1, "2023-06-01"), "ежегодно до 1 июня 2023 года",
         false},
        {"recurring as written", recurring("month", 25, "", "ежемесячно, до 25 числа"),
         "ежемесячно, до 25 числа", false},
        {"continuous", make(K::Continuous), "постоянно", false},
        {"continuous as written", written(K::Continuous, "в течение всего периода"),
         "в течение всего периода", false},
        {"as needed", written(K::AsNeeded, "по запросу"), "по мере необходимости", false},
        {"relative as written",
         relative(10, "workday", "2023-02-24", "в течение 10 рабочих дней со дня подписания"),
         "в течение 10 рабочих дней со дня подписания", false},
        {"relative days", relative(3, "day", "2023-02-13"), "в течение 3 дней", false},
        {"relative 21 days", relative(21, "day", "2023-03-03"), "в течение 21 дня", false},
        {"relative workdays", relative(5, "workday", "2023-02-17"), "в течение 5 рабочих дней",
         false},
        {"relative weeks", relative(2, "week", "2023-02-24"), "в течение 2 недель", false},
        {"relative month", relative(1, "month", "2023-03-10"), "в течение 1 месяца", false},
        {"relative year", relative(1, "year", "2024-02-10"), "в течение 1 года", false},
        {"conditional", written(K::Conditional, "по отдельному графику"), "по отдельному графику",
         false},
    };
}

void expect_same(const Deadline &got, const Deadline &want, const std::string &where) {
    EXPECT_EQ(record::deadline_kind_name(got.kind), std::string(deadline_kind_name(want.kind)))
        << where;
    EXPECT_EQ(got.date, want.date) << where;
    EXPECT_EQ(got.from, want.from) << where;
    EXPECT_EQ(got.to, want.to) << where;
    EXPECT_EQ(got.every, want.every) << where;
    EXPECT_EQ(got.day, want.day) << where;
    EXPECT_EQ(got.amount, want.amount) << where;
    EXPECT_EQ(got.unit, want.unit) << where;
}

TEST(RenderFiltersDeadline, EveryKindReadsBackToTheSameDeadline) {
    extract::DeadlineContext ctx;
    ctx.ref_date = kRef;
    for (const Case &c : cases()) {
        const std::string phrase = text("deadline", deadline_context(c.deadline));
        const std::string where = std::string(c.label) + ": \"" + phrase + "\"";
        if (*c.phrase) {
            EXPECT_EQ(phrase, c.phrase) << c.label;
        }
        std::vector<Deadline> back = extract::parse_deadline_phrase(phrase, ctx);
        ASSERT_EQ(back.size(), 1u) << where;
        expect_same(back[0], c.deadline, where);
    }
}

// A plan exported to text puts a deadline on its own line; the phrases must be recognised as
// such lines, too (the kinds whose words come from the document are the document's concern).
TEST(RenderFiltersDeadline, PhrasesAreDeadlineLines) {
    for (const Case &c : cases()) {
        if (!c.deadline.as_written.empty() || c.deadline.kind == DeadlineKind::Relative)
            continue;
        const std::string phrase = text("deadline", deadline_context(c.deadline));
        EXPECT_TRUE(extract::operative::is_deadline_only(phrase)) << c.label << ": " << phrase;
    }
}

// Inside a point's sentence the extractor takes only terms introduced by a preposition of
// time; the phrases that start with one are found there.
TEST(RenderFiltersDeadline, PrepositionalPhrasesAreFoundInSentences) {
    extract::DeadlineContext ctx;
    ctx.ref_date = kRef;
    for (const Case &c : cases()) {
        if (!c.in_sentence)
            continue;
        const std::string phrase = text("deadline", deadline_context(c.deadline));
        const std::string sentence = "Провести мониторинг " + phrase + ".";
        std::vector<Deadline> back = extract::find_sentence_deadlines(sentence, ctx);
        ASSERT_EQ(back.size(), 1u) << sentence;
        expect_same(back[0], c.deadline, sentence);
    }
}

TEST(RenderFiltersDeadline, ListsAreJoinedAndReadBackInOrder) {
    List both{deadline_context(make(DeadlineKind::By, "2024-03-01")),
              deadline_context(make(DeadlineKind::Period, "", "2024-09-01", "2024-09-30"))};
    const std::string phrase = text("deadline", both);
    EXPECT_EQ(phrase, "до 1 марта 2024 года; сентябрь 2024 года");
    std::vector<Deadline> back = extract::parse_deadline_phrase(phrase, {});
    ASSERT_EQ(back.size(), 2u);
    EXPECT_EQ(back[0].date, "2024-03-01");
    EXPECT_EQ(back[1].from, "2024-09-01");
    EXPECT_EQ(back[1].to, "2024-09-30");
    EXPECT_EQ(text("deadline", List{}), "");
}

TEST(RenderFiltersDeadline, WithoutUsableValuesTheWordsAreKept) {
    Deadline by = written(DeadlineKind::By, "до 1 июня");
    EXPECT_EQ(text("deadline", deadline_context(by)), "до 1 июня");
    Deadline unknown = written(DeadlineKind::Unknown, "в кратчайшие сроки");
    EXPECT_EQ(text("deadline", deadline_context(unknown)), "в кратчайшие сроки");
    EXPECT_EQ(text("deadline", "как есть"), "как есть");
    EXPECT_EQ(text("deadline", Value()), "");
}

// Every dated deadline of the corpus records (by, on, period: the kinds the filter words from
// their values) reads back to the same values.
TEST(RenderFiltersDeadline, CorpusDeadlinesReadBack) {
    int checked = 0;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(test::corpus_path(""))) {
        if (entry.path().filename() != "expected.xml")
            continue;
        record::Record r =
            record::read_record_xml(test::read_file(entry.path().string()), entry.path());
        std::vector<Deadline> all;
        std::function<void(const std::vector<record::Point> &)> points = [&](const auto &ps) {
            for (const record::Point &p : ps) {
                all.insert(all.end(), p.deadlines.begin(), p.deadlines.end());
                points(p.points);
            }
        };
        points(r.points);
        for (const record::Appendix &a : r.appendices) {
            for (const record::Measure &m : a.measures)
                all.insert(all.end(), m.deadlines.begin(), m.deadlines.end());
            for (const record::Section &s : a.sections)
                for (const record::Measure &m : s.measures)
                    all.insert(all.end(), m.deadlines.begin(), m.deadlines.end());
        }
        for (const Deadline &d : all) {
            const bool dated = d.kind == DeadlineKind::By || d.kind == DeadlineKind::On ||
                               d.kind == DeadlineKind::Period;
            if (!dated || (d.date.empty() && d.from.empty()))
                continue;
            const std::string phrase = text("deadline", deadline_context(d));
            std::vector<Deadline> back = extract::parse_deadline_phrase(phrase, {});
            ASSERT_EQ(back.size(), 1u) << phrase;
            expect_same(back[0], d, entry.path().string() + ": " + phrase);
            ++checked;
        }
    }
    EXPECT_GT(checked, 50);
}

// Batch rendering applies filters from many threads; each thread has its own ICU formatters.
TEST(RenderFiltersDeadline, SameResultsFromManyThreads) {
    const std::vector<Case> all = cases();
    std::vector<std::string> expected;
    for (const Case &c : all)
        expected.push_back(text("deadline", deadline_context(c.deadline)));
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int round = 0; round < 50; ++round)
                for (size_t i = 0; i < all.size(); ++i)
                    if (text("deadline", deadline_context(all[i].deadline)) != expected[i] ||
                        text("date_long", "2023-03-01") != "1 марта 2023 г.")
                        ++mismatches[t];
        });
    for (std::thread &th : threads)
        th.join();
    EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

} // namespace
} // namespace prikaz::render

namespace prikaz::render {
namespace {

TEST(RenderFilters, LinesSplitsParagraphsAndDropsEmptyOnes) {
    Value out = find_filter("lines")(Value("Первый абзац.\n\nВторой абзац."), {});
    ASSERT_TRUE(out.is_list());
    ASSERT_EQ(out.as_list().size(), 2u);
    EXPECT_EQ(out.as_list()[0].as_string(), "Первый абзац.");
    EXPECT_EQ(out.as_list()[1].as_string(), "Второй абзац.");
    EXPECT_TRUE(find_filter("lines")(Value(), {}).as_list().empty());
}

} // namespace
} // namespace prikaz::render
