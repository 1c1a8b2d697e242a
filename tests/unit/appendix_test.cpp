// The appendix zone: appendix marks and approval stamps, titles, plan tables (sections,
// measures, continuation rows, vertical merges, repeated headers) and the glossary — on small
// hand-built models and on every rendition of the corpus.
#include "corpus_support.h"
#include "extract/appendix_marks.h"
#include "extract/extract.h"
#include "extract/glossary.h"
#include "extract/plan_header.h"
#include "model/finalize.h"
#include "read/reader.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <numeric>

namespace prikaz::extract {
namespace {

using model::Block;
using model::Document;

// ---- building models by hand -----------------------------------------------------------------

Block para(const std::string &text, const std::string &label = "") {
    model::Paragraph p;
    p.text = text;
    p.label = label;
    return Block::make_paragraph(p);
}

struct CellSpec {
    std::string text; // "\n" separates paragraphs of the cell
    int col_span = 1;
    int row_span = 1;
    int column = -1; // -1: right after the previous cell
};

using RowSpec = std::vector<CellSpec>;

model::Row make_row(const RowSpec &spec, bool header) {
    model::Row row;
    row.header = header;
    int column = 0;
    for (const CellSpec &c : spec) {
        model::Cell cell;
        cell.column = c.column >= 0 ? c.column : column;
        cell.col_span = c.col_span;
        cell.row_span = c.row_span;
        size_t from = 0;
        while (!c.text.empty() && from <= c.text.size()) {
            size_t stop = std::min(c.text.find('\n', from), c.text.size());
            cell.blocks.push_back(para(c.text.substr(from, stop - from)));
            from = stop + 1;
        }
        column = cell.column + c.col_span;
        row.cells.push_back(std::move(cell));
    }
    return row;
}

Block table(const std::vector<RowSpec> &rows, int columns, size_t header_rows = 0) {
    model::Table t;
    t.columns = columns;
    for (size_t r = 0; r < rows.size(); ++r)
        t.rows.push_back(make_row(rows[r], r < header_rows));
    return Block::make_table(std::move(t));
}

Document document(std::vector<Block> body) {
    Document doc;
    doc.body = std::move(body);
    model::finalize(doc); // splits typed labels, assigns source ids
    return doc;
}

record::Record appendices_of(const Document &doc, size_t from = 0) {
    record::Record rec;
    extract_appendices(doc, find_appendix_start(doc, from), rec);
    return rec;
}

std::vector<std::string> nums(const std::vector<record::Measure> &measures) {
    std::vector<std::string> out;
    for (const record::Measure &m : measures)
        out.push_back(m.num);
    return out;
}

const RowSpec kHeader = {{"№ п/п"},
                         {"Наименование мероприятия"},
                         {"Срок исполнения"},
                         {"Ответственный исполнитель"},
                         {"Ожидаемый результат"}};

std::vector<Block> signed_order() {
    return {para("ПРИКАЗ"), para("Утвердить план мероприятий (приложение N 1).", "1."),
            para("Контроль оставляю за собой.", "2."), para("Министр\nИ.И. Иванов")};
}

// ---- marks ----------------------------------------------------------------------------------

TEST(AppendixMark, RecognisesAppendixMarks) {
    MarkLine m = parse_mark_line("ПРИЛОЖЕНИЕ");
    EXPECT_EQ(m.kind, MarkLine::Kind::Appendix);
    EXPECT_EQ(m.num, "");
    EXPECT_EQ(parse_mark_line("Приложение N 1").num, "1");
    EXPECT_EQ(parse_mark_line("приложение №2").num, "2");
    EXPECT_EQ(parse_mark_line("П Р И Л О Ж Е Н И Е").kind, MarkLine::Kind::Appendix);

    m = parse_mark_line("Приложение № 2 к приказу министерства от 01.02.2020 № 15");
    EXPECT_EQ(m.num, "2");
    EXPECT_EQ(m.rest_kind, MarkLine::Rest::Approval);
    EXPECT_EQ(m.rest, "к приказу министерства от 01.02.2020 № 15");

    m = parse_mark_line("Приложение N 1. План мероприятий");
    EXPECT_EQ(m.num, "1");
    EXPECT_EQ(m.rest_kind, MarkLine::Rest::Title);
    EXPECT_EQ(m.rest, "План мероприятий");
    EXPECT_EQ(m.rest_begin, 16);
}

TEST(AppendixMark, RecognisesApprovalStamps) {
    EXPECT_EQ(parse_mark_line("УТВЕРЖДЕН").kind, MarkLine::Kind::Approval);
    EXPECT_EQ(parse_mark_line("Утверждена").kind, MarkLine::Kind::Approval);
    EXPECT_EQ(parse_mark_line("УТВЕРЖДЕНО решением коллегии").kind, MarkLine::Kind::Approval);
    EXPECT_EQ(parse_mark_line("утверждены приказом управления образования").kind,
              MarkLine::Kind::Approval);
    EXPECT_TRUE(starts_approval("к распоряжению Министерства образования"));
    EXPECT_TRUE(closes_approval("от 15 мая 2020 г. N 22-01-05/4569"));
    EXPECT_TRUE(closes_approval("от 08.02.2021 № 3.12-132-р"));
    EXPECT_FALSE(closes_approval("приказом Министерства от 15 мая 2020 г."));
}

TEST(AppendixMark, RejectsEnclosureNotesAndSentences) {
    EXPECT_EQ(parse_mark_line("Приложение: на 3 л. в 1 экз.").kind, MarkLine::Kind::None);
    EXPECT_EQ(parse_mark_line("Приложение на 5 л.").kind, MarkLine::Kind::None);
    EXPECT_EQ(parse_mark_line("Приложение к настоящему приказу изложить в новой редакции").kind,
              MarkLine::Kind::None);
    EXPECT_EQ(parse_mark_line("Утвержден порядок проведения конкурса").kind, MarkLine::Kind::None);
    EXPECT_EQ(parse_mark_line("Приложением к письму является").kind, MarkLine::Kind::None);
}

// ---- where appendices start -------------------------------------------------------------------

TEST(AppendixStart, PointReferringToAnAppendixIsNoStart) {
    Document doc = document(
        {para("ПРИКАЗ"), para("1. Утвердить план мероприятий (приложение N 1)."),
         para("2. Утвердить состав комиссии (прилагается)."),
         para("Приложение: план мероприятий на 3 л. в 1 экз."), para("Министр\nИ.И. Иванов")});
    EXPECT_EQ(find_appendix_start(doc, 0), doc.body.size());
}

TEST(AppendixStart, MultiParagraphApprovalStampStartsAnAppendix) {
    std::vector<Block> body = signed_order();
    for (const char *line :
         {"Утвержден", "приказом", "Министерства образования", "от 15 мая 2020 г. N 22-01-05/4569",
          "ПЛАН", "мероприятий на 2020 год"})
        body.push_back(para(line));
    Document doc = document(body);
    ASSERT_EQ(find_appendix_start(doc, 1), 4u);
    record::Record rec = appendices_of(doc, 1);
    ASSERT_EQ(rec.appendices.size(), 1u);
    EXPECT_EQ(rec.appendices[0].approval.value,
              "Утвержден приказом Министерства образования от 15 мая 2020 г. N 22-01-05/4569");
    EXPECT_EQ(rec.appendices[0].approval.source.block, "b4");
    EXPECT_EQ(rec.appendices[0].title.value, "ПЛАН мероприятий на 2020 год");
}

TEST(AppendixStart, PlanTableAfterSignaturesWithoutMark) {
    std::vector<Block> body = signed_order();
    body.push_back(para("План мероприятий по подготовке к ГИА"));
    body.push_back(table({kHeader, {{"1"}, {"Совещание"}, {"май"}, {"Иванов"}, {"Протокол"}}}, 5));
    Document doc = document(body);
    ASSERT_EQ(find_appendix_start(doc, 1), 4u); // the plan's heading above the table
    record::Record rec = appendices_of(doc, 1);
    ASSERT_EQ(rec.appendices.size(), 1u);
    EXPECT_EQ(rec.appendices[0].num, "");
    EXPECT_EQ(rec.appendices[0].title.value, "План мероприятий по подготовке к ГИА");
    EXPECT_EQ(nums(rec.appendices[0].measures), std::vector<std::string>{"1"});
}

// ---- marks, approvals, titles ---------------------------------------------------------------

TEST(AppendixHead, SeveralNumberedAppendices) {
    std::vector<Block> body = signed_order();
    body.push_back(para("Приложение № 1\nк приказу управления образования\nот 14.03.2016 № 112"));
    body.push_back(para("ПОЛОЖЕНИЕ"));
    body.push_back(para("о проведении конкурса «Учитель года»"));
    body.push_back(para("Общие положения", "1."));
    body.push_back(para("Приложение № 2 к приказу управления образования от 14.03.2016 № 112"));
    body.push_back(para("Состав жюри конкурса"));
    Document doc = document(body);
    record::Record rec = appendices_of(doc, 1);
    ASSERT_EQ(rec.appendices.size(), 2u);
    EXPECT_EQ(rec.appendices[0].num, "1");
    EXPECT_EQ(rec.appendices[0].approval.value,
              "к приказу управления образования от 14.03.2016 № 112");
    EXPECT_EQ(rec.appendices[0].approval.source.block, "b4");
    EXPECT_EQ(rec.appendices[0].approval.source.begin, 15);
    EXPECT_EQ(rec.appendices[0].title.value, "ПОЛОЖЕНИЕ о проведении конкурса «Учитель года»");
    EXPECT_EQ(rec.appendices[1].num, "2");
    EXPECT_EQ(rec.appendices[1].approval.value,
              "к приказу управления образования от 14.03.2016 № 112");
    EXPECT_EQ(rec.appendices[1].title.value, "Состав жюри конкурса");
    EXPECT_EQ(rec.appendices[1].source.block, "b8");
}

TEST(AppendixHead, TitleAboveRepeatedMarkWithApproval) {
    std::vector<Block> body = signed_order();
    body.push_back(para("Приложение N 1. План мероприятий"));
    body.push_back(para("(\"дорожная карта\") по работе со школами"));
    body.push_back(
        para("Приложение N 1\nУтвержден\nприказом Министерства\nот 15 мая 2020 г. N 45"));
    body.push_back(
        table({kHeader, {{"1.1."}, {"Анализ"}, {"до 31 мая"}, {"ЦОКО"}, {"Справка"}}}, 5));
    record::Record rec = appendices_of(document(body), 1);
    ASSERT_EQ(rec.appendices.size(), 1u);
    const record::Appendix &a = rec.appendices[0];
    EXPECT_EQ(a.num, "1");
    EXPECT_EQ(a.title.value, "План мероприятий (\"дорожная карта\") по работе со школами");
    EXPECT_EQ(a.approval.value, "Утвержден приказом Министерства от 15 мая 2020 г. N 45");
    EXPECT_EQ(a.approval.source.block, "b6");
    EXPECT_EQ(a.approval.source.begin, 15);
    EXPECT_EQ(nums(a.measures), std::vector<std::string>{"1.1"});
}

TEST(AppendixHead, StampInALayoutTable) {
    std::vector<Block> body = signed_order();
    body.push_back(table({{{""}, {"УТВЕРЖДЕНА\nприказом управления\nот 01.09.2023 № 77"}}}, 2));
    body.push_back(para("Программа развития"));
    Document doc = document(body);
    EXPECT_EQ(find_appendix_start(doc, 1), 4u);
    record::Record rec = appendices_of(doc, 1);
    ASSERT_EQ(rec.appendices.size(), 1u);
    EXPECT_EQ(rec.appendices[0].approval.value,
              "УТВЕРЖДЕНА приказом управления от 01.09.2023 № 77");
    EXPECT_EQ(rec.appendices[0].title.value, "Программа развития");
}

// ---- plan headers ------------------------------------------------------------------------------

TEST(PlanHeader, RolesByMeaning) {
    EXPECT_EQ(header_role("№ п/п"), ColumnRole::Number);
    EXPECT_EQ(header_role("N\nп/п"), ColumnRole::Number);
    EXPECT_EQ(header_role("Содержание работы"), ColumnRole::Name);
    EXPECT_EQ(header_role("Мероприятие"), ColumnRole::Name);
    EXPECT_EQ(header_role("Сроки проведения"), ColumnRole::Deadline);
    EXPECT_EQ(header_role("СРОК"), ColumnRole::Deadline);
    EXPECT_EQ(header_role("Ответственные за исполнение"), ColumnRole::Responsible);
    EXPECT_EQ(header_role("Исполнители"), ColumnRole::Responsible);
    EXPECT_EQ(header_role("Форма завершения"), ColumnRole::Result);
    EXPECT_EQ(header_role("Планируемый результат"), ColumnRole::Result);
    EXPECT_EQ(header_role("Показатель"), ColumnRole::Result);
    EXPECT_EQ(header_role("Примечание"), ColumnRole::None);
}

TEST(PlanHeader, TwoRowHeaderWithMergedCells) {
    Block t = table({{{"№", 1, 2}, {"Мероприятие", 1, 2}, {"Срок", 2, 1}, {"Исполнители", 1, 2}},
                     {{"начало", 1, 1, 2}, {"окончание"}},
                     {{"1"}, {"Совещание"}, {"май"}, {"июнь"}, {"Иванов"}}},
                    5);
    std::optional<PlanHeader> header = find_plan_header(t.table);
    ASSERT_TRUE(header);
    EXPECT_EQ(header->row_count, 2u);
    std::vector<ColumnRole> expected = {ColumnRole::Number, ColumnRole::Name, ColumnRole::Deadline,
                                        ColumnRole::Deadline, ColumnRole::Responsible};
    EXPECT_EQ(header->roles, expected);
}

TEST(PlanHeader, NotAPlan) {
    Block staff =
        table({{{"№"}, {"ФИО"}, {"Должность"}}, {{"1"}, {"Иванов И.И."}, {"директор"}}}, 3);
    EXPECT_FALSE(find_plan_header(staff.table));
}

// ---- plan rows
// ------------------------------------------------------------------------------------

record::Appendix plan_of(const std::vector<Block> &tables_and_paragraphs) {
    std::vector<Block> body = signed_order();
    body.push_back(para("Приложение N 1"));
    body.insert(body.end(), tables_and_paragraphs.begin(), tables_and_paragraphs.end());
    record::Record rec = appendices_of(document(body), 1);
    EXPECT_EQ(rec.appendices.size(), 1u);
    return rec.appendices.empty() ? record::Appendix{} : rec.appendices[0];
}

TEST(PlanRows, ColumnsInAnyOrder) {
    record::Appendix a = plan_of(
        {table({{{"Срок"}, {"Ответственные"}, {"№"}, {"Результат"}, {"Наименование мероприятия"}},
                {{"март"}, {"Петров"}, {"3.4."}, {"Отчет"}, {"Семинар"}}},
               5)});
    ASSERT_EQ(a.measures.size(), 1u);
    const record::Measure &m = a.measures[0];
    EXPECT_EQ(m.num, "3.4");
    EXPECT_EQ(m.name.value, "Семинар");
    ASSERT_EQ(m.deadlines.size(), 1u);
    EXPECT_EQ(m.deadlines[0].as_written, "март");
    EXPECT_EQ(m.deadlines[0].kind, record::DeadlineKind::Unknown);
    EXPECT_EQ(m.deadlines[0].source.block, "b5/r1/c0/b0");
    ASSERT_EQ(m.responsible.size(), 1u);
    EXPECT_EQ(m.responsible[0].as_written, "Петров");
    EXPECT_EQ(m.result.value, "Отчет");
    EXPECT_EQ(m.source.block, "b5/r1/c2/b0");
    EXPECT_EQ(m.name.source.block, "b5/r1/c4/b0");
}

TEST(PlanRows, SectionRowsAndMeasures) {
    record::Appendix a = plan_of(
        {table({kHeader,
                {{"1"}, {"2"}, {"3"}, {"4"}, {"5"}}, // column numbers under the header
                {{"1. Организационные меры", 5}},
                {{"1.1"}, {"Приказ"}, {"январь"}, {"Отдел\nобщего образования"}, {"Приказ"}},
                {{"Раздел 2. Работа с кадрами"}, {""}, {""}, {""}, {""}},
                {{"2.1."}, {"Курсы"}, {"в течение года"}, {"ИМЦ"}, {"Удостоверения"}}},
               5)});
    ASSERT_EQ(a.sections.size(), 2u);
    EXPECT_EQ(a.sections[0].num, "1");
    EXPECT_EQ(a.sections[0].title.value, "Организационные меры");
    EXPECT_EQ(a.sections[1].num, "2");
    EXPECT_EQ(a.sections[1].title.value, "Работа с кадрами");
    EXPECT_EQ(a.sections[1].title.source.begin, 10);
    EXPECT_EQ(nums(a.sections[0].measures), std::vector<std::string>{"1.1"});
    // the responsible cell keeps its lines: a cell may list one party per line
    EXPECT_EQ(a.sections[0].measures[0].responsible[0].as_written, "Отдел\nобщего образования");
    EXPECT_EQ(nums(a.sections[1].measures), std::vector<std::string>{"2.1"});
    EXPECT_TRUE(a.measures.empty());
}

TEST(PlanRows, RepeatedHeaderIsDropped) {
    record::Appendix a = plan_of({table({kHeader,
                                         {{"1"}, {"Первое"}, {"май"}, {"А"}, {"Р1"}},
                                         kHeader, // repeated on the next page, not marked
                                         {{"2"}, {"Второе"}, {"июнь"}, {"Б"}, {"Р2"}}},
                                        5, 1)});
    EXPECT_EQ(nums(a.measures), (std::vector<std::string>{"1", "2"}));
}

TEST(PlanRows, ContinuationRowAppendsToThePreviousMeasure) {
    record::Appendix a = plan_of({table({kHeader,
                                         {{"5.4"},
                                          {"Разработка рекомендаций по созданию центров"},
                                          {"март"},
                                          {"ИРО"},
                                          {"Рекомендации"}},
                                         {{""}, {"«Точка роста»"}, {""}, {"ОМСУ"}, {""}},
                                         {{"5.5"}, {"Курсы"}, {"май"}, {"ИРО"}, {"Обучение"}}},
                                        5)});
    ASSERT_EQ(a.measures.size(), 2u);
    EXPECT_EQ(a.measures[0].name.value,
              "Разработка рекомендаций по созданию центров «Точка роста»");
    EXPECT_EQ(a.measures[0].name.source.begin, -1);
    ASSERT_EQ(a.measures[0].responsible.size(), 1u);
    EXPECT_EQ(a.measures[0].responsible[0].as_written, "ИРО\nОМСУ");
    EXPECT_EQ(a.measures[0].result.value, "Рекомендации");
}

// A row of sums at the end of a plan (or of a section) is neither a measure nor a continuation.
TEST(PlanRows, TotalsRowsAreSkipped) {
    record::Appendix a =
        plan_of({table({kHeader,
                        {{"4.2"}, {"Конкурс «Педагог года»"}, {"2021"}, {"КО"}, {""}},
                        {{""}, {"Итого по разделу 4"}, {""}, {""}, {"300,0"}},
                        {{"Всего по Плану"}, {""}, {""}, {""}, {"1250,0"}}},
                       5)});
    ASSERT_EQ(a.measures.size(), 1u);
    EXPECT_EQ(a.measures[0].name.value, "Конкурс «Педагог года»");
    EXPECT_TRUE(a.measures[0].result.value.empty());
}

TEST(PlanRows, VerticallyMergedCellsApplyToEveryCoveredMeasure) {
    record::Appendix a =
        plan_of({table({kHeader,
                        {{"1.1"}, {"А"}, {"май", 1, 2}, {"Управление", 1, 3}, {"Р"}},
                        {{"1.2"}, {"Б"}, {"Р", 1, 1, 4}},
                        {{"1.3"}, {"В"}, {"июнь", 1, 1, 2}, {"Р", 1, 1, 4}},
                        {{"1.4"}, {"Г"}, {"июль"}, {"Школы"}, {"Р"}}},
                       5)});
    ASSERT_EQ(a.measures.size(), 4u);
    std::vector<std::string> responsible, deadlines;
    for (const record::Measure &m : a.measures) {
        responsible.push_back(m.responsible.empty() ? "" : m.responsible[0].as_written);
        deadlines.push_back(m.deadlines.empty() ? "" : m.deadlines[0].as_written);
    }
    EXPECT_EQ(responsible,
              (std::vector<std::string>{"Управление", "Управление", "Управление", "Школы"}));
    EXPECT_EQ(deadlines, (std::vector<std::string>{"май", "май", "июнь", "июль"}));
    EXPECT_EQ(a.measures[2].responsible[0].source.block, "b5/r1/c3/b0");
}

TEST(PlanRows, SectionParagraphBetweenTablesJoinsOnePlan) {
    record::Appendix a = plan_of(
        {table({kHeader,
                {{"1. Анализ", 5}},
                {{"1.1."}, {"Анализ списка"}, {"до 31 мая"}, {"ЦОКО"}, {"Перечень"}}},
               5),
         para("3. Организация реализации программы помощи школам"),
         table({{{"3.1."}, {"Координационный центр"}, {"до 1 июня"}, {"Министерство"}, {"Приказ"}},
                {{"3.2."}, {"Координаторы"}, {"до 25 мая"}, {"Министерство"}, {"Список"}}},
               5)});
    ASSERT_EQ(a.sections.size(), 2u);
    EXPECT_EQ(a.sections[1].num, "3");
    EXPECT_EQ(a.sections[1].title.value, "Организация реализации программы помощи школам");
    EXPECT_EQ(a.sections[1].source.block, "b6");
    EXPECT_EQ(nums(a.sections[1].measures), (std::vector<std::string>{"3.1", "3.2"}));
}

TEST(PlanRows, AutoNumberedLabelsInCellsAndNoNumberColumn) {
    Block t = table({{{"Мероприятие"}, {"Сроки"}, {"Ответственный"}},
                     {{"Совещание директоров"}, {"май"}, {"Управление"}},
                     {{"Семинар"}, {"июнь"}, {"ИМЦ"}}},
                    3);
    t.table.rows[1].cells[0].blocks[0].paragraph.label = "1.";
    t.table.rows[1].cells[0].blocks[0].paragraph.label_auto = true;
    t.table.rows[2].cells[0].blocks[0].paragraph.label = "2.";
    t.table.rows[2].cells[0].blocks[0].paragraph.label_auto = true;
    record::Appendix a = plan_of({t});
    ASSERT_EQ(a.measures.size(), 2u);
    EXPECT_EQ(a.measures[0].num, "1");
    EXPECT_EQ(a.measures[0].name.value, "Совещание директоров");
    EXPECT_EQ(a.measures[1].num, "2");
    EXPECT_EQ(a.measures[1].deadlines[0].as_written, "июнь");
}

TEST(PlanRows, NumberArrivingAsAnEmptyAutoLabel) {
    Block t = table({kHeader, {{""}, {"Совещание"}, {"май"}, {"Управление"}, {"Протокол"}}}, 5);
    t.table.rows[1].cells[0].blocks.push_back(para("", "1.1.")); // the cell was empty
    record::Appendix a = plan_of({t});
    ASSERT_EQ(a.measures.size(), 1u);
    EXPECT_EQ(a.measures[0].num, "1.1");
}

// ---- glossary
// ------------------------------------------------------------------------------------

TEST(Glossary, ExplicitListWithAnySeparator) {
    Document doc = document(
        {para("В тексте приняты следующие сокращения:"),
         para("ОМСУ – органы местного самоуправления;"), para("МОСО — министерство образования"),
         para("ОО - образовательные организации"), para("ГИА: государственная итоговая аттестация"),
         para("ВПР = всероссийские проверочные работы."),
         para("Цель: повышение качества образования")});
    record::Record rec;
    extract_glossary(doc, rec);
    ASSERT_EQ(rec.glossary.size(), 5u);
    EXPECT_EQ(rec.glossary[0].abbr, "ОМСУ");
    EXPECT_EQ(rec.glossary[0].full, "органы местного самоуправления");
    EXPECT_EQ(rec.glossary[0].source.block, "b1");
    EXPECT_EQ(rec.glossary[1].full, "министерство образования");
    EXPECT_EQ(rec.glossary[2].abbr, "ОО");
    EXPECT_EQ(rec.glossary[3].abbr, "ГИА");
    EXPECT_EQ(rec.glossary[4].full, "всероссийские проверочные работы");
}

TEST(Glossary, HeadingVariantsInlineItemsAndTables) {
    std::string rest;
    EXPECT_TRUE(is_glossary_heading("Список сокращений", &rest));
    EXPECT_TRUE(is_glossary_heading("Используемые сокращения:", &rest));
    EXPECT_FALSE(is_glossary_heading("Сокращения штатов не планируется.", &rest));

    Document doc = document(
        {para("Используемые сокращения: ОО – образовательные организации; РМО – районные "
              "методические объединения."),
         para("Список сокращений"),
         table({{{"ИМЦ"}, {"информационно-методический центр"}}, {{"ОО"}, {"другое"}}}, 2)});
    record::Record rec;
    extract_glossary(doc, rec);
    ASSERT_EQ(rec.glossary.size(), 3u);
    EXPECT_EQ(rec.glossary[0].abbr, "ОО");
    EXPECT_EQ(rec.glossary[0].full, "образовательные организации"); // the first wins
    EXPECT_EQ(rec.glossary[0].source.begin, 25);
    EXPECT_EQ(rec.glossary[1].abbr, "РМО");
    EXPECT_EQ(rec.glossary[1].full, "районные методические объединения");
    EXPECT_EQ(rec.glossary[2].abbr, "ИМЦ");
}

TEST(Glossary, DefinitionsInRunningText) {
    std::vector<record::GlossaryTerm> terms = defined_terms(
        "Работа со школами с низкими образовательными результатами (далее – ШНОР) и "
        "федеральным государственным образовательным стандартом (далее - ФГОС), приказ "
        "Министерства образования, науки и молодежи Республики Крым (далее — МОНМ РК), "
        "конкурс «Учитель года» (далее – Конкурс).",
        "b3");
    ASSERT_EQ(terms.size(), 4u);
    EXPECT_EQ(terms[0].abbr, "ШНОР");
    // defined_terms() keeps the case the text uses; the glossary pass puts it in the nominative
    EXPECT_EQ(terms[0].full, "школами с низкими образовательными результатами");
    EXPECT_EQ(terms[0].source.block, "b3");
    EXPECT_EQ(terms[0].source.begin, 10);
    EXPECT_EQ(terms[0].source.end, 72);
    EXPECT_EQ(terms[1].abbr, "ФГОС");
    EXPECT_EQ(terms[1].full, "федеральным государственным образовательным стандартом");
    EXPECT_EQ(terms[2].abbr, "МОНМ РК");
    EXPECT_EQ(terms[2].full, "Министерства образования, науки и молодежи Республики Крым");
    EXPECT_EQ(terms[3].abbr, "Конкурс"); // a short name, from its word in another case
    EXPECT_EQ(terms[3].full, "конкурс «Учитель года»");
}

TEST(Glossary, ShortNamesTakeTheirPhraseWithAdjectives) {
    std::vector<record::GlossaryTerm> terms = defined_terms(
        "Провести муниципальный конкурс профессионального мастерства (далее – Конкурс). "
        "Обеспечить выполнение Комплекса мер для школ (далее – «Комплекса мер»), а также "
        "выполнить работу (далее – очень длинное определение из многих слов).",
        "b1");
    ASSERT_EQ(terms.size(), 2u);
    EXPECT_EQ(terms[0].full, "муниципальный конкурс профессионального мастерства");
    EXPECT_EQ(terms[1].abbr, "Комплекса мер");
    EXPECT_EQ(terms[1].full, "Комплекса мер для школ");
}

TEST(Glossary, FullNameFallsBackToTheClause) {
    std::string before = "Направить отчет в Министерство просвещения Российской Федерации";
    EXPECT_EQ(before.substr(full_name_start(before, "Минпросвещения России")),
              "Министерство просвещения Российской Федерации");
    before = "Обеспечить участие, в частности школ, функционирующих в сложных условиях";
    EXPECT_EQ(before.substr(full_name_start(before, "ШФСУ")),
              "школ, функционирующих в сложных условиях");
    before = "в соответствии с планом, проверка документации";
    EXPECT_EQ(before.substr(full_name_start(before, "ПДФ")), "проверка документации");
}

TEST(Glossary, ExplicitListComesFirst) {
    Document doc = document({para("школы с низкими результатами (далее – ШНОР) и сельские "
                                  "школы (далее – СШ)",
                                  "1."),
                             para("Список сокращений:"),
                             para("ШНОР – школы с низкими результатами обучения")});
    record::Record rec;
    extract_glossary(doc, rec);
    ASSERT_EQ(rec.glossary.size(), 2u);
    EXPECT_EQ(rec.glossary[0].abbr, "ШНОР");
    EXPECT_EQ(rec.glossary[0].full, "школы с низкими результатами обучения");
    EXPECT_EQ(rec.glossary[1].abbr, "СШ");
    EXPECT_EQ(rec.glossary[1].full, "сельские школы");
}

// ---- the corpus, every rendition ---------------------------------------------------------------

class AppendixCorpus : public ::testing::TestWithParam<test::CorpusFile> {
protected:
    record::Record extract() {
        doc_ = read::read_file(test::corpus_path(GetParam().path));
        record::Record rec;
        start_ = find_appendix_start(doc_, 0);
        extract_appendices(doc_, start_, rec);
        return rec;
    }
    bool has_real_tables() const { return GetParam().format != "text"; }
    Document doc_;
    size_t start_ = 0;
};

std::vector<std::string> section_nums(const record::Appendix &a) {
    std::vector<std::string> out;
    for (const record::Section &s : a.sections)
        out.push_back(s.num);
    return out;
}

std::vector<std::string> numbered(const std::string &section, int count) {
    std::vector<std::string> out;
    for (int i = 1; i <= count; ++i)
        out.push_back(section + "." + std::to_string(i));
    return out;
}

const record::Measure *find_measure(const record::Appendix &a, const std::string &num) {
    for (const record::Section &s : a.sections)
        for (const record::Measure &m : s.measures)
            if (m.num == num)
                return &m;
    return nullptr;
}

void expect_no_appendix(const Document &doc, size_t start, const record::Record &rec) {
    EXPECT_EQ(start, doc.body.size());
    EXPECT_TRUE(rec.appendices.empty());
}

void expect_001(const record::Record &rec) {
    ASSERT_EQ(rec.appendices.size(), 1u);
    const record::Appendix &a = rec.appendices[0];
    EXPECT_EQ(a.num, "");
    EXPECT_EQ(a.approval.value,
              "к распоряжению Министерства образования Сахалинской области от 08.02.2021 № "
              "3.12-132-р");
    EXPECT_EQ(a.title.value,
              "Комплекс мер, направленный на создание условий для получения качественного "
              "общего образования в образовательных организациях со стабильно низкими "
              "результатами обучения (ШНОР) и в школах, функционирующих в неблагоприятных "
              "социальных условиях (ШНСУ), на 2021-2022 гг");
    // The list's eleven terms, then «(далее – Комплекса мер)» from point 2, in the nominative.
    ASSERT_EQ(rec.glossary.size(), 12u);
    EXPECT_EQ(rec.glossary[0].abbr, "ОМСУ");
    EXPECT_EQ(rec.glossary[0].full,
              "органы местного самоуправления, осуществляющие управление в сфере образования");
    EXPECT_EQ(rec.glossary[3].abbr, "РЦОКОСО");
    EXPECT_EQ(rec.glossary[3].full,
              "ГБУ «Региональный центр оценки качества образования Сахалинской области»");
    EXPECT_EQ(rec.glossary[10].abbr, "ММС");
    EXPECT_EQ(rec.glossary[10].full, "муниципальные методические службы");
    EXPECT_EQ(rec.glossary[11].abbr, "Комплекс мер");
    EXPECT_EQ(rec.glossary[11].full,
              "Комплекс мер для образовательных организаций со стабильно низкими результатами "
              "обучения и школ, функционирующих в неблагоприятных социальных условиях");

    ASSERT_EQ(section_nums(a), (std::vector<std::string>{"1", "2", "3", "4", "5"}));
    EXPECT_EQ(a.sections[0].title.value, "Меры, направленные на определение ШНОР и ШНСУ и "
                                         "мониторинг эффективности реализации Комплекса мер");
    EXPECT_EQ(a.sections[4].title.value, "Меры, направленные на профессиональное развитие "
                                         "педагогических и руководящих работников ШНОР и ШНСУ");
    const int counts[] = {6, 3, 5, 7, 9};
    for (int s = 0; s < 5; ++s)
        EXPECT_EQ(nums(a.sections[s].measures), numbered(std::to_string(s + 1), counts[s]));
    EXPECT_TRUE(a.measures.empty());

    const record::Measure *m = find_measure(a, "1.5");
    ASSERT_TRUE(m);
    ASSERT_EQ(m->deadlines.size(), 1u);
    EXPECT_EQ(m->deadlines[0].as_written,
              "сентябрь – ноябрь 2021 года сентябрь – ноябрь 2022 года");
    EXPECT_EQ(m->responsible.at(0).as_written, "МОСО ИРОСО");
    m = find_measure(a, "4.4");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->responsible.at(0).as_written,
              "ИРОСО РЭС ОМСУ ОО со стабильно высокими результатами обучения");
    EXPECT_EQ(m->deadlines.at(0).as_written, "в течении срока");
    m = find_measure(a, "5.4");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->name.value,
              "Разработка методических рекомендаций для руководителей муниципальных органов "
              "управления образования и муниципальных методических служб по интеграции "
              "мероприятий муниципальных проектов по поддержке школ, показывающих низкие "
              "образовательные результаты и работающих в сложных социальных условиях с "
              "мероприятиями по созданию центров гуманитарного и цифрового профилей «Точка "
              "роста» в рамках федерального и регионального проектов «Современная школа»");
    EXPECT_EQ(m->result.value, "Методические рекомендации");
    m = find_measure(a, "5.9");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->name.value, "Проведение организационно-методических совещаний с "
                             "руководителями методических служб, руководителями "
                             "образовательных организаций");
}

