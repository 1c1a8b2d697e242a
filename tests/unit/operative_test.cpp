// The operative zone: preamble, enacting word, point tree, sentence joins across page breaks and
// noise, deadline-only lines, control clause, signatures. Synthetic models for each rule, then
// every corpus rendition.
#include "extract/extract.h"
#include "extract/normalise.h"
#include "extract/operative_deadline_line.h"
#include "extract/operative_names.h"
#include "model/finalize.h"
#include "read/reader.h"
#include "test_support.h"

#include "corpus_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <vector>

using namespace prikaz;
namespace operative = prikaz::extract::operative;

namespace {

// A body from lines: "<break>" is a page break, any other string a paragraph (typed labels such
// as "3.2.1. текст" are split by finalize, as readers do).
model::Document doc_of(const std::vector<std::string> &lines) {
    model::Document doc;
    for (const std::string &line : lines) {
        if (line == "<break>") {
            doc.body.push_back(model::Block::make_break(model::BreakKind::Page));
            continue;
        }
        model::Paragraph p;
        p.text = line;
        doc.body.push_back(model::Block::make_paragraph(p));
    }
    model::finalize(doc);
    return doc;
}

record::Record operative_of(const model::Document &doc, const std::string &kind = "") {
    record::Record rec;
    rec.kind = kind;
    extract::extract_operative(doc, 0, doc.body.size(), rec);
    return rec;
}

// "1,2,3{3.1,3.2{3.2.1}}"
std::string tree(const std::vector<record::Point> &points) {
    std::string out;
    for (const record::Point &p : points) {
        if (!out.empty())
            out += ',';
        out += p.num;
        if (!p.points.empty())
            out += "{" + tree(p.points) + "}";
    }
    return out;
}

const record::Point *find_point(const std::vector<record::Point> &points, const std::string &num) {
    for (const record::Point &p : points) {
        if (p.num == num)
            return &p;
        if (const record::Point *inner = find_point(p.points, num))
            return inner;
    }
    return nullptr;
}

std::vector<std::string> deadlines_of(const record::Point &p) {
    std::vector<std::string> out;
    for (const record::Deadline &d : p.deadlines)
        out.push_back(d.as_written);
    return out;
}

std::vector<std::string> signatures_of(const record::Record &rec) {
    std::vector<std::string> out;
    for (const record::Signature &s : rec.signatures)
        out.push_back(s.position.value + " | " + s.person.value);
    return out;
}

using Strings = std::vector<std::string>;

bool ends_with(const std::string &s, const std::string &suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// ---- enacting word and preamble ----

TEST(OperativeEnacting, ClosesThePreambleSentence) {
    auto doc = doc_of({"В целях реализации программы, в соответствии с положением приказываю:",
                       "1. Утвердить план.", "2. Контроль оставляю за собой."});
    auto rec = operative_of(doc);
    EXPECT_EQ(rec.enacting_word.value, "приказываю");
    EXPECT_EQ(rec.enacting_word.source.block, "b0");
    EXPECT_EQ(rec.enacting_word.source.begin, 58);
    EXPECT_EQ(rec.enacting_word.source.end, 68);
    EXPECT_EQ(rec.preamble.value, "В целях реализации программы, в соответствии с положением");
    EXPECT_EQ(rec.preamble.source.begin, 0);
    EXPECT_EQ(tree(rec.points), "1,2");
}

TEST(OperativeEnacting, OwnLineLetterSpacedWithColon) {
    auto doc = doc_of({"Заслушав доклад, коллегия", "Р Е Ш И Л А :", "1. Принять к сведению."});
    auto rec = operative_of(doc);
    EXPECT_EQ(rec.enacting_word.value, "Р Е Ш И Л А");
    EXPECT_EQ(rec.enacting_word.source.block, "b1");
    EXPECT_EQ(rec.preamble.value, "Заслушав доклад, коллегия");
    EXPECT_EQ(rec.preamble.source.block, "b0");
    EXPECT_EQ(rec.preamble.source.begin, -1);
}

TEST(OperativeEnacting, OtherVerbsOnTheirOwnLine) {
    for (const char *word : {"ПОСТАНОВЛЯЮ:", "ПОСТАНОВЛЯЕТ",
                             "ОБЯЗЫВАЮ:", "ПРИКАЗЫВАЕМ:", "РЕШИЛИ:", "п р и к а з ы в а ю"}) {
        auto rec = operative_of(doc_of(
            {"В связи с производственной необходимостью", word, "1. Назначить ответственного."}));
        EXPECT_FALSE(rec.enacting_word.empty()) << word;
        EXPECT_EQ(rec.preamble.value, "В связи с производственной необходимостью") << word;
    }
}

TEST(OperativeEnacting, HeaderBlocksBeforeThePreambleAreSkipped) {
    auto doc = doc_of({"АДМИНИСТРАЦИЯ ГОРОДА", "ПРИКАЗ", "от 01.02.2023 № 15", "г. Энск",
                       "О проведении смотра", "В целях развития творчества",
                       "ПРИКАЗЫВАЮ:", "1. Провести смотр."});
    auto rec = operative_of(doc);
    EXPECT_EQ(rec.preamble.value, "В целях развития творчества");
    EXPECT_EQ(rec.preamble.source.block, "b5");
    EXPECT_EQ(rec.enacting_word.value, "ПРИКАЗЫВАЮ");
}

TEST(OperativeEnacting, UnnumberedOperativeTextBecomesPoints) {
    auto rec = operative_of(
        doc_of({"В целях упорядочения работы", "ПРИКАЗЫВАЮ:", "Утвердить график дежурств.",
                "Контроль за исполнением приказа оставляю за собой.", "Директор", "И.И. Иванов"}));
    ASSERT_EQ(rec.points.size(), 2u);
    EXPECT_EQ(rec.points[0].num, "");
    EXPECT_EQ(rec.points[0].text.value, "Утвердить график дежурств.");
    ASSERT_TRUE(rec.control);
    EXPECT_EQ(rec.control->person.value, "Иванов И.И.");
}

// ---- point tree ----

TEST(OperativePoints, DecimalLabelsNest) {
    auto rec = operative_of(doc_of({"ПРИКАЗЫВАЮ:", "1. Раз.", "2. Два:", "2.1. два-один;",
                                    "2.1.1. глубже;", "2.2. два-два.", "3. Три."}));
    EXPECT_EQ(tree(rec.points), "1,2{2.1{2.1.1},2.2},3");
    const record::Point *p = find_point(rec.points, "2.1.1");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->text.value, "глубже;");
    EXPECT_EQ(p->source.block, "b4");
    EXPECT_EQ(p->text.source.block, "b4");
}

TEST(OperativePoints, LetteredItemsAreChildrenOfTheirPoint) {
    auto rec = operative_of(doc_of({"ПРИКАЗЫВАЮ:", "3. Отделу обеспечить:", "а) сбор данных;",
                                    "б) анализ данных.", "4. Другое."}));
    EXPECT_EQ(tree(rec.points), "3{а,б},4");
}

TEST(OperativePoints, BracketedDigitsInsideAPointThenLetters) {
    auto rec =
        operative_of(doc_of({"ПРИКАЗЫВАЮ:", "1. Утвердить:", "1) положение;", "а) форму заявки;",
                             "2) состав жюри.", "2. Провести конкурс."}));
    EXPECT_EQ(tree(rec.points), "1{1{а},2},2");
}

TEST(OperativePoints, LetterBracketItemsAreTopLevelAndProseGoesToThePreamble) {
    auto rec = operative_of(
        doc_of({"Сообщаем, что работа включает три направления:", "1) адресная поддержка;",
                "2) профилактика.", "Просим учесть при планировании.", "- первое замечание"}),
        "письмо");
    EXPECT_TRUE(rec.enacting_word.empty());
    EXPECT_EQ(tree(rec.points), "1,2");
    EXPECT_EQ(rec.preamble.value, "Сообщаем, что работа включает три направления:\nПросим учесть "
                                  "при планировании.\nпервое замечание");
}

TEST(OperativePoints, BulletsBelongToTheOpenPoint) {
    auto rec = operative_of(doc_of({"ПРИКАЗЫВАЮ:", "1. Назначить ответственными:",
                                    "• заместителя директора;", "– методиста.", "2. Далее."}));
    EXPECT_EQ(tree(rec.points), "1,2");
    EXPECT_EQ(rec.points[0].text.value,
              "Назначить ответственными:\nзаместителя директора;\nметодиста.");
}

// ---- joins, noise, deadlines ----

TEST(OperativeJoin, SentenceSplitByAPageBreakIsJoined) {
    auto rec = operative_of(doc_of({"ПРИКАЗЫВАЮ:", "1. Обеспечить поддержку участия", "<break>",
                                    "организаций в конкурсах.", "2. Далее."}));
    EXPECT_EQ(rec.points[0].text.value, "Обеспечить поддержку участия организаций в конкурсах.");
    EXPECT_EQ(tree(rec.points), "1,2");
}

TEST(OperativeJoin, NoiseLinesAreSkippedAndJoinedAcross) {
    auto rec = operative_of(
        doc_of({"ПРИКАЗЫВАЮ:", "1. Учреждению дополнительного\n3.12-144-р (п)(4.0)", "- 2 -",
                "профессионального образования обеспечить выполнение.", "2. Далее."}));
    EXPECT_EQ(rec.points[0].text.value,
              "Учреждению дополнительного профессионального образования обеспечить выполнение.");
}

TEST(OperativeJoin, WordHyphenJoinsWithoutSpace) {
    auto rec = operative_of(
        doc_of({"ПРИКАЗЫВАЮ:", "1. Обеспечить научно-", "методическое сопровождение."}));
    EXPECT_EQ(rec.points[0].text.value, "Обеспечить научно-методическое сопровождение.");
}

TEST(OperativeJoin, NewSentenceIsAFurtherParagraphOfThePoint) {
    auto rec = operative_of(
        doc_of({"ПРИКАЗЫВАЮ:", "1. Утвердить план.", "План размещается на сайте.", "2. Далее."}));
    EXPECT_EQ(rec.points[0].text.value, "Утвердить план.\nПлан размещается на сайте.");
}

TEST(OperativeDeadlines, DeadlineLineBelongsToThePointItFollows) {
    auto rec = operative_of(doc_of({"РЕШИЛА:", "1. Управлению:", "1.1. Продолжить работу.",
                                    "В течение 2023 года", "1.2. Обеспечить поддержку участия",
                                    "До 1 марта 2023 года", "школ в конкурсах;", "2. Далее."}));
    EXPECT_EQ(tree(rec.points), "1{1.1,1.2},2");
    EXPECT_EQ(deadlines_of(*find_point(rec.points, "1.1")), Strings{"В течение 2023 года"});
    const record::Point *p12 = find_point(rec.points, "1.2");
    EXPECT_EQ(deadlines_of(*p12), Strings{"До 1 марта 2023 года"});
    EXPECT_EQ(p12->deadlines[0].kind, record::DeadlineKind::Unknown);
    EXPECT_EQ(p12->deadlines[0].source.block, "b5");
    EXPECT_EQ(p12->text.value, "Обеспечить поддержку участия школ в конкурсах;");
}

TEST(OperativeDeadlines, DeadlineOnlyGrammar) {
    for (const char *yes :
         {"В течение 2023 года", "До 1 марта 2023 года", "Декабрь 2023 года",
          "Ноябрь-декабрь 2023 года", "постоянно", "ежеквартально", "в срок до 15.01.2022",
          "сентябрь – ноябрь 2021 года", "I квартал 2024 г.",
          "до 10 числа месяца, следующего за "
          "отчетным",
          "в течение 2021/2022 учебного года", "ежегодно, до 1 февраля",
          "с 1 по 15 апреля 2016 года", "По мере необходимости", "не позднее 20.12.2023 г.",
          "постоянно в течение всего периода"})
        EXPECT_TRUE(operative::is_deadline_only(yes)) << yes;
    for (const char *no : {"2", "- 3 -", "Председатель коллегии", "В 2024 году продолжается работа",
                           "школ в конкурсах;", "Утвердить план до 1 марта 2023 года.",
                           "3.12-144-р (п)(4.0)", "А.Н. Киктева"})
        EXPECT_FALSE(operative::is_deadline_only(no)) << no;
}

// «Срок: …» and «Ответственный: …» lines: paragraphs of their own or lines of the point's
// paragraph; the label is not part of the value, and the point's text ends before them.
TEST(OperativeTermLines, LabelledDeadlineAndResponsibleLines) {
    auto rec = operative_of(
        doc_of({"РЕШИЛА:", "1. Министерству:", "1.1. Утвердить перечень организаций.",
                "Срок: II квартал 2019 г.", "Ответственный: заместитель министра Сафонова Н.Е.",
                "1.2. Организовать закупку оборудования.\nСроки исполнения – до 01.08.2019г.\n"
                "Ответственные исполнители: Шевцов А.В., начальник отдела;\nЮсупова Г.Р.",
                "2. Рассмотреть итоги.", "Срок исполнения: декабрь\n2019 г.",
                "Председатель коллегии", "Г.В. Тарасов"}));
    EXPECT_EQ(tree(rec.points), "1{1.1,1.2},2");
    const record::Point *p11 = find_point(rec.points, "1.1");
    EXPECT_EQ(p11->text.value, "Утвердить перечень организаций.");
    EXPECT_EQ(deadlines_of(*p11), Strings{"II квартал 2019 г."});
    EXPECT_EQ(p11->deadlines[0].source.begin, 6);
    ASSERT_EQ(p11->responsible.size(), 1u);
    EXPECT_EQ(p11->responsible[0].as_written, "заместитель министра Сафонова Н.Е.");
    EXPECT_EQ(p11->responsible[0].source.block, "b4");
    const record::Point *p12 = find_point(rec.points, "1.2");
    EXPECT_EQ(p12->text.value, "Организовать закупку оборудования.");
    EXPECT_EQ(deadlines_of(*p12), Strings{"до 01.08.2019г."});
    ASSERT_EQ(p12->responsible.size(), 1u);
    EXPECT_EQ(p12->responsible[0].as_written, "Шевцов А.В., начальник отдела; Юсупова Г.Р.");
    EXPECT_EQ(deadlines_of(rec.points[1]), Strings{"декабрь 2019 г."});
    EXPECT_EQ(signatures_of(rec), Strings{"Председатель коллегии | Г.В. Тарасов"});
    // Not a label: the word inside a sentence, and a line before any point.
    rec = operative_of(doc_of({"Срок: до 1 мая.", "ПРИКАЗЫВАЮ:",
                               "1. Продлить срок: до 1 мая 2020 года рассмотреть заявки."}));
    EXPECT_EQ(rec.points[0].text.value, "Продлить срок: до 1 мая 2020 года рассмотреть заявки.");
    EXPECT_TRUE(rec.points[0].responsible.empty());
}

// Labels inside the point's sentences: the text stays as written, the values are read.
TEST(OperativeTermLines, LabelsInsideTheSentences) {
    auto rec = operative_of(doc_of(
        {"РЕШИЛА:", "1. Управлению образования:",
         "1.1. Разработать план мероприятий на 2023 год. Ответственный: Шкляева Н.Г., начальник "
         "отдела. Срок исполнения: до 01.03.2023.",
         "1.2. Организовать обучение вожатых, срок исполнения – май 2023 года, ответственный – "
         "главный специалист-эксперт Ившина Е.А."}));
    const record::Point *p11 = find_point(rec.points, "1.1");
    EXPECT_EQ(p11->text.value, "Разработать план мероприятий на 2023 год. Ответственный: "
                               "Шкляева Н.Г., начальник отдела. Срок исполнения: до 01.03.2023.");
    EXPECT_EQ(deadlines_of(*p11), Strings{"до 01.03.2023"});
    ASSERT_EQ(p11->responsible.size(), 1u);
    EXPECT_EQ(p11->responsible[0].as_written, "Шкляева Н.Г., начальник отдела");
    const record::Point *p12 = find_point(rec.points, "1.2");
    EXPECT_EQ(deadlines_of(*p12), Strings{"май 2023 года"});
    ASSERT_EQ(p12->responsible.size(), 1u);
    EXPECT_EQ(p12->responsible[0].as_written, "главный специалист-эксперт Ившина Е.А.");
    // the parent's body stays responsible next to the officials named
    extract::normalise_parties(rec);
    p11 = find_point(rec.points, "1.1");
    ASSERT_EQ(p11->responsible.size(), 2u);
    EXPECT_TRUE(p11->responsible[0].inherited);
    EXPECT_EQ(p11->responsible[0].org, "Управление образования");
    EXPECT_EQ(p11->responsible[1].person, "Шкляева Н.Г.");
    // «срок» inside a clause is no label
    rec = operative_of(doc_of({"ПРИКАЗЫВАЮ:", "1. Продлить срок приема заявок, срок – важен."}));
    EXPECT_TRUE(rec.points[0].deadlines.empty());
}

// A listed responsible line is read like a plan cell: each party in the nominative.
TEST(OperativeTermLines, ResponsibleLinePartiesAreNormalised) {
    model::Document doc = doc_of({"РЕШИЛА:", "1. Обеспечить открытие Центров.",
                                  "Ответственные: Сафонова Н.Е., Юсупова Г.Р.",
                                  "2. Рекомендовать отделу образования провести проверку."});
    record::Record rec = operative_of(doc);
    extract::normalise_parties(rec);
    ASSERT_EQ(rec.points[0].responsible.size(), 2u);
    EXPECT_EQ(rec.points[0].responsible[0].person, "Сафонова Н.Е.");
    EXPECT_EQ(rec.points[0].responsible[1].person, "Юсупова Г.Р.");
    EXPECT_EQ(rec.points[0].responsible[1].source.block, "b2");
    ASSERT_EQ(rec.points[1].responsible.size(), 1u); // from the text, as before
    EXPECT_EQ(rec.points[1].responsible[0].org, "отдел образования");
}

// ---- control ----

TEST(OperativeControl, AssignedToADeputyInTheNominative) {
    auto rec = operative_of(doc_of({"ПРИКАЗЫВАЮ:", "1. Утвердить план.",
                                    "2. Контроль за исполнением настоящего приказа возложить на "
                                    "заместителя министра Беспалову С.Э."}));
    ASSERT_TRUE(rec.control);
    EXPECT_EQ(rec.control->as_written, "Контроль за исполнением настоящего приказа возложить на "
                                       "заместителя министра Беспалову С.Э.");
    EXPECT_EQ(rec.control->position.value, "заместитель министра");
    EXPECT_EQ(rec.control->person.value, "Беспалова С.Э.");
    EXPECT_EQ(rec.control->source.block, "b2");
    EXPECT_EQ(rec.control->person.source.block, "b2");
    EXPECT_EQ(rec.control->person.source.begin, 77);
    EXPECT_EQ(rec.control->person.source.end, 91);
    EXPECT_EQ(tree(rec.points), "1,2"); // the clause stays a point
}

TEST(OperativeControl, InitialsFirstAndFirstDeputy) {
    auto rec = operative_of(doc_of({"ПРИКАЗЫВАЮ:", "1. Контроль исполнения настоящего распоряжения "
                                                   "возложить на первого заместителя министра "
                                                   "образования области С.А. Мирнову."}));
    ASSERT_TRUE(rec.control);
    EXPECT_EQ(rec.control->position.value, "первый заместитель министра образования области");
    EXPECT_EQ(rec.control->person.value, "Мирнова С.А.");
}

TEST(OperativeControl, KeptForMyselfIsTheSignatory) {
    auto rec = operative_of(doc_of({"ПРИКАЗЫВАЮ:", "1. Утвердить план.",
                                    "2. Контроль за исполнением настоящего приказа оставляю за "
                                    "собой.",
                                    "Начальник управления образования", "В.С. Рогова"}));
    ASSERT_TRUE(rec.control);
    EXPECT_EQ(rec.control->as_written,
              "Контроль за исполнением настоящего приказа оставляю за собой");
    EXPECT_EQ(rec.control->position.value, "Начальник управления образования");
    EXPECT_EQ(rec.control->person.value, "Рогова В.С.");
}

// A full name in any case closes a phrase: the patronymic's oblique endings are names too.
TEST(OperativeNames, FullNamesInObliqueCases) {
    auto hit = operative::find_name_at_end("Директору МАОУ «Лицей № 3» Сергеевой Ольге Николаевне");
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->text, "Сергеевой Ольге Николаевне");
    EXPECT_EQ(hit->begin, 27);
    for (const char *name : {"Иванову Петру Сергеевичу", "Соколова Дмитрия Васильевича",
                             "Тарасовым Николаем Ивановичем", "Белоусовой Наталье Ильиничне",
                             "Гордееву Анну Сергеевну", "Кузнецовой Марией Петровной"})
        EXPECT_TRUE(operative::is_name(name)) << name;
    EXPECT_FALSE(operative::is_name("Ольге Николаевне")); // no surname
    EXPECT_FALSE(operative::is_name("Отделу образования"));
}

