// «(далее – X)» definitions in running text (extract/glossary.h): how far back the full name
// reaches and in which case both sides are recorded. Invented phrases in the style of orders
// from several regions.
#include "extract/glossary.h"
#include "model/finalize.h"

#include <gtest/gtest.h>

namespace prikaz::extract {
namespace {

std::string full_name(const std::string &before, const std::string &abbr) {
    return before.substr(full_name_start(before, abbr));
}

record::Record glossary_of(const std::string &text) {
    model::Paragraph p;
    p.text = text;
    model::Document doc;
    doc.body.push_back(model::Block::make_paragraph(p));
    model::finalize(doc);
    record::Record rec;
    extract_glossary(doc, rec);
    return rec;
}

// The abbreviation spells the quoted name; the full name is the written-out legal form with it:
// adjectives, the legal-form noun, the words it governs, then the name.
TEST(GlossaryDefinitions, LegalFormBeforeAQuotedNameBelongsToTheName) {
    EXPECT_EQ(full_name("2. Директору государственного бюджетного учреждения Самарской области "
                        "«Региональный социопсихологический центр»",
                        "РСЦ"),
              "государственного бюджетного учреждения Самарской области «Региональный "
              "социопсихологический центр»");
    EXPECT_EQ(full_name("Ректору государственного автономного образовательного учреждения "
                        "дополнительного профессионального образования «Институт развития "
                        "образования Ивановской области»",
                        "ИРОИО"),
              "государственного автономного образовательного учреждения дополнительного "
              "профессионального образования «Институт развития образования Ивановской "
              "области»");
    EXPECT_EQ(full_name("совместно с автономной некоммерческой организацией «Центр "
                        "поддержки детских инициатив»",
                        "ЦПДИ"),
              "автономной некоммерческой организацией «Центр поддержки детских инициатив»");
    // no legal-form noun before the quotes: the name alone
    EXPECT_EQ(full_name("в рамках проекта «Школа молодого педагога»", "ШМП"),
              "«Школа молодого педагога»");
    // a preposition or a comma between the noun and the quotes: a different phrase
    EXPECT_EQ(full_name("учреждения, входящие в «Ассоциацию школ Прикамья»", "АШП"),
              "«Ассоциацию школ Прикамья»");
}

TEST(GlossaryDefinitions, LegalFormIsRecordedInTheNominative) {
    record::Record rec = glossary_of(
        "3. Директору государственного казенного учреждения Тульской области «Центр "
        "мониторинга образования» (далее – ЦМО) Орловой Е.В. обеспечить сбор сведений.");
    ASSERT_EQ(rec.glossary.size(), 1u);
    EXPECT_EQ(rec.glossary[0].abbr, "ЦМО");
    EXPECT_EQ(rec.glossary[0].full,
              "государственное казенное учреждение Тульской области «Центр мониторинга "
              "образования»");
}

// ГИА-11 spells «государственной итоговой аттестации»; the name runs on with the prepositional
// complement that the abbreviation leaves out.
TEST(GlossaryDefinitions, NameRunsOnAfterTheLastSpelledWord) {
    EXPECT_EQ(full_name("в целях подготовки к проведению государственной итоговой аттестации по "
                        "образовательным программам основного общего образования",
                        "ГИА-9"),
              "государственной итоговой аттестации по образовательным программам основного "
              "общего образования");
    EXPECT_EQ(full_name("организовать работу муниципальной психолого-медико-педагогической "
                        "комиссии при управлении образования",
                        "МПМПК"),
              "муниципальной психолого-медико-педагогической комиссии при управлении "
              "образования");
    // the tail stops at the clause: a comma before the preposition is not crossed
    EXPECT_EQ(full_name("обеспечить участие, в том числе пунктов проведения экзаменов", "ППЭ"),
              "пунктов проведения экзаменов");
    record::Record rec = glossary_of(
        "В целях организованного проведения государственной итоговой аттестации по "
        "образовательным программам основного общего образования (далее – ГИА-9) приказываю:");
    ASSERT_EQ(rec.glossary.size(), 1u);
    EXPECT_EQ(rec.glossary[0].full, "государственная итоговая аттестация по образовательным "
                                    "программам основного общего образования");
}

// The short name after «далее –» is usually in the nominative whatever the case of the full
// name; it is put into that case only when it does not already name the head in the
// nominative.
TEST(GlossaryDefinitions, ShortNameAlreadyInTheNominativeStays) {
    record::Record rec = glossary_of("1. Утвердить муниципальную программу «Развитие культуры "
                                     "Шарыповского района» на 2021-2025 годы (далее – "
                                     "Программа).");
    ASSERT_EQ(rec.glossary.size(), 1u);
    EXPECT_EQ(rec.glossary[0].abbr, "Программа");
    EXPECT_EQ(rec.glossary[0].full,
              "муниципальная программа «Развитие культуры Шарыповского района» на 2021-2025 "
              "годы");
    rec = glossary_of("2. Обеспечить выполнение Комплекса мер по развитию кадрового потенциала "
                      "(далее – Комплекса мер).");
    ASSERT_EQ(rec.glossary.size(), 1u);
    EXPECT_EQ(rec.glossary[0].abbr, "Комплекс мер");
}

} // namespace
} // namespace prikaz::extract