void expect_002(const record::Record &rec) {
    ASSERT_EQ(rec.appendices.size(), 1u);
    const record::Appendix &a = rec.appendices[0];
    EXPECT_EQ(a.num, "1");
    EXPECT_EQ(a.approval.value,
              "Утвержден приказом Министерства просвещения, науки и по делам молодежи "
              "Кабардино-Балкарской Республики от 15 мая 2020 г. N 22-01-05/4569");
    EXPECT_EQ(a.title.value,
              "План мероприятий (\"дорожная карта\") по работе с общеобразовательными "
              "организациями с низкими образовательными результатами на территории "
              "Кабардино-Балкарской Республики на 2020 год");
    ASSERT_EQ(section_nums(a), (std::vector<std::string>{"1", "2", "3", "4"}));
    EXPECT_EQ(a.sections[2].title.value, "Организация реализации программы помощи школам");
    const int counts[] = {1, 3, 17, 4};
    for (int s = 0; s < 4; ++s)
        EXPECT_EQ(nums(a.sections[s].measures), numbered(std::to_string(s + 1), counts[s]));
    const record::Measure *m = find_measure(a, "3.2");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->responsible.at(0).as_written,
              "Минпросвещения КБР, муниципальные органы, осуществляющие управление в сфере "
              "образования");
    EXPECT_EQ(m->deadlines.at(0).as_written, "до 25 мая");
    EXPECT_EQ(m->result.value,
              "Сформирован и утвержден список муниципальных координаторов (приказы о назначении)");
    m = find_measure(a, "3.10");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->deadlines.at(0).as_written, "постоянно в течение всего периода");
    ASSERT_EQ(rec.glossary.size(), 1u);
    EXPECT_EQ(rec.glossary[0].abbr, "план мероприятий");
    EXPECT_EQ(rec.glossary[0].full,
              "план мероприятий (\"дорожная карта\") по работе с общеобразовательными "
              "организациями с низкими образовательными результатами на территории "
              "Кабардино-Балкарской Республики на 2020 год");
}