TEST(OperativeControl, Nominatives) {
    EXPECT_EQ(operative::position_nominative(
                  "заместителя министра – начальника управления образовательной политики"),
              "заместитель министра – начальник управления образовательной политики");
    EXPECT_EQ(operative::position_nominative("первого заместителя министра образования"),
              "первый заместитель министра образования");
    EXPECT_EQ(operative::person_nominative("Битуева А.Х.", true), "Битуев А.Х.");
    EXPECT_EQ(operative::person_nominative("Н.В. Ковалеву", true), "Ковалева Н.В.");
    EXPECT_EQ(operative::person_nominative("Ю.В. Таушанкову", true), "Таушанкова Ю.В.");
    EXPECT_EQ(operative::person_nominative("Петровскую А.А.", true), "Петровская А.А.");
    EXPECT_EQ(operative::person_nominative("Лаврика В.В.", true), "Лаврик В.В.");
    EXPECT_EQ(operative::person_nominative("ИВАНОВУ И.И.", true), "ИВАНОВА И.И.");
    EXPECT_EQ(operative::person_nominative("Гордееву Анну Сергеевну", true), "Гордеева А.С.");
    EXPECT_EQ(operative::person_nominative("Сергеевой Ольге Николаевне", false), "Сергеева О.Н.");
    EXPECT_EQ(operative::position_nominative("начальника отдела кадров"),
              "начальник отдела кадров");
    EXPECT_EQ(operative::position_nominative("председателя комитета"), "председатель комитета");
    EXPECT_EQ(operative::position_nominative("руководителя аппарата"), "руководитель аппарата");
    EXPECT_EQ(operative::position_nominative("исполняющего обязанности директора"),
              "исполняющий обязанности директора");
    EXPECT_EQ(operative::position_nominative("ведущего специалиста отдела"),
              "ведущий специалист отдела");
}

