#include "model/finalize.h"

#include <gtest/gtest.h>

using prikaz::model::clean_text;
using prikaz::model::Paragraph;
using prikaz::model::split_typed_label;

TEST(CleanText, DropsSoftHyphensAndFoldsSpaces) {
    EXPECT_EQ(clean_text("обра\u00ADзование   и\u00A0наука "), "образование и наука");
}

TEST(CleanText, ComposesToNfc) {
    // "й" written as и + combining breve must become the single NFC code point
    EXPECT_EQ(clean_text("и\u0306"), "й");
}

TEST(CleanText, TrimsLinesAndDropsEmptyOnes) {
    EXPECT_EQ(clean_text("  КОЛЛЕГИЯ \n\n МИНИСТЕРСТВА\r\n"), "КОЛЛЕГИЯ\nМИНИСТЕРСТВА");
}

namespace {
Paragraph split(const std::string &text) {
    Paragraph p;
    p.text = text;
    split_typed_label(p);
    return p;
}
} // namespace

TEST(TypedLabel, MultiLevelNumbers) {
    Paragraph p = split("3.2.1. проанализировать необходимость");
    EXPECT_EQ(p.label, "3.2.1.");
    EXPECT_EQ(p.text, "проанализировать необходимость");
    EXPECT_EQ(split("2.1 системное сопровождение").label, "2.1");
    EXPECT_EQ(split("1) первое").label, "1)");
    EXPECT_EQ(split("б) второе").label, "б)");
    EXPECT_EQ(split("IV. Раздел").label, "IV.");
}

TEST(TypedLabel, BulletsWithMarkdownMarker) {
    Paragraph p = split("- ✓ определить возможные причины");
    EXPECT_EQ(p.label, "✓");
    EXPECT_EQ(p.text, "определить возможные причины");
    EXPECT_EQ(split("– пункт списка").label, "–");
}

TEST(TypedLabel, DatesAndYearsAreNotLabels) {
    EXPECT_EQ(split("08.02.2021 № 3.12-132-р").label, "");
    EXPECT_EQ(split("2021 год").label, "");
    EXPECT_EQ(split("0.5 ставки").label, "");
    EXPECT_EQ(split("1.").label, ""); // nothing follows
}

TEST(CleanText, InvisibleCharactersAndSeparators) {
    EXPECT_EQ(clean_text("\uFEFFПри\u200Bказ\u2060"), "Приказ");
    EXPECT_EQ(clean_text("строка\u2028вторая\u2029третья"), "строка\nвторая\nтретья");
    EXPECT_EQ(clean_text("№\u202F7/3\u3000от\u2009сегодня"), "№ 7/3 от сегодня");
}

TEST(TypedLabel, CyrillicLetterAndBracketedLabels) {
    EXPECT_EQ(split("в) третье").label, "в)");
    EXPECT_EQ(split("(г) четвертое").label, "(г)");
    EXPECT_EQ(split("• пункт").label, "•");
    EXPECT_EQ(split("Вопрос) не метка").label, "");
}

TEST(CleanText, ControlCharactersDropped) {
    // C0 and C1 controls are not text and are not allowed in XML 1.0 output
    EXPECT_EQ(clean_text("При\x18каз\x01 №\x1F 5"), "Приказ № 5");
    EXPECT_EQ(clean_text("a\x08"
                         "b\tc"),
              "ab\tc");
    EXPECT_EQ(clean_text("При\u0085каз\u009F"), "Приказ");
}
