#include "extract/extract.h"

#include <gtest/gtest.h>

using namespace prikaz;

namespace {

std::vector<record::Reference> refs(const std::string &text, record::Record rec = {}) {
    model::Document doc;
    model::Paragraph p;
    p.text = text;
    doc.body.push_back(model::Block::make_paragraph(p));
    doc.body.back().source.id = "b0";
    extract::extract_references(doc, rec);
    return rec.references;
}

} // namespace

TEST(References, LetterWithDateThenNumber) {
    auto r = refs("в соответствии с рекомендациями Рособнадзора (письмо от 30 марта 2020 г. "
                  "N 01-121/13-01) приказываю:");
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].kind, "письмо");
    EXPECT_EQ(r[0].date, "2020-03-30");
    EXPECT_EQ(r[0].number, "01-121/13-01");
    EXPECT_EQ(r[0].as_written, "письмо от 30 марта 2020 г. N 01-121/13-01");
    EXPECT_EQ(r[0].source.block, "b0");
}

TEST(References, OrderInInstrumentalCaseWithQualifiers) {
    auto r = refs("утвержденным приказом Министерства образования (далее - МОНМ РК) от "
                  "01.11.2022 № 1687.");
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].kind, "приказ");
    EXPECT_EQ(r[0].date, "2022-11-01");
    EXPECT_EQ(r[0].number, "1687");
    EXPECT_EQ(r[0].as_written,
              "приказом Министерства образования (далее - МОНМ РК) от 01.11.2022 № 1687");
}

TEST(References, NumberBeforeDateAndSeveralInOneSentence) {
    auto r = refs("во исполнение постановления Правительства № 12-п от 15.01.2021 и "
                  "распоряжения от 3 февраля 2021 года № 45-р");
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].kind, "постановление");
    EXPECT_EQ(r[0].number, "12-п");
    EXPECT_EQ(r[0].date, "2021-01-15");
    EXPECT_EQ(r[1].kind, "распоряжение");
    EXPECT_EQ(r[1].date, "2021-02-03");
    EXPECT_EQ(r[1].number, "45-р");
}

TEST(References, EnactingWordAndUndatedMentionsAreNotReferences) {
    EXPECT_TRUE(refs("ПРИКАЗЫВАЮ: утвердить план (приложение N 1).").empty());
    EXPECT_TRUE(refs("Контроль за исполнением настоящего приказа оставляю за собой.").empty());
}

TEST(References, OwnDocumentInApprovalStampSkipped) {
    record::Record rec;
    rec.requisites.date.iso = "2020-05-15";
    rec.requisites.number.value = "22-01-05/4569";
    EXPECT_TRUE(
        refs("Утвержден приказом Министерства от 15 мая 2020 г. N 22-01-05/4569", rec).empty());
}

TEST(References, ListOfDatedNumbersAfterOneKindWord) {
    auto r = refs("с учетом письма ГКУ РК «ИМАЦ» от 16.10.2023 № 01-13/206, от 09.11.2023 "
                  "№ 01-13/223, от 02.11.2023 № 01-13/218.");
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[0].as_written, "письма ГКУ РК «ИМАЦ» от 16.10.2023 № 01-13/206");
    EXPECT_EQ(r[1].as_written, "от 09.11.2023 № 01-13/223");
    EXPECT_EQ(r[1].kind, "письмо");
    EXPECT_EQ(r[2].number, "01-13/218");
    EXPECT_EQ(r[2].date, "2023-11-02");
}

TEST(References, FederalLawIsItsOwnKind) {
    auto r =
        refs("в соответствии с Федеральным законом от 29 декабря 2012 года № 273-ФЗ «Об "
             "образовании в Российской Федерации» и законом области от 1 марта 2013 г. № 5-оз");
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].kind, "федеральный закон");
    EXPECT_EQ(r[0].number, "273-ФЗ");
    EXPECT_EQ(r[0].as_written, "Федеральным законом от 29 декабря 2012 года № 273-ФЗ");
    EXPECT_EQ(r[1].kind, "закон");
    EXPECT_EQ(r[1].number, "5-оз");
}

// A registry's letter index before the digits belongs to the number.
TEST(References, NumbersWithALetterIndex) {
    auto r = refs("Во исполнение распоряжения Министерства просвещения от 01.03.2019 № Р-23 и "
                  "письма министерства от 11.01.2024 № ИХ.20-112/24, приказа от 05.02.2020 "
                  "N ДГ-1/03:");
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[0].number, "Р-23");
    EXPECT_EQ(r[1].number, "ИХ.20-112/24");
    EXPECT_EQ(r[2].number, "ДГ-1/03");
    // letters alone are no number
    for (const auto &ref : refs("Заполнить графу № п/п приказом от 01.03.2019 года."))
        EXPECT_EQ(ref.number, "");
}

// A plural kind word names each act of the list after it.
TEST(References, PluralKindWordWithAList) {
    auto r = refs("В соответствии с федеральными законами от 06.10.2003 № 131-ФЗ «Об общих "
                  "принципах …», от 29.12.2012 № 273-ФЗ «Об образовании …», администрация");
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].kind, "федеральный закон");
    EXPECT_EQ(r[0].number, "131-ФЗ");
    EXPECT_EQ(r[1].kind, "федеральный закон");
    EXPECT_EQ(r[1].date, "2012-12-29");
}