// ---- signatures ----

TEST(OperativeSignatures, NamesAfterThePositionsInTheSameOrder) {
    auto rec = operative_of(
        doc_of({"РЕШИЛА:", "1. Принять к сведению.", "В течение 2023 года", "Председатель коллегии",
                "Секретарь коллегии", "В.В. Лаврик", "Т.С. Билич"}));
    EXPECT_EQ(signatures_of(rec),
              (Strings{"Председатель коллегии | В.В. Лаврик", "Секретарь коллегии | Т.С. Билич"}));
    EXPECT_EQ(rec.signatures[1].person.source.block, "b6");
    EXPECT_EQ(deadlines_of(rec.points[0]), Strings{"В течение 2023 года"});
}

TEST(OperativeSignatures, WrappedPositionAndSameLineName) {
    auto rec = operative_of(doc_of(
        {"ПРИКАЗЫВАЮ:", "1. Утвердить.", "Министр образования Энской", "области", "А.Н. Иванова"}));
    EXPECT_EQ(signatures_of(rec), Strings{"Министр образования Энской области | А.Н. Иванова"});
    rec = operative_of(doc_of(
        {"ПРИКАЗЫВАЮ:", "1. Утвердить.", "Начальник управления образования\t\tВ.С. Рогова"}));
    EXPECT_EQ(signatures_of(rec), Strings{"Начальник управления образования | В.С. Рогова"});
    EXPECT_EQ(rec.signatures[0].person.source.begin, 34);
    rec = operative_of(doc_of({"ПРИКАЗЫВАЮ:", "1. Утвердить.", "И.о. министра\nА.ЕЗАОВ"}));
    EXPECT_EQ(signatures_of(rec), Strings{"И.о. министра | А.ЕЗАОВ"});
}