void expect_005(const record::Record &rec, bool real_tables) {
    ASSERT_EQ(rec.appendices.size(), 1u);
    const record::Appendix &a = rec.appendices[0];
    EXPECT_EQ(a.num, "");
    EXPECT_EQ(a.approval.value, "к приказу управления образования от 20.01.2025 № 01-09/17");
    EXPECT_EQ(a.title.value, "План мероприятий («дорожная карта») по повышению качества "
                             "образования в общеобразовательных организациях района на 2025 год");
    ASSERT_EQ(section_nums(a), (std::vector<std::string>{"1", "2", "3", "4", "5", "6"}));
    EXPECT_EQ(a.sections[4].title.value, "Работа с родителями (законными представителями)");
    const int counts[] = {7, 7, 7, 6, 4, 4};
    for (int s = 0; s < 6; ++s)
        EXPECT_EQ(nums(a.sections[s].measures), numbered(std::to_string(s + 1), counts[s]));
    for (const record::Section &s : a.sections)
        for (const record::Measure &m : s.measures)
            EXPECT_EQ(m.deadlines.size(), 1u) << m.num;
    // Merged responsible cells: in the plain text only the first row of a merge has the text.
    const std::pair<const char *, const char *> merged[] = {
        {"1.2", "Управление образования"},
        {"1.7", "Руководители ОО"},
        {"2.5", "МКУ ИМЦ"},
        {"2.7", "Отдел общего образования УО"},
        {"5.3", "Руководители ОО, классные руководители"},
        {"6.4", "Управление образования"}};
    for (const auto &[num, party] : merged) {
        const record::Measure *m = find_measure(a, num);
        ASSERT_TRUE(m) << num;
        if (real_tables) {
            ASSERT_EQ(m->responsible.size(), 1u) << num;
            EXPECT_EQ(m->responsible[0].as_written, party) << num;
        } else {
            EXPECT_TRUE(m->responsible.empty()) << num;
        }
    }
    const record::Measure *first = find_measure(a, "1.1");
    ASSERT_TRUE(first);
    EXPECT_EQ(first->responsible.at(0).as_written, "Управление образования");
    EXPECT_EQ(first->name.value, "Разработка и утверждение муниципального плана мероприятий по "
                                 "повышению качества образования на 2025 год");
    ASSERT_EQ(rec.glossary.size(), 1u);
    EXPECT_EQ(rec.glossary[0].abbr, "план мероприятий");
}