namespace prikaz::extract {
namespace {

// An acronym that shortens the usual name of such bodies rather than spelling the words before
// it stands for the noun phrase its participle clause describes, without the officials named
// before the body; the participle takes the head's nominative.
TEST(GlossaryDefinitions, AcronymOfABodyDescribedByAParticipleClause) {
    record::Record rec = glossary_of(
        "Организовать совещание с руководителями органов местного самоуправления, "
        "осуществляющих управление в сфере образования (далее – МОУО), по вопросам открытия "
        "центров.");
    ASSERT_EQ(rec.glossary.size(), 1u);
    EXPECT_EQ(rec.glossary[0].full,
              "органы местного самоуправления, осуществляющие управление в сфере образования");
    rec = glossary_of("4. Рекомендовать руководителям органов местного самоуправления "
                      "муниципальных образований Энской области, осуществляющих управление в "
                      "сфере образования (далее – МОУО):");
    ASSERT_EQ(rec.glossary.size(), 1u);
    EXPECT_EQ(rec.glossary[0].full,
              "органы местного самоуправления муниципальных образований Энской области, "
              "осуществляющие управление в сфере образования");
    // a participle the letters spell stays part of the spelled name
    EXPECT_EQ(full_name("Обеспечить участие, в частности школ, функционирующих в сложных условиях",
                        "ШФСУ"),
              "школ, функционирующих в сложных условиях");
}

// A short name that repeats a word of its full name: adjectives before that word belong to the
// name (hyphenated ones too), words pointing at it («прилагаемый», «настоящий») do not, and the
// case comes from the word that governs the name, not from them.
TEST(GlossaryDefinitions, NamedShortFormTakesItsAdjectivesNotPointingWords) {
    record::Record rec = glossary_of(
        "В целях создания условий для деятельности Общероссийского общественно-"
        "государственного движения детей и молодежи «Движение первых» (далее – Движение):");
    ASSERT_EQ(rec.glossary.size(), 1u);
    EXPECT_EQ(rec.glossary[0].full, "Общероссийское общественно-государственное движение детей "
                                    "и молодежи «Движение первых»");
    rec = glossary_of("1. Утвердить прилагаемый план мероприятий по развитию Движения на "
                      "2023 – 2024 годы (далее – план мероприятий).");
    ASSERT_EQ(rec.glossary.size(), 1u);
    EXPECT_EQ(rec.glossary[0].abbr, "план мероприятий");
    EXPECT_EQ(rec.glossary[0].full, "план мероприятий по развитию Движения на 2023 – 2024 годы");
    // at the start of a point the name is its addressee, in the dative
    rec = glossary_of("Отделу образования Администрации Энского района (далее – отдел "
                      "образования) обеспечить подвоз обучающихся.");
    ASSERT_EQ(rec.glossary.size(), 1u);
    EXPECT_EQ(rec.glossary[0].full, "Отдел образования Администрации Энского района");
}

// The short name, in the nominative, tells which reading of the full name's head is meant; an
// official named before the body is no part of its name.
TEST(GlossaryDefinitions, ShortNameChoosesTheReadingOfTheHead) {
    record::Record rec = glossary_of("Рекомендовать Администрации муниципального образования "
                                     "«Энский район» (далее – Администрация) обеспечить подвоз.");
    ASSERT_EQ(rec.glossary.size(), 1u);
    EXPECT_EQ(rec.glossary[0].full, "Администрация муниципального образования «Энский район»");
    rec = glossary_of("Поручить заведующему отделом образования Администрации Энского района "
                      "(далее – отдел образования) подготовить отчет.");
    ASSERT_EQ(rec.glossary.size(), 1u);
    EXPECT_EQ(rec.glossary[0].abbr, "отдел образования");
    EXPECT_EQ(rec.glossary[0].full, "отдел образования Администрации Энского района");
}

// The place after a name belongs to the name, not to its abbreviation.
TEST(GlossaryDefinitions, PlaceAfterTheSpelledName) {
    EXPECT_EQ(full_name("Директору муниципального бюджетного учреждения дополнительного "
                        "образования \"Дом детского творчества\" г. Энска",
                        "МБУ ДО \"ДДТ\""),
              "муниципального бюджетного учреждения дополнительного образования \"Дом детского "
              "творчества\" г. Энска");
}

// A short name that stands in parentheses beside a name («план мероприятий («дорожную карту»)
// … (далее – дорожная карта)») names the phrase it stands beside; an acronym's name does not
// start between an adjective and its noun.
TEST(GlossaryDefinitions, AppositionAndAdjectiveBeforeTheSpelledWords) {
    record::Record rec =
        glossary_of("1. Утвердить прилагаемый план мероприятий («дорожную карту») по обеспечению "
                    "объективности оценки на 2018–2019 годы (далее – дорожная карта).");
    ASSERT_EQ(rec.glossary.size(), 1u);
    EXPECT_EQ(rec.glossary[0].full,
              "план мероприятий («дорожная карта») по обеспечению объективности оценки на "
              "2018–2019 годы");
    rec = glossary_of("В летний период на базе 19 общеобразовательных организаций муниципального "
                      "округа (далее – ОО) организовать лагеря.");
    ASSERT_EQ(rec.glossary.size(), 1u);
    EXPECT_EQ(rec.glossary[0].full, "общеобразовательные организации муниципального округа");
}

} // namespace
} // namespace prikaz::extract