// A position ending in a comma goes on with a second office on the next lines; a continuation
// may open with a quoted name.
TEST(OperativeSignatures, TwoOfficesAndQuotedContinuation) {
    auto rec = operative_of(doc_of({"РЕШИЛА:", "1. Принять к сведению.",
                                    "Председатель коллегии,\nминистр образования\nЭнской области   "
                                    "Г.В. Тарасов",
                                    "Секретарь коллегии   И.Н. Кобзева"}));
    EXPECT_EQ(signatures_of(rec),
              (Strings{"Председатель коллегии, министр образования Энской области | Г.В. Тарасов",
                       "Секретарь коллегии | И.Н. Кобзева"}));
    rec = operative_of(doc_of({"ПРИКАЗЫВАЮ:", "1. Утвердить.",
                               "Глава муниципального образования\n«Энский район» Энской области"
                               "          А.С. Журавлев"}));
    EXPECT_EQ(signatures_of(rec),
              Strings{"Глава муниципального образования «Энский район» Энской области | "
                      "А.С. Журавлев"});
}

// A mailing list («Разослано: …») after the signature is no part of the body or of it.
TEST(OperativeSignatures, MailingListAfterTheSignature) {
    auto rec = operative_of(
        doc_of({"РЕШИЛ:", "1. Контроль возложить на комиссию.", "Глава района   Н.Ю. Прохоров",
                "Разослано: в дело, отдел образования, прокуратура"}));
    EXPECT_EQ(signatures_of(rec), Strings{"Глава района | Н.Ю. Прохоров"});
    EXPECT_EQ(rec.points[0].text.value, "Контроль возложить на комиссию.");
}