void expect_004(const record::Record &rec) {
    EXPECT_TRUE(rec.appendices.empty());
    ASSERT_EQ(rec.glossary.size(), 4u);
    EXPECT_EQ(rec.glossary[0].abbr, "ШНОР");
    EXPECT_EQ(rec.glossary[0].full, "школы с низкими образовательными результатами");
    EXPECT_EQ(rec.glossary[1].abbr, "МОНМ РК");
    EXPECT_EQ(rec.glossary[1].full, "Министерство образования, науки и молодежи Республики Крым");
    EXPECT_EQ(rec.glossary[2].abbr, "ОО");
    EXPECT_EQ(rec.glossary[2].full, "общеобразовательные организации");
    EXPECT_EQ(rec.glossary[3].abbr, "ГКУ РК «ИМАЦ»");
    EXPECT_EQ(rec.glossary[3].full, "Государственное казенное учреждение Республики Крым "
                                    "«Информационно-методический, аналитический центр»");
}

TEST_P(AppendixCorpus, AppendicesAndGlossaryAsInTheDocument) {
    record::Record rec = extract();
    const std::string folder = GetParam().folder();
    if (folder.rfind("001", 0) == 0)
        expect_001(rec);
    else if (folder.rfind("002", 0) == 0)
        expect_002(rec);
    else if (folder.rfind("005", 0) == 0)
        expect_005(rec, has_real_tables());
    else if (folder.rfind("004", 0) == 0)
        expect_004(rec);
    else if (folder.rfind("006", 0) == 0) { // cites appendices 1–3 that the file lacks
        expect_no_appendix(doc_, start_, rec);
        ASSERT_EQ(rec.glossary.size(), 1u);
        EXPECT_EQ(rec.glossary[0].abbr, "Конкурс");
        EXPECT_EQ(rec.glossary[0].full,
                  "муниципальный конкурс профессионального мастерства «Учитель года – 2016»");
    } else { // 000, 003, 007 («Приложение: форма на 1 л.» is an enclosure note)
        expect_no_appendix(doc_, start_, rec);
        EXPECT_TRUE(rec.glossary.empty());
    }
}

TEST_P(AppendixCorpus, EveryValueHasASource) {
    record::Record rec = extract();
    for (const record::Appendix &a : rec.appendices) {
        EXPECT_FALSE(a.source.empty());
        for (const record::Section &s : a.sections) {
            EXPECT_FALSE(s.source.empty());
            EXPECT_FALSE(s.title.source.empty());
            for (const record::Measure &m : s.measures) {
                EXPECT_FALSE(m.source.empty()) << m.num;
                EXPECT_FALSE(m.name.source.empty()) << m.num;
                for (const record::Deadline &d : m.deadlines)
                    EXPECT_FALSE(d.source.empty()) << m.num;
                for (const record::Party &p : m.responsible)
                    EXPECT_FALSE(p.source.empty()) << m.num;
            }
        }
    }
    for (const record::GlossaryTerm &t : rec.glossary)
        EXPECT_FALSE(t.source.empty()) << t.abbr;
}

INSTANTIATE_TEST_SUITE_P(AllRenditions, AppendixCorpus, ::testing::ValuesIn(test::corpus_files()),
                         [](const ::testing::TestParamInfo<test::CorpusFile> &info) {
                             return info.param.test_name();
                         });

} // namespace
} // namespace prikaz::extract
