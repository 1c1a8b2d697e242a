// Responsible parties (extract/party*.h, parties_pass.cpp): where a point names its party,
// splitting, org / position / person in the nominative, glossary resolution, inheritance, and
// every corpus rendition's parties, control clause and glossary against expected.xml.
#include "corpus_support.h"
#include "extract/extract.h"
#include "extract/nominative.h"
#include "extract/normalise.h"
#include "extract/party.h"
#include "extract/party_phrase.h"
#include "extract/party_split.h"
#include "read/reader.h"
#include "record/eval_score.h"
#include "record/record_xml_read.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace prikaz::extract {
namespace {

using Strings = std::vector<std::string>;

std::string phrase_of(const std::string &text) {
    auto p = party::find_point_phrase(text);
    return p ? p->text : "-";
}

Strings pieces(const std::string &phrase, unsigned cases,
               const std::vector<record::GlossaryTerm> &glossary = {}) {
    Strings out;
    for (const party::Piece &p : party::split_parties(phrase, cases, glossary))
        out.push_back(p.text);
    return out;
}

// ---- the phrase in a point ------------------------------------------------------------------

TEST(PartyPhrase, EndsBeforeTheInfinitiveOrAtTheColon) {
    EXPECT_EQ(phrase_of("Отделу кадров обеспечить ознакомление."), "Отделу кадров");
    EXPECT_EQ(phrase_of("Управлению общего образования (Маханова А.В.):"),
              "Управлению общего образования (Маханова А.В.)");
    EXPECT_EQ(phrase_of("Руководителям органов местного самоуправления, осуществляющих "
                        "управление в сфере образования, рекомендовать:"),
              "Руководителям органов местного самоуправления, осуществляющих управление в "
              "сфере образования");
    EXPECT_EQ(phrase_of("Рекомендовать руководителям школ организовать работу."),
              "руководителям школ");
    EXPECT_EQ(phrase_of("Обязать руководителей школ провести инструктаж."), "руководителей школ");
    EXPECT_EQ(phrase_of("Заместителю министра Беспаловой С.Э. обеспечить контроль."),
              "Заместителю министра Беспаловой С.Э.");
}

TEST(PartyPhrase, TermsPurposesAndCoExecutorsAreNotPartOfIt) {
    EXPECT_EQ(phrase_of("МУ «МЦОКО» в срок до 15.06.2022 года обеспечить:"), "МУ «МЦОКО»");
    EXPECT_EQ(phrase_of("Комитету по образованию во взаимодействии с руководителями школ "
                        "провести работу."),
              "Комитету по образованию");
    EXPECT_EQ(phrase_of("Отделу опеки совместно с органами соцзащиты обеспечить:"), "Отделу опеки");
    EXPECT_EQ(phrase_of("Руководителям школ в целях развития системы обеспечить:"),
              "Руководителям школ");
    EXPECT_EQ(phrase_of("Отделу по делам молодежи ежеквартально представлять информацию."),
              "Отделу по делам молодежи");
}

TEST(PartyPhrase, SettlementTypeBeforeItsNameEndsNoSentence) {
    EXPECT_EQ(phrase_of("Директору МАОУ «Лицей № 3» г. Тамбова Сергеевой О.Н. обеспечить участие."),
              "Директору МАОУ «Лицей № 3» г. Тамбова Сергеевой О.Н.");
    EXPECT_EQ(phrase_of("МБОУ СОШ № 2 с. Первомайское обеспечить участие."),
              "МБОУ СОШ № 2 с. Первомайское");
    EXPECT_EQ(phrase_of("Администрации г.о. Самара обеспечить подвоз."),
              "Администрации г.о. Самара");
    EXPECT_EQ(phrase_of("Главе р.п. Сузун организовать работу."), "Главе р.п. Сузун");
    // «г.» (год) before a new sentence's verb still ends the sentence without one.
    EXPECT_EQ(phrase_of("Отделу кадров отчет за 2023 г. Обеспечить контроль."), "-");
}

TEST(PartyPhrase, PointsNotAddressedToAnybody) {
    EXPECT_EQ(phrase_of("Утвердить план мероприятий."), "-");
    EXPECT_EQ(phrase_of("Контроль за исполнением приказа возложить на заместителя министра "
                        "Иванову И.И."),
              "-");
    EXPECT_EQ(phrase_of("Совместно с органами управления образованием:"), "-");
    EXPECT_EQ(phrase_of("проанализировать необходимость ресурсного обеспечения;"), "-");
    EXPECT_EQ(phrase_of("Отделу кадров."), "-"); // no verb, no colon: not an instruction
}

// ---- splitting ------------------------------------------------------------------------------

TEST(PartySplit, ConjunctionsCommasAndGlossaryRuns) {
    EXPECT_EQ(pieces("Отделу общего образования и отделу дополнительного образования", 4),
              (Strings{"Отделу общего образования", "отделу дополнительного образования"}));
    EXPECT_EQ(pieces("Отделу дошкольного и общего образования", 4),
              Strings{"Отделу дошкольного и общего образования"});
    EXPECT_EQ(pieces("Руководителям организаций (ШНОР) и школ, функционирующих в условиях", 4),
              Strings{"Руководителям организаций (ШНОР) и школ, функционирующих в условиях"});
    EXPECT_EQ(pieces("Минпросвещения КБР, муниципальные органы, осуществляющие управление, ГБУ "
                     "\"Центр оценки, мониторинга\"",
                     63),
              (Strings{"Минпросвещения КБР", "муниципальные органы, осуществляющие управление",
                       "ГБУ \"Центр оценки, мониторинга\""}));
    std::vector<record::GlossaryTerm> g = {{"ИРО", "институт", {}}, {"МО", "министерство", {}}};
    EXPECT_EQ(pieces("ИРО МО", 63, g), (Strings{"ИРО", "МО"}));
    EXPECT_EQ(pieces("МКУ ИМЦ", 63, g), Strings{"МКУ ИМЦ"});
    EXPECT_EQ(pieces("секретарь КДН и ЗП", 63), Strings{"секретарь КДН и ЗП"});
    EXPECT_EQ(pieces("Министерство образования, науки и молодежи", 63),
              Strings{"Министерство образования, науки и молодежи"});
}

// A cell listing one party per line; a line that wraps a name goes on.
TEST(PartySplit, OnePartyPerLineOfACell) {
    EXPECT_EQ(pieces("Гладких М.А.\nЛыкова С.П.", 63), (Strings{"Гладких М.А.", "Лыкова С.П."}));
    EXPECT_EQ(pieces("Классные руководители\nПДН УМВД России по г. Курску", 63),
              (Strings{"Классные руководители", "ПДН УМВД России по г. Курску"}));
    // (the person and the position after the comma are joined later, by parse_parties)
    EXPECT_EQ(pieces("Лыкова С.П., главный специалист комитета\nРуководители ОО", 63),
              (Strings{"Лыкова С.П.", "главный специалист комитета", "Руководители ОО"}));
    EXPECT_EQ(pieces("Руководители ОО\nСоциальные педагоги ОО", 63),
              (Strings{"Руководители ОО", "Социальные педагоги ОО"}));
    EXPECT_EQ(pieces("Отдел образования\nАдминистрации района", 63),
              Strings{"Отдел образования Администрации района"});
    EXPECT_EQ(pieces("МБУ «Центр психолого-\nпедагогической помощи»", 63),
              Strings{"МБУ «Центр психолого- педагогической помощи»"});
}

// ---- fields ---------------------------------------------------------------------------------

TEST(PartyFields, OrgPositionPersonAndGlossary) {
    std::vector<record::GlossaryTerm> g = {{"ОО", "образовательные организации", {}}};
    auto parties = party::parse_parties(
        "Главному бухгалтеру МКУ «Централизованная бухгалтерия» (Семенова Г.А.)", 4, g);
    ASSERT_EQ(parties.size(), 1u);
    EXPECT_EQ(parties[0].position, "главный бухгалтер");
    EXPECT_EQ(parties[0].org, "МКУ «Централизованная бухгалтерия»");
    EXPECT_EQ(parties[0].person, "Семенова Г.А.");
    parties = party::parse_parties("ОО со стабильно высокими результатами", 63, g);
    ASSERT_EQ(parties.size(), 1u);
    EXPECT_EQ(parties[0].org_abbr, "ОО");
    EXPECT_EQ(parties[0].org, "образовательные организации со стабильно высокими результатами");
    parties = party::parse_parties("заместителя министра Беспалову С.Э.", 8, g);
    ASSERT_EQ(parties.size(), 1u);
    EXPECT_EQ(parties[0].position, "заместитель министра");
    EXPECT_EQ(parties[0].person, "Беспалова С.Э."); // accusative -ову is feminine
    parties = party::parse_parties("заместителю министра Иванову И.И.", 4, g);
    EXPECT_EQ(parties.at(0).person, "Иванов И.И."); // dative -ову is masculine
}

TEST(PartyFields, OffsetsOfEachPartyInThePoint) {
    std::string text = "Отделу кадров и МКУ «ЦБ» обеспечить:";
    auto parties = party::point_parties(text, {});
    ASSERT_EQ(parties.size(), 2u);
    EXPECT_EQ(parties[0].as_written, "Отделу кадров");
    EXPECT_EQ(parties[0].source.begin, 0);
    EXPECT_EQ(parties[0].source.end, 13);
    EXPECT_EQ(parties[1].as_written, "МКУ «ЦБ»");
    EXPECT_EQ(parties[1].source.begin, 16);
    EXPECT_EQ(parties[1].source.end, 24);
}

// A name and its position in apposition are one party written over both; persons listed in
// one pair of parentheses are one party each, every one written as the whole phrase.
TEST(PartyFields, OffsetsOfJoinedAndListedParties) {
    std::string text = "Лебедевой О.И., заместителю начальника управления, обеспечить контроль.";
    auto joined = party::point_parties(text, {});
    ASSERT_EQ(joined.size(), 1u);
    EXPECT_EQ(joined[0].as_written, "Лебедевой О.И., заместителю начальника управления");
    EXPECT_EQ(joined[0].source.begin, 0);
    EXPECT_EQ(joined[0].source.end, 49);

    std::string cell = "МКУ «ЦБ», Отдел опеки (Зайцева М.А., Крылов Д.С.)";
    auto listed = party::parse_parties(cell, nominative::kAnyCase, {});
    ASSERT_EQ(listed.size(), 3u);
    for (size_t i = 1; i < 3; ++i) {
        EXPECT_EQ(listed[i].as_written, "Отдел опеки (Зайцева М.А., Крылов Д.С.)");
        EXPECT_EQ(listed[i].source.begin, 10);
        EXPECT_EQ(listed[i].source.end, 49);
        EXPECT_EQ(listed[i].org, "Отдел опеки");
    }
    EXPECT_EQ(listed[1].person, "Зайцева М.А.");
    EXPECT_EQ(listed[2].person, "Крылов Д.С.");
}

TEST(PartyCommand, PointOrBarePhrase) {
    auto parties = party::parties_of_phrase("Отделу образования (Иванова И.И.) обеспечить:", {});
    ASSERT_EQ(parties.size(), 1u);
    EXPECT_EQ(parties[0].org, "Отдел образования");
    parties = party::parties_of_phrase("Управлению образования", {});
    ASSERT_EQ(parties.size(), 1u);
    EXPECT_EQ(parties[0].org, "Управление образования");
}

// ---- the pass over a record -----------------------------------------------------------------

record::Point point(const std::string &num, const std::string &text,
                    std::vector<record::Point> children = {}) {
    record::Point p;
    p.num = num;
    p.text.value = text;
    p.text.source.block = "b" + num;
    p.source.block = "b" + num;
    p.points = std::move(children);
    return p;
}

TEST(PartiesPass, SubPointsInheritTheirParentsParty) {
    record::Record rec;
    rec.kind = "приказ";
    rec.points.push_back(
        point("3", "Управлению образования (Маханова А.В.):",
              {point("3.1", "обеспечить участие;"), point("3.2", "Отделу кадров обеспечить учет.",
                                                          {point("3.2.1", "провести сверку.")})}));
    rec.points.push_back(point("4", "Утвердить план."));
    normalise_parties(rec);
    const record::Point &p3 = rec.points[0];
    ASSERT_EQ(p3.responsible.size(), 1u);
    EXPECT_FALSE(p3.responsible[0].inherited);
    EXPECT_EQ(p3.responsible[0].org, "Управление образования");
    EXPECT_EQ(p3.responsible[0].source.block, "b3");
    ASSERT_EQ(p3.points[0].responsible.size(), 1u);
    EXPECT_TRUE(p3.points[0].responsible[0].inherited);
    EXPECT_EQ(p3.points[0].responsible[0].person, "Маханова А.В.");
    EXPECT_EQ(p3.points[1].responsible.at(0).org, "Отдел кадров"); // its own party
    EXPECT_FALSE(p3.points[1].responsible.at(0).inherited);
    EXPECT_EQ(p3.points[1].points[0].responsible.at(0).org, "Отдел кадров");
    EXPECT_TRUE(p3.points[1].points[0].responsible.at(0).inherited);
    EXPECT_TRUE(rec.points[1].responsible.empty());
}

TEST(PartiesPass, LetterPointsAddressTheAddressee) {
    record::Record rec;
    rec.kind = "письмо";
    rec.requisites.addressee.value = "Руководителям органов управления образованием";
    rec.requisites.addressee.source.block = "b2";
    rec.points.push_back(point("1", "адресная поддержка школ;"));
    normalise_parties(rec);
    ASSERT_EQ(rec.points[0].responsible.size(), 1u);
    EXPECT_EQ(rec.points[0].responsible[0].position,
              "руководители органов управления образованием");
    EXPECT_FALSE(rec.points[0].responsible[0].inherited);
    EXPECT_EQ(rec.points[0].responsible[0].source.block, "b2");
}

TEST(PartiesPass, PlanCellsSplitAndResolveAbbreviations) {
    record::Record rec;
    rec.glossary = {{"ИРО", "институт развития образования", {}},
                    {"МО", "министерство образования", {}}};
    record::Appendix a;
    record::Measure m;
    m.num = "1";
    record::Party cell;
    cell.as_written = "ИРО МО";
    cell.source.block = "b9/r1/c3/b0";
    m.responsible.push_back(cell);
    a.measures.push_back(m);
    rec.appendices.push_back(a);
    normalise_parties(rec);
    const auto &parties = rec.appendices[0].measures[0].responsible;
    ASSERT_EQ(parties.size(), 2u);
    EXPECT_EQ(parties[0].org, "институт развития образования");
    EXPECT_EQ(parties[0].org_abbr, "ИРО");
    EXPECT_EQ(parties[1].org_abbr, "МО");
    EXPECT_EQ(parties[1].source.block, "b9/r1/c3/b0");
    EXPECT_EQ(parties[1].source.begin, 4);
    EXPECT_EQ(parties[1].source.end, 6);
}

TEST(PartiesPass, EmptyResponsibleCellTakesThePartiesAboveInItsSection) {
    record::Record rec;
    record::Appendix a;
    record::Section s1, s2;
    record::Measure first, covered, next_section;
    first.num = "1.1";
    record::Party cell;
    cell.as_written = "Отдел общего образования";
    first.responsible.push_back(cell);
    covered.num = "1.2";
    next_section.num = "2.1";
    s1.measures = {first, covered};
    s2.measures = {next_section};
    a.sections = {s1, s2};
    rec.appendices.push_back(a);
    normalise_parties(rec);
    const auto &sections = rec.appendices[0].sections;
    ASSERT_EQ(sections[0].measures[1].responsible.size(), 1u);
    EXPECT_EQ(sections[0].measures[1].responsible[0].org, "Отдел общего образования");
    EXPECT_TRUE(sections[0].measures[1].responsible[0].inherited);
    EXPECT_FALSE(sections[0].measures[0].responsible[0].inherited);
    EXPECT_TRUE(sections[1].measures[0].responsible.empty()); // never across a section
}

// ---- the corpus -----------------------------------------------------------------------------

class PartyCorpus : public ::testing::TestWithParam<test::CorpusFile> {};

// Every rendition, plain text included: where 005's .txt has lost a vertical merge, the empty
// "responsible" cells take the parties of the measure above (parties_pass.cpp).

TEST_P(PartyCorpus, PartiesControlAndGlossaryAsExpected) {
    const test::CorpusFile &f = GetParam();
    model::Document doc = read::read_file(test::corpus_path(f.path));
    record::Record actual = extract_record(doc);
    std::string expected_path = test::corpus_path(f.folder() + "/expected.xml");
    record::Record expected =
        record::read_record_xml(test::read_file(expected_path), expected_path);
    for (const record::eval::FieldResult &r : record::eval::compare_records(expected, actual)) {
        if (r.field != "parties" && r.field != "control" && r.field != "glossary")
            continue;
        std::string mismatches;
        for (const std::string &m : r.missing)
            mismatches += "\n  - " + m;
        for (const std::string &m : r.extra)
            mismatches += "\n  + " + m;
        EXPECT_EQ(r.counts.f1(), 1.0) << r.field << mismatches;
    }
}

INSTANTIATE_TEST_SUITE_P(AllRenditions, PartyCorpus, ::testing::ValuesIn(test::corpus_files()),
                         [](const ::testing::TestParamInfo<test::CorpusFile> &info) {
                             return info.param.test_name();
                         });

} // namespace
} // namespace prikaz::extract