TEST(OperativeSignatures, LayoutTable) {
    model::Document doc = doc_of({"ПРИКАЗЫВАЮ:", "1. Утвердить."});
    model::Table t;
    t.columns = 2;
    for (auto [pos, name] : {std::pair{"Глава администрации", "Иванов И.И."},
                             std::pair{"Управляющий делами", "П.П. Петров"}}) {
        model::Row row;
        for (const char *text : {pos, name}) {
            model::Cell cell;
            model::Paragraph p;
            p.text = text;
            cell.blocks.push_back(model::Block::make_paragraph(p));
            row.cells.push_back(cell);
        }
        t.rows.push_back(row);
    }
    doc.body.push_back(model::Block::make_table(t));
    model::finalize(doc);
    auto rec = operative_of(doc);
    EXPECT_EQ(signatures_of(rec),
              (Strings{"Глава администрации | Иванов И.И.", "Управляющий делами | П.П. Петров"}));
    EXPECT_EQ(rec.signatures[0].person.source.block, "b2/r0/c1/b0");
}

TEST(OperativeSignatures, ExecutorMarksAreNotSignatures) {
    auto rec = operative_of(doc_of({"ПРИКАЗЫВАЮ:", "1. Утвердить.", "Директор", "О. ПЕТРОВ",
                                    "Исп. Петрова А.А.\nтел. 8 (3652) 11-22-33", "5-02-42"}));
    EXPECT_EQ(signatures_of(rec), Strings{"Директор | О. ПЕТРОВ"});
}

