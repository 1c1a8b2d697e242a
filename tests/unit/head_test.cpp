// The document head: kind recognition, requisite extraction on synthetic heads (layout table,
// letter-spaced kind, tabs, one-paragraph header, missing title) and on every corpus rendition.
#include "extract/document_kind.h"
#include "extract/extract.h"
#include "extract/head_authority.h"
#include "extract/text_util.h"
#include "model/finalize.h"
#include "read/reader.h"

#include "corpus_support.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <tuple>

#include <map>
#include <string>
#include <vector>

namespace prikaz::extract {
namespace {

// ---------------------------------------------------------------- document kind

struct KindCase {
    const char *line;
    const char *kind; // "" when the line names no kind
};

void PrintTo(const KindCase &c, std::ostream *out) {
    *out << c.line;
}

class DocumentKind : public ::testing::TestWithParam<KindCase> {};

TEST_P(DocumentKind, Recognised) {
    auto match = match_document_kind(GetParam().line);
    std::string expected = GetParam().kind;
    if (expected.empty())
        EXPECT_FALSE(match.has_value()) << match->kind;
    else {
        ASSERT_TRUE(match.has_value());
        EXPECT_EQ(match->kind, expected);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Lines, DocumentKind,
    ::testing::Values(KindCase{"ПРИКАЗ", "приказ"}, KindCase{"Приказ", "приказ"},
                      KindCase{"РАСПОРЯЖЕНИЕ", "распоряжение"},
                      KindCase{"ПОСТАНОВЛЕНИЕ", "постановление"}, KindCase{"РЕШЕНИЕ", "решение"},
                      KindCase{"ПИСЬМО", "письмо"}, KindCase{"ПРОТОКОЛ", "протокол"},
                      KindCase{"ПОЛОЖЕНИЕ", "положение"},
                      KindCase{"ИНСТРУКТИВНОЕ ПИСЬМО", "инструктивное письмо"},
                      KindCase{"П Р И К А З", "приказ"}, KindCase{"Р Е Ш Е Н И Е", "решение"},
                      KindCase{"п о с т а н о в л е н и е", "постановление"},
                      KindCase{"И Н С Т Р У К Т И В Н О Е П И С Ь М О", "инструктивное письмо"},
                      KindCase{"Решение коллегии комитета по образованию", "решение"},
                      KindCase{"ПРИКАЗ министерства образования", "приказ"},
                      KindCase{"ПОСТАНОВЛЕНИЕ № 12", "постановление"},
                      KindCase{"ПРИКАЗ от 12.01.2023 № 5", "приказ"},
                      KindCase{"Решение принято единогласно", ""}, KindCase{"Приказываю:", ""},
                      KindCase{"Положение дел в школах", ""}, KindCase{"О Б Щ Е Е", ""},
                      KindCase{"Об утверждении положения", ""}));

TEST(DocumentKind, PositionsAndRest) {
    auto m = match_document_kind("Решение коллегии комитета");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->as_written, "Решение");
    EXPECT_EQ(m->begin, 0);
    EXPECT_EQ(m->end, 7);
    EXPECT_EQ(m->rest_begin, 8);
    auto spaced = match_document_kind("Р Е Ш Е Н И Е");
    ASSERT_TRUE(spaced);
    EXPECT_EQ(spaced->as_written, "Р Е Ш Е Н И Е");
    EXPECT_EQ(spaced->rest_begin, -1);
}

TEST(DocumentKind, IssuerToNominative) {
    EXPECT_EQ(issuer_to_nominative("коллегии комитета по образованию"),
              "коллегия комитета по образованию");
    EXPECT_EQ(issuer_to_nominative("министерства образования"), "министерство образования");
    EXPECT_EQ(issuer_to_nominative("администрации города"), "администрация города");
    EXPECT_EQ(issuer_to_nominative("главы района"), "глава района");
    EXPECT_EQ(issuer_to_nominative("управления образования"), "управление образования");
    EXPECT_EQ(issuer_to_nominative("КОМИТЕТА ПО ОБРАЗОВАНИЮ"), "КОМИТЕТ ПО ОБРАЗОВАНИЮ");
    EXPECT_EQ(issuer_to_nominative("руководителя департамента"), "руководитель департамента");
}

// ---------------------------------------------------------------- synthetic heads

model::Block para(const std::string &text, bool bold = false) {
    model::Paragraph p;
    p.text = text;
    p.bold = bold;
    return model::Block::make_paragraph(p);
}

model::Block table(const std::vector<std::vector<std::string>> &rows) {
    model::Table t;
    for (const auto &cells : rows) {
        model::Row row;
        int column = 0;
        for (const auto &text : cells) {
            model::Cell cell;
            cell.column = column++;
            cell.blocks.push_back(para(text));
            row.cells.push_back(cell);
        }
        t.columns = std::max(t.columns, column);
        t.rows.push_back(row);
    }
    return model::Block::make_table(t);
}

model::Document document(std::vector<model::Block> blocks) {
    model::Document doc;
    doc.body = std::move(blocks);
    model::finalize(doc);
    return doc;
}

struct Head {
    record::Record rec;
    size_t body = 0;
};

Head read_head(const model::Document &doc) {
    Head h;
    h.body = extract_head(doc, h.rec);
    return h;
}

TEST(HeadSynthetic, LetterInLayoutTable) {
    auto doc = document({
        table({{"МИНИСТЕРСТВО ОБРАЗОВАНИЯ\nСАРАТОВСКОЙ ОБЛАСТИ\n410002, г. Саратов, ул. Соляная, "
                "д. 32\nтел. (8452) 49-21-34",
                "Директорам образовательных\nорганизаций"},
               {"05.09.2023 № 12-34/567\nна № 01-02/3 от 01.09.2023", ""}}),
        para("О проведении мониторинга"),
        para("Уважаемые руководители!"),
        para("Министерство образования области информирует о проведении мониторинга."),
    });
    Head h = read_head(doc);
    const auto &r = h.rec.requisites;
    EXPECT_EQ(h.rec.kind, "письмо");
    EXPECT_TRUE(h.rec.kind_as_written.empty());
    EXPECT_EQ(r.authority.value, "МИНИСТЕРСТВО ОБРАЗОВАНИЯ САРАТОВСКОЙ ОБЛАСТИ");
    EXPECT_EQ(r.authority.source.block, "b0/r0/c0/b0");
    EXPECT_EQ(r.authority.source.begin, 0);
    EXPECT_EQ(r.authority.source.end, 44);
    EXPECT_TRUE(r.parent.empty());
    EXPECT_EQ(r.addressee.value, "Директорам образовательных организаций");
    EXPECT_EQ(r.date.iso, "2023-09-05");
    EXPECT_EQ(r.date.source.block, "b0/r1/c0/b0");
    EXPECT_EQ(r.date.source.begin, 0);
    EXPECT_EQ(r.date.source.end, 10);
    EXPECT_EQ(r.number.value, "12-34/567");
    EXPECT_EQ(r.reply_to.value, "на № 01-02/3 от 01.09.2023");
    EXPECT_EQ(r.title.value, "О проведении мониторинга");
    EXPECT_EQ(r.title.source.block, "b1");
    EXPECT_EQ(h.body, 2u);
}

// The place line names a municipal unit (городской округ, сельское поселение) or a settlement
// type written without its dot; none of them may end up in the title or the authority.
TEST(HeadSynthetic, PlaceGivenByMunicipalUnitOrUndottedType) {
    for (const std::string place :
         {"г.о. Тольятти", "с.п. Ленинское", "г.п. Кузнечное", "пгт Ярега", "рп Кольцово"}) {
        auto doc = document({
            para("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ"),
            para("РАСПОРЯЖЕНИЕ"),
            para("12.04.2019 № 45-р"),
            para(place),
            para("О подготовке к летней оздоровительной кампании", true),
            para("В целях организации отдыха детей:"),
        });
        Head h = read_head(doc);
        const auto &r = h.rec.requisites;
        EXPECT_EQ(r.place.value, place);
        EXPECT_EQ(r.title.value, "О подготовке к летней оздоровительной кампании") << place;
        EXPECT_EQ(r.authority.value, "АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ") << place;
        EXPECT_EQ(h.body, 5u) << place;
    }
}

// A territory in the nominative after a body's name is its apposition, not a parent unit.
TEST(HeadSynthetic, TerritoryInApposition) {
    auto doc = document({
        para("АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА\nГОРОД ЭНСК", true),
        para("РАСПОРЯЖЕНИЕ"),
        para("от «12» мая 2023 г. № 412-р"),
        para("О плане мероприятий", true),
        para("В целях развития:"),
    });
    Head h = read_head(doc);
    EXPECT_EQ(h.rec.requisites.parent.value, "");
    EXPECT_EQ(h.rec.requisites.authority.value, "АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА ГОРОД ЭНСК");
    // A territory above the body is still the parent.
    doc = document({
        para("КРАСНОДАРСКИЙ КРАЙ\nАДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ\nГОРОД ЭНСК", true),
        para("ПОСТАНОВЛЕНИЕ"),
        para("от 12.05.2023 № 41"),
        para("О плане мероприятий", true),
        para("В целях развития:"),
    });
    h = read_head(doc);
    EXPECT_EQ(h.rec.requisites.parent.value, "КРАСНОДАРСКИЙ КРАЙ");
    EXPECT_EQ(h.rec.requisites.authority.value,
              "АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ ГОРОД ЭНСК");
}

// Date, place and number on one line, as municipal forms print them.
TEST(HeadSynthetic, PlaceBetweenDateAndNumber) {
    for (const auto &[line, date, place, number] :
         std::vector<std::tuple<std::string, std::string, std::string, std::string>>{
             {"29.12.2020 г.\tМоршанск\t№ 1246", "29.12.2020 г.", "Моршанск", "1246"},
             {"11.04.2018\tг. Энск\t№ 23а-214", "11.04.2018", "г. Энск", "23а-214"},
             {"от 05.09.2016 с. Целинное № 245-о/д", "от 05.09.2016", "с. Целинное", "245-о/д"}}) {
        auto doc = document({
            para("АДМИНИСТРАЦИЯ ГОРОДА ЭНСКА", true),
            para("ПОСТАНОВЛЕНИЕ"),
            para(line),
            para("Об утверждении плана мероприятий", true),
            para("В соответствии с уставом города:"),
        });
        Head h = read_head(doc);
        const auto &r = h.rec.requisites;
        EXPECT_EQ(r.date.as_written, date) << line;
        EXPECT_EQ(r.place.value, place) << line;
        EXPECT_EQ(r.number.value, number) << line;
        EXPECT_EQ(r.title.value, "Об утверждении плана мероприятий") << line;
    }
    // two columns of words are not a registration line
    auto doc = document({para("ПРИКАЗ"), para("12.03.2019 Иванов Петров Сидоров Кузнецов № 4")});
    EXPECT_EQ(read_head(doc).rec.requisites.number.value, "");
}

TEST(HeadSynthetic, RequisitesInLayoutTableAfterKind) {
    auto doc = document({
        para("АДМИНИСТРАЦИЯ ЭНГЕЛЬССКОГО МУНИЦИПАЛЬНОГО РАЙОНА"),
        para("ПОСТАНОВЛЕНИЕ"),
        table({{"№ 45-п", "г. Энгельс", "14.03.2023"}}),
        para("Об утверждении муниципальной программы", true),
        para("В соответствии с Бюджетным кодексом Российской Федерации администрация "
             "Энгельсского муниципального района ПОСТАНОВЛЯЕТ:"),
    });
    Head h = read_head(doc);
    const auto &r = h.rec.requisites;
    EXPECT_EQ(h.rec.kind, "постановление");
    EXPECT_EQ(r.authority.value, "АДМИНИСТРАЦИЯ ЭНГЕЛЬССКОГО МУНИЦИПАЛЬНОГО РАЙОНА");
    EXPECT_EQ(r.number.value, "45-п");
    EXPECT_EQ(r.number.source.block, "b2/r0/c0/b0");
    EXPECT_EQ(r.place.value, "г. Энгельс");
    EXPECT_EQ(r.date.iso, "2023-03-14");
    EXPECT_EQ(r.date.source.block, "b2/r0/c2/b0");
    EXPECT_EQ(r.title.value, "Об утверждении муниципальной программы");
    EXPECT_EQ(h.body, 4u);
}

TEST(HeadSynthetic, LetterSpacedKind) {
    auto doc = document({
        para("МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ\nРЕСПУБЛИКИ ТАТАРСТАН"),
        para("П Р И К А З"),
        para("01.09.2022 г.Казань № под-1234/22"),
        para("О внесении изменений в приказ от 01.02.2022 № 15"),
        para("В целях приведения в соответствие с законодательством п р и к а з ы в а ю:"),
        para("Внести изменения.", false),
    });
    Head h = read_head(doc);
    const auto &r = h.rec.requisites;
    EXPECT_EQ(h.rec.kind, "приказ");
    EXPECT_EQ(h.rec.kind_as_written.value, "П Р И К А З");
    EXPECT_EQ(r.authority.value, "МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ РЕСПУБЛИКИ ТАТАРСТАН");
    EXPECT_EQ(r.title.value, "О внесении изменений в приказ от 01.02.2022 № 15");
    EXPECT_EQ(h.body, 4u);
}

TEST(HeadSynthetic, PostanovlenieDateAndNumberWithTabs) {
    auto doc = document({
        para("АДМИНИСТРАЦИЯ\nГОРОДСКОГО ОКРУГА ГОРОД НОВОКУЙБЫШЕВСК\nСАМАРСКОЙ ОБЛАСТИ"),
        para("ПОСТАНОВЛЕНИЕ"),
        para("от 12.03.2024\t\t\t\t№ 1234"),
        para("Об утверждении Положения о\nсмотре-конкурсе"),
        para("В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах "
             "организации местного самоуправления в Российской Федерации», администрация "
             "городского округа ПОСТАНОВЛЯЕТ:"),
    });
    Head h = read_head(doc);
    const auto &r = h.rec.requisites;
    EXPECT_EQ(h.rec.kind, "постановление");
    EXPECT_EQ(r.authority.value,
              "АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА ГОРОД НОВОКУЙБЫШЕВСК САМАРСКОЙ ОБЛАСТИ");
    EXPECT_TRUE(r.parent.empty());
    EXPECT_EQ(r.date.iso, "2024-03-12");
    EXPECT_EQ(r.date.as_written, "от 12.03.2024");
    EXPECT_EQ(r.date.source.block, "b2");
    EXPECT_EQ(r.date.source.begin, 0);
    EXPECT_EQ(r.date.source.end, 13);
    EXPECT_EQ(r.number.value, "1234");
    EXPECT_EQ(r.number.source.begin, 19);
    EXPECT_EQ(r.number.source.end, 23);
    EXPECT_EQ(r.title.value, "Об утверждении Положения о смотре-конкурсе");
    EXPECT_EQ(h.body, 4u);
}

TEST(HeadSynthetic, HeaderAsOneParagraphWithLineBreaks) {
    auto doc = document({
        para("АДМИНИСТРАЦИЯ КРАСНОАРМЕЙСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\nУПРАВЛЕНИЕ ОБРАЗОВАНИЯ\n"
             "ПРИКАЗ\nот 01.02.2023 № 5-од\nг. Красноармейск"),
        para("Об итогах олимпиады"),
        para("ПРИКАЗЫВАЮ:"),
    });
    Head h = read_head(doc);
    const auto &r = h.rec.requisites;
    EXPECT_EQ(h.rec.kind, "приказ");
    EXPECT_EQ(h.rec.kind_as_written.source.block, "b0");
    EXPECT_EQ(h.rec.kind_as_written.source.begin, 76);
    EXPECT_EQ(r.parent.value, "АДМИНИСТРАЦИЯ КРАСНОАРМЕЙСКОГО МУНИЦИПАЛЬНОГО РАЙОНА");
    EXPECT_EQ(r.parent.source.begin, 0);
    EXPECT_EQ(r.parent.source.end, 52);
    EXPECT_EQ(r.authority.value, "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ");
    EXPECT_EQ(r.authority.source.begin, 53);
    EXPECT_EQ(r.authority.source.end, 75);
    EXPECT_EQ(r.date.iso, "2023-02-01");
    EXPECT_EQ(r.number.value, "5-од");
    EXPECT_EQ(r.place.value, "г. Красноармейск");
    EXPECT_EQ(r.title.value, "Об итогах олимпиады");
    EXPECT_EQ(h.body, 2u);
}

TEST(HeadSynthetic, NoTitleEndsAtRunningText) {
    auto doc = document({
        para("Министерство образования Тверской области"),
        para("Приказ"),
        para("15.06.2022"),
        para("№ 77"),
        para("В связи с кадровыми изменениями"),
        para("ПРИКАЗЫВАЮ:"),
    });
    Head h = read_head(doc);
    EXPECT_EQ(h.rec.kind, "приказ");
    EXPECT_EQ(h.rec.requisites.authority.value, "Министерство образования Тверской области");
    EXPECT_EQ(h.rec.requisites.date.iso, "2022-06-15");
    EXPECT_EQ(h.rec.requisites.number.value, "77");
    EXPECT_TRUE(h.rec.requisites.title.empty());
    EXPECT_EQ(h.body, 4u); // the short preamble is text, not head
}

TEST(HeadSynthetic, KindLineWithNumber) {
    auto doc = document({
        para("ГЛАВА МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ"),
        para("РАСПОРЯЖЕНИЕ № 112-р"),
        para("от «3» апреля 2019 г."),
        para("О назначении ответственного"),
        para("1. Назначить ответственным Петрова П.П."),
    });
    Head h = read_head(doc);
    EXPECT_EQ(h.rec.kind, "распоряжение");
    EXPECT_EQ(h.rec.kind_as_written.value, "РАСПОРЯЖЕНИЕ");
    EXPECT_EQ(h.rec.requisites.number.value, "112-р");
    EXPECT_EQ(h.rec.requisites.number.source.begin, 15);
    EXPECT_EQ(h.rec.requisites.date.iso, "2019-04-03");
    EXPECT_EQ(h.rec.requisites.date.as_written, "от «3» апреля 2019 г.");
    EXPECT_EQ(h.body, 4u);
}

TEST(HeadSynthetic, DecisionWithIssuerOnTheKindLine) {
    auto doc = document({
        para("Решение коллегии министерства образования Пензенской области"),
        para("«12» октября 2022 г. № 4/1"),
        para("О ходе реализации проекта"),
        para("Коллегия РЕШИЛА:"),
    });
    Head h = read_head(doc);
    EXPECT_EQ(h.rec.kind, "решение");
    EXPECT_EQ(h.rec.requisites.authority.value,
              "коллегия министерства образования Пензенской области");
    EXPECT_EQ(h.rec.requisites.authority.source.begin, 8);
    EXPECT_EQ(h.rec.requisites.date.iso, "2022-10-12");
    EXPECT_EQ(h.rec.requisites.number.value, "4/1");
    EXPECT_EQ(h.rec.requisites.title.value, "О ходе реализации проекта");
    EXPECT_EQ(h.body, 3u);
}

TEST(HeadSynthetic, NumberWithSpacedSuffix) {
    auto doc =
        document({para("ПРИКАЗ"), para("от 02.09.2019 № 280 - од"), para("О режиме работы")});
    Head h = read_head(doc);
    EXPECT_EQ(h.rec.requisites.number.value, "280 - од");
    EXPECT_EQ(h.rec.requisites.date.iso, "2019-09-02");
    EXPECT_EQ(h.body, 3u);
}

TEST(HeadSynthetic, BlankRegistrationFieldsAreNotValues) {
    auto doc = document({
        para("МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ"),
        para("ПРИКАЗ"),
        para("от «___» ________ 20__ г. № _____"),
        para("Об утверждении порядка"),
    });
    Head h = read_head(doc);
    EXPECT_TRUE(h.rec.requisites.date.empty());
    EXPECT_TRUE(h.rec.requisites.number.empty());
    EXPECT_EQ(h.rec.requisites.title.value, "Об утверждении порядка");
    EXPECT_EQ(h.body, 4u);
}

TEST(HeadSynthetic, EmptyAndHeadlessDocuments) {
    Head empty = read_head(document({}));
    EXPECT_EQ(empty.body, 0u);
    EXPECT_TRUE(empty.rec.kind.empty());
    Head points = read_head(document({para("1. Первый пункт."), para("2. Второй пункт.")}));
    EXPECT_EQ(points.body, 0u);
    Head text = read_head(document(
        {para("Настоящий документ определяет порядок проведения мониторинга качества образования в "
              "общеобразовательных организациях района и сроки представления отчётов.")}));
    EXPECT_EQ(text.body, 0u);
    EXPECT_TRUE(text.rec.requisites.authority.empty());
}

TEST(HeadSynthetic, TerritoryUnitsGoToParent) {
    auto doc = document({
        para("РОССИЙСКАЯ ФЕДЕРАЦИЯ\nКАЛИНИНГРАДСКАЯ ОБЛАСТЬ"),
        para("АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА\n«ГОРОД КАЛИНИНГРАД»"),
        para("ПОСТАНОВЛЕНИЕ"),
        para("14 апреля 2023 г. № 280"),
        para("г. Калининград"),
        para("О внесении изменений"),
    });
    Head h = read_head(doc);
    EXPECT_EQ(h.rec.requisites.parent.value, "РОССИЙСКАЯ ФЕДЕРАЦИЯ КАЛИНИНГРАДСКАЯ ОБЛАСТЬ");
    EXPECT_EQ(h.rec.requisites.authority.value,
              "АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА «ГОРОД КАЛИНИНГРАД»");
    EXPECT_EQ(h.rec.requisites.authority.source.block, "b1");
    EXPECT_EQ(h.rec.requisites.place.value, "г. Калининград");
    EXPECT_EQ(h.body, 6u);
}

TEST(HeadSynthetic, LetterheadWithDepartmentAndAddress) {
    auto doc = document({
        para("Министерство образования\nи науки Российской Федерации\n(Минобрнауки России)\n"
             "Департамент государственной политики\nв сфере общего образования\n"
             "Люсиновская ул., д. 51, Москва, 117997\nТел. (495) 237-70-95"),
        para("07.05.2015 № 08-761"),
        para("Руководителям органов\nисполнительной власти субъектов\nРоссийской Федерации"),
        para("Об изучении предметных областей"),
        para("Департамент государственной политики в сфере общего образования направляет для "
             "использования в работе методические рекомендации по вопросам изучения предметных "
             "областей."),
    });
    Head h = read_head(doc);
    const auto &r = h.rec.requisites;
    EXPECT_EQ(h.rec.kind, "письмо");
    EXPECT_EQ(r.parent.value,
              "Министерство образования и науки Российской Федерации (Минобрнауки России)");
    EXPECT_EQ(r.authority.value, "Департамент государственной политики в сфере общего образования");
    EXPECT_EQ(r.date.iso, "2015-05-07");
    EXPECT_EQ(r.number.value, "08-761");
    EXPECT_EQ(r.addressee.value,
              "Руководителям органов исполнительной власти субъектов Российской Федерации");
    EXPECT_EQ(r.title.value, "Об изучении предметных областей");
    EXPECT_EQ(h.body, 4u);
}

TEST(HeadSynthetic, LetterheadInThePageHeader) {
    model::Document doc;
    doc.body = {para("12.01.2023 № ДГ-1/03"), para("О направлении информации"),
                para("Уважаемые коллеги!"), para("Направляем информацию для использования.")};
    model::HeaderFooter header;
    header.type = "first";
    header.blocks = {para("МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ\nРОССИЙСКОЙ ФЕДЕРАЦИИ"),
                     para("Каретный Ряд, д. 2, Москва, 127006")};
    doc.headers_footers.push_back(header);
    model::finalize(doc);
    Head h = read_head(doc);
    EXPECT_EQ(h.rec.kind, "письмо"); // the salutation marks a letter
    EXPECT_EQ(h.rec.requisites.authority.value, "МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ");
    EXPECT_EQ(h.rec.requisites.authority.source.block.rfind("h0/", 0), 0u)
        << h.rec.requisites.authority.source.block;
    EXPECT_EQ(h.rec.requisites.number.value, "ДГ-1/03");
    EXPECT_EQ(h.body, 2u);
}

// ---------------------------------------------------------------- corpus

struct ExpectedHead {
    std::string kind, kind_as_written, parent, authority, date_iso, date_written, date_block,
        number, place, title, addressee, reply_to;
    size_t body;
    std::string body_starts; // beginning of the first body paragraph
};

const std::map<std::string, ExpectedHead> &expected_heads() {
    static const std::map<std::string, ExpectedHead> heads = {
        {"000-krym-kollegiya-reshenie",
         {"решение", "РЕШЕНИЕ", "",
          "КОЛЛЕГИЯ МИНИСТЕРСТВА ОБРАЗОВАНИЯ, НАУКИ И МОЛОДЕЖИ РЕСПУБЛИКИ КРЫМ", "2022-12-14",
          "от 14.12 2022 г.", "b2", "7/3", "г. Симферополь",
          "Об итогах работы с образовательными организациями, показывающими низкие "
          "образовательные результаты",
          "", "", 6, "Заслушав информацию"}},
        {"001-sakhalin-rasporyazhenie-kompleks-mer",
         {"распоряжение", "РАСПОРЯЖЕНИЕ", "", "МИНИСТЕРСТВО ОБРАЗОВАНИЯ САХАЛИНСКОЙ ОБЛАСТИ",
          "2021-02-08", "08.02.2021", "b2", "3.12-132-р", "Южно-Сахалинск",
          "Об утверждении Комплекса мер, направленного на создание условий для получения "
          "качественного общего образования в образовательных организациях Сахалинской области "
          "со стабильно низкими результатами обучения и в школах, функционирующих в "
          "неблагоприятных социальных условиях, на 2021-2022 гг",
          "", "", 5, "С целью повышения"}},
        {"002-kbr-prikaz-dorozhnaya-karta",
         {"приказ", "ПРИКАЗ", "",
          "МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ, НАУКИ И ПО ДЕЛАМ МОЛОДЕЖИ КАБАРДИНО-БАЛКАРСКОЙ РЕСПУБЛИКИ",
          "2020-05-15", "от 15 мая 2020 года", "b2", "22-01-05/4569", "",
          "Об утверждении плана мероприятий (\"дорожной карты\") по работе с "
          "общеобразовательными организациями с низкими образовательными результатами на "
          "территории Кабардино-Балкарской Республики на 2020 год",
          "", "", 4, "В целях создания"}},
        {"003-engels-kollegiya-reshenie",
         {"решение", "Решение", "",
          "коллегия комитета по образованию администрации Энгельсского муниципального района",
          "2021-11-26", "26 ноября 2021 года", "b1", "", "",
          "Управление качеством общего образования: состояние, проблемы и задачи на "
          "муниципальном и школьном уровнях",
          "", "", 2, "Заслушав и обсудив"}},
        {"004-krym-imac-pismo",
         {"письмо", "", "РЕСПУБЛИКА КРЫМ",
          "МИНИСТЕРСТВО ОБРАЗОВАНИЯ, НАУКИ И МОЛОДЕЖИ РЕСПУБЛИКИ КРЫМ ГОСУДАРСТВЕННОЕ КАЗЕННОЕ "
          "УЧРЕЖДЕНИЕ РЕСПУБЛИКИ КРЫМ «ИНФОРМАЦИОННО-МЕТОДИЧЕСКИЙ, АНАЛИТИЧЕСКИЙ ЦЕНТР» (ГКУ РК "
          "«ИМАЦ»)",
          "2024-01-29", "от 29.01.2024 г.", "b5", "01-13/08", "",
          "Об организации работы муниципальных органов управления образованием со школами с "
          "низкими образовательными результатами в 2024 году",
          "Руководителям органов управления образованием муниципальных районов и городских "
          "округов в Республике Крым",
          "на № _____ от _____", 8, "В 2024 году продолжается"}},
        {"005-uo-plan-meropriyatiy",
         {"приказ", "ПРИКАЗ", "",
          "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ НОВОУСМАНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", "2025-01-20",
          "от 20 января 2025 г.", "b2", "01-09/17", "с. Новая Усмань",
          "Об утверждении плана мероприятий («дорожной карты») по повышению качества "
          "образования в общеобразовательных организациях района на 2025 год",
          "", "", 5, "В целях реализации"}},
        {"006-uo-prikaz-cp1251",
         {"приказ", "ПРИКАЗ", "АДМИНИСТРАЦИЯ СОВЕТСКОГО МУНИЦИПАЛЬНОГО РАЙОНА",
          "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ", "2016-03-14", "от 14 марта 2016 года", "b3", "112",
          "р.п. Степное", "О проведении муниципального конкурса «Учитель года – 2016»", "", "", 6,
          "В целях выявления"}},
        {"007-uo-pismo-koi8r",
         {"письмо", "", "", "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДА", "2011-10-03",
          "03.10.2011", "b1", "1247", "", "О представлении сведений о педагогических кадрах",
          "Руководителям общеобразовательных учреждений", "", 4, "Управление образования просит"}},
    };
    return heads;
}

class HeadCorpus : public ::testing::TestWithParam<test::CorpusFile> {};

TEST_P(HeadCorpus, RequisitesAsInTheDocument) {
    const test::CorpusFile &file = GetParam();
    auto it = expected_heads().find(file.folder());
    ASSERT_NE(it, expected_heads().end()) << "no expectation for " << file.folder();
    const ExpectedHead &e = it->second;
    model::Document doc = read::read_file(test::corpus_path(file.path));
    record::Record rec;
    size_t body = extract_head(doc, rec);
    const auto &r = rec.requisites;
    EXPECT_EQ(rec.kind, e.kind);
    EXPECT_EQ(rec.kind_as_written.value, e.kind_as_written);
    EXPECT_EQ(r.parent.value, e.parent);
    EXPECT_EQ(r.authority.value, e.authority);
    EXPECT_EQ(r.date.iso, e.date_iso);
    EXPECT_EQ(r.date.as_written, e.date_written);
    EXPECT_EQ(r.date.source.block, e.date_block);
    EXPECT_EQ(r.date.source.begin, 0);
    EXPECT_EQ(r.date.source.end, code_points(e.date_written));
    EXPECT_EQ(r.number.value, e.number);
    EXPECT_EQ(r.place.value, e.place);
    EXPECT_EQ(r.title.value, e.title);
    EXPECT_EQ(r.addressee.value, e.addressee);
    EXPECT_EQ(r.reply_to.value, e.reply_to);
    ASSERT_EQ(body, e.body);
    ASSERT_LT(body, doc.body.size());
    EXPECT_EQ(doc.body[body].paragraph.text.rfind(e.body_starts, 0), 0u)
        << doc.body[body].paragraph.text;
}

std::string corpus_test_name(const ::testing::TestParamInfo<test::CorpusFile> &info) {
    return info.param.test_name();
}

INSTANTIATE_TEST_SUITE_P(Renditions, HeadCorpus, ::testing::ValuesIn(test::corpus_files()),
                         corpus_test_name);

// Sources of values that are part of a paragraph point at their exact range.
TEST(HeadCorpusSources, BoardDecisionIssuerAndTopicRanges) {
    model::Document doc =
        read::read_file(test::corpus_path("003-engels-kollegiya-reshenie/source.docx"));
    record::Record rec;
    extract_head(doc, rec);
    const auto &r = rec.requisites;
    EXPECT_EQ(rec.kind_as_written.source.block, "b0");
    EXPECT_EQ(rec.kind_as_written.source.begin, 0);
    EXPECT_EQ(rec.kind_as_written.source.end, 7);
    EXPECT_EQ(r.authority.source.block, "b0");
    EXPECT_EQ(r.authority.source.begin, 8);
    EXPECT_EQ(r.authority.source.end, 89);
    EXPECT_EQ(r.title.source.block, "b0");
    EXPECT_EQ(r.title.source.begin, 99);
    EXPECT_EQ(r.title.source.end, 204);
}

TEST(HeadCorpusSources, LetterReplyAndNumberRanges) {
    model::Document doc = read::read_file(test::corpus_path("004-krym-imac-pismo/source.odt"));
    record::Record rec;
    extract_head(doc, rec);
    const auto &r = rec.requisites;
    EXPECT_EQ(r.number.source.block, "b5");
    EXPECT_EQ(r.number.source.begin, 19);
    EXPECT_EQ(r.number.source.end, 27);
    EXPECT_EQ(r.reply_to.source.block, "b5");
    EXPECT_EQ(r.reply_to.source.begin, 28);
    EXPECT_EQ(r.reply_to.source.end, 47);
    EXPECT_EQ(r.parent.source.block, "b0");
    EXPECT_EQ(r.parent.source.begin, -1); // the whole paragraph
    EXPECT_EQ(r.authority.source.block, "b1");
    EXPECT_EQ(r.authority.source.begin, -1); // joined from two paragraphs
    EXPECT_EQ(r.addressee.source.block, "b6");
}

} // namespace
} // namespace prikaz::extract