TEST(OperativeSignatures, StopAtTheAppendixMark) {
    auto rec = operative_of(doc_of({"ПРИКАЗЫВАЮ:", "1. Утвердить положение.", "Директор",
                                    "И.И. Иванов", "Приложение № 1\nк приказу от 01.02.2023 № 5",
                                    "Положение", "1. Общие положения."}));
    EXPECT_EQ(tree(rec.points), "1");
    EXPECT_EQ(signatures_of(rec), Strings{"Директор | И.И. Иванов"});
    rec = operative_of(
        doc_of({"ПРИКАЗЫВАЮ:", "1. Утвердить.", "УТВЕРЖДЕНО\nприказом", "2. Не точка приказа."}));
    EXPECT_EQ(tree(rec.points), "1");
}

TEST(OperativeSignatures, LetterEnclosureNoteIsNeitherBodyNorAppendix) {
    auto rec = operative_of(doc_of({"Просим представить сведения.", "Приложение: форма на 1 л.",
                                    "Начальник управления", "И.П. Соколова"}),
                            "письмо");
    EXPECT_EQ(rec.preamble.value, "Просим представить сведения.");
    EXPECT_EQ(signatures_of(rec), Strings{"Начальник управления | И.П. Соколова"});
}

// ---- corpus ----

struct Expected {
    std::string folder;
    std::string enacting;
    std::string tree;
    Strings signatures;
    std::string control_position; // empty: no control clause
    std::string control_person;
};

const std::vector<Expected> &expected_documents() {
    static const std::vector<Expected> docs = {
        {"000-krym-kollegiya-reshenie",
         "РЕШИЛА",
         "1,2,3{3.1,3.2{3.2.1,3.2.2,3.2.3},3.3},4{4.1,4.2{4.2.1,4.2.2,4.2.3}},5{5.1,5.2,5.3},6",
         {"Председатель коллегии | В.В. Лаврик", "Секретарь коллегии | Т.С. Билич"},
         "заместитель министра",
         "Беспалова С.Э."},
        {"001-sakhalin-rasporyazhenie-kompleks-mer",
         "",
         "1,2,3,4{4.1,4.2,4.3},5,6",
         {"Министр образования Сахалинской области | А.Н. Киктева"},
         "первый заместитель министра образования Сахалинской области",
         "Мирнова С.А."},
        {"002-kbr-prikaz-dorozhnaya-karta",
         "приказываю",
         "1,2,3,4,5",
         {"И.о. министра | А.ЕЗАОВ"},
         "заместитель министра",
         "Битуев А.Х."},
        {"003-engels-kollegiya-reshenie",
         "РЕШИЛА",
         "1,2{2.1,2.2,2.3,2.4,2.5},3{3.1,3.2},4{4.1,4.2,4.3},5",
         {"Председатель коллегии | Р.И. Косенко", "Секретарь коллегии | А.А. Широкова"},
         "заместитель председателя комитета образования администрации Энгельсского "
         "муниципального района по развитию образования",
         "Таушанкова Ю.В."},
        {"004-krym-imac-pismo", "", "1,2,3", {"Директор | О. ТРЕЩЁВ"}, "", ""},
        {"005-uo-plan-meropriyatiy",
         "ПРИКАЗЫВАЮ",
         "1,2{2.1,2.2},3,4{4.1,4.2},5",
         {"Начальник управления образования | О.В. Гречишникова"},
         "заместитель начальника управления образования",
         "Сафонова И.В."},
        {"006-uo-prikaz-cp1251",
         "ПРИКАЗЫВАЮ",
         "1,2{2.1,2.2,2.3},3{3.1,3.2},4{4.1,4.2},5,6",
         {"Начальник управления образования | В.С. Рогова"},
         "заместитель начальника управления образования",
         "Ковалева Н.В."},
        {"007-uo-pismo-koi8r",
         "",
         "",
         {"Начальник управления образования | И.П. Соколова"},
         "",
         ""},
    };
    return docs;
}

const Expected &expected_for(const std::string &folder) {
    for (const Expected &e : expected_documents())
        if (e.folder == folder)
            return e;
    throw std::runtime_error("no expectation for corpus folder " + folder);
}

record::Record corpus_operative(const std::string &path) {
    model::Document doc = read::read_file(test::corpus_path(path));
    record::Record rec;
    extract::extract_operative(doc, 0, doc.body.size(), rec);
    return rec;
}

class OperativeCorpus : public testing::TestWithParam<test::CorpusFile> {};

TEST_P(OperativeCorpus, EnactingWordTreeSignaturesControl) {
    const Expected &e = expected_for(GetParam().folder());
    record::Record rec = corpus_operative(GetParam().path);
    EXPECT_EQ(rec.enacting_word.value, e.enacting);
    EXPECT_EQ(tree(rec.points), e.tree);
    EXPECT_EQ(signatures_of(rec), e.signatures);
    if (e.control_position.empty()) {
        EXPECT_FALSE(rec.control.has_value());
    } else {
        ASSERT_TRUE(rec.control.has_value());
        EXPECT_EQ(rec.control->position.value, e.control_position);
        EXPECT_EQ(rec.control->person.value, e.control_person);
    }
    for (const record::Signature &s : rec.signatures)
        EXPECT_FALSE(s.person.source.block.empty());
}

TEST_P(OperativeCorpus, DocumentSpecificTexts) {
    const std::string folder = GetParam().folder();
    record::Record rec = corpus_operative(GetParam().path);
    std::map<std::string, std::function<void()>> checks = {
        {"000-krym-kollegiya-reshenie",
         [&] {
             EXPECT_EQ(rec.preamble.value.rfind("Заслушав информацию начальника управления", 0),
                       0u);
             EXPECT_TRUE(ends_with(rec.preamble.value, "результаты, коллегия"))
                 << rec.preamble.value;
             EXPECT_EQ(find_point(rec.points, "3.2.2")->text.value,
                       "обеспечить финансовую поддержку участия данных общеобразовательных "
                       "организаций в конкурсах, проектах, программных мероприятиях различного "
                       "уровня;");
             EXPECT_EQ(find_point(rec.points, "5.3")->text.value,
                       "Проведение в 2023 году процедуры оценки предметных компетенций и выявления "
                       "профессиональных дефицитов педагогических работников школ с низкими "
                       "образовательными результатами с последующим построением индивидуальных "
                       "образовательных маршрутов.");
             EXPECT_EQ(deadlines_of(*find_point(rec.points, "3.1")),
                       Strings{"В течение 2023 года"});
             EXPECT_TRUE(find_point(rec.points, "3.2.1")->deadlines.empty());
             EXPECT_EQ(deadlines_of(*find_point(rec.points, "3.2.2")),
                       (Strings{"До 1 марта 2023 года", "До 01 марта 2023 года"}));
             EXPECT_EQ(deadlines_of(*find_point(rec.points, "3.2.3")),
                       Strings{"До 1 июня 2023 года"});
             EXPECT_EQ(deadlines_of(*find_point(rec.points, "3.3")), Strings{"Декабрь 2023 года"});
             EXPECT_EQ(deadlines_of(*find_point(rec.points, "4.2.3")),
                       Strings{"Ноябрь-декабрь 2023 года"});
             EXPECT_EQ(deadlines_of(*find_point(rec.points, "6")), Strings{"В течение 2023 года"});
             EXPECT_TRUE(find_point(rec.points, "5.3")->deadlines.empty());
             EXPECT_EQ(rec.control->as_written, "Контроль за выполнением решения возложить на "
                                                "заместителя министра Беспалову С.Э.");
         }},
        {"001-sakhalin-rasporyazhenie-kompleks-mer",
         [&] {
             const std::string &t = find_point(rec.points, "3")->text.value;
             EXPECT_NE(t.find("учреждению дополнительного профессионального образования «Институт"),
                       std::string::npos)
                 << t;
             EXPECT_EQ(t.find("3.12-144"), std::string::npos) << t;
             EXPECT_EQ(rec.preamble.value.rfind("С целью повышения качества образования", 0), 0u);
             EXPECT_EQ(rec.preamble.value.find('\n'), std::string::npos);
         }},
        {"002-kbr-prikaz-dorozhnaya-karta",
         [&] {
             EXPECT_EQ(rec.enacting_word.source.block, "b4");
             EXPECT_TRUE(
                 ends_with(rec.preamble.value, "(письмо от 30 марта 2020 г. N 01-121/13-01)"))
                 << rec.preamble.value;
         }},
        {"004-krym-imac-pismo",
         [&] {
             const std::string &p = rec.preamble.value;
             EXPECT_EQ(p.rfind("В 2024 году продолжается работа", 0), 0u);
             EXPECT_NE(p.find("\nТрек 1. Адресная поддержка ШНОР.\n"), std::string::npos);
             EXPECT_NE(p.find("\nработника методической службы, отвечающего за данное направление "
                              "работы;\n"),
                       std::string::npos);
             EXPECT_EQ(p.find("ТРЕЩЁВ"), std::string::npos);
             EXPECT_EQ(p.find("Руководителям органов"), std::string::npos);
             EXPECT_EQ(rec.points[2].text.value.find("Трек"), std::string::npos);
         }},
        {"005-uo-plan-meropriyatiy",
         [&] {
             EXPECT_EQ(deadlines_of(*find_point(rec.points, "4.1")),
                       Strings{"До 1 марта 2025 года"});
         }},
        {"006-uo-prikaz-cp1251",
         [&] { EXPECT_TRUE(ends_with(rec.preamble.value, "на 2016 год")) << rec.preamble.value; }},
        {"007-uo-pismo-koi8r",
         [&] {
             const std::string &p = rec.preamble.value;
             EXPECT_EQ(p.rfind("Управление образования просит в срок до 14 октября 2011 года "
                               "представить сведения",
                               0),
                       0u);
             EXPECT_EQ(std::count(p.begin(), p.end(), '\n'), 2);
             EXPECT_EQ(p.find("Приложение"), std::string::npos);
         }},
    };
    auto it = checks.find(folder);
    if (it != checks.end())
        it->second();
}

std::string param_name(const testing::TestParamInfo<test::CorpusFile> &info) {
    return info.param.test_name();
}

INSTANTIATE_TEST_SUITE_P(AllRenditions, OperativeCorpus, testing::ValuesIn(test::corpus_files()),
                         param_name);

} // namespace
