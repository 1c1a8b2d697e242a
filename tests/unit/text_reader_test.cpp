#include "read/format_readers.h"
#include "read/read_error.h"
#include "read/reader.h"

#include "test_support.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <stdexcept>

using prikaz::model::Block;
using prikaz::model::Document;
using prikaz::model::Paragraph;
using prikaz::model::Table;
using prikaz::read::read_text;

using prikaz::test::encode;

namespace {

std::vector<std::string> paragraph_texts(const Document &doc) {
    std::vector<std::string> texts;
    for (const Block &b : doc.body)
        if (b.kind == Block::Kind::Paragraph)
            texts.push_back(b.paragraph.text);
    return texts;
}

std::vector<Block::Kind> kinds(const Document &doc) {
    std::vector<Block::Kind> out;
    for (const Block &b : doc.body)
        out.push_back(b.kind);
    return out;
}

std::string cell_text(const Table &t, size_t row, size_t cell) {
    return t.rows.at(row).cells.at(cell).text();
}

using K = Block::Kind;

} // namespace

TEST(TextReader, FormatEncodingAndSourceName) {
    Document doc =
        read_text(encode("ПРИКАЗ\n\nО назначении ответственных", "windows-1251"), "order.txt");
    EXPECT_EQ(doc.format, prikaz::model::Format::Text);
    EXPECT_EQ(doc.encoding, "windows-1251");
    EXPECT_EQ(doc.source_name, "order.txt");
    EXPECT_EQ(paragraph_texts(doc),
              (std::vector<std::string>{"ПРИКАЗ", "О назначении ответственных"}));
    EXPECT_EQ(doc.body[0].source.id, "b0"); // finalize ran
}

TEST(TextReader, CrLfAndCrLineEnds) {
    Document crlf = read_text("one\r\ntwo\r\n\r\nthree\r\n", "a.txt");
    EXPECT_EQ(paragraph_texts(crlf), (std::vector<std::string>{"one\ntwo", "three"}));
    Document cr = read_text("one\rtwo\r\rthree\r", "a.txt");
    EXPECT_EQ(paragraph_texts(cr), (std::vector<std::string>{"one\ntwo", "three"}));
}

TEST(TextReader, BlankLineParagraphsJoinTheirLines) {
    Document doc = read_text("КОЛЛЕГИЯ\nМИНИСТЕРСТВА ОБРАЗОВАНИЯ\n\nРЕШЕНИЕ\n\nот 14.12.2022\n\n"
                             "Заслушав информацию\n",
                             "a.txt");
    EXPECT_EQ(paragraph_texts(doc),
              (std::vector<std::string>{"КОЛЛЕГИЯ\nМИНИСТЕРСТВА ОБРАЗОВАНИЯ", "РЕШЕНИЕ",
                                        "от 14.12.2022", "Заслушав информацию"}));
}

TEST(TextReader, LineParagraphsWhenBlankLinesAreRare) {
    Document doc =
        read_text("ПРИКАЗ\nот 01.02.2023\nО мерах\nПРИКАЗЫВАЮ:\nВыполнить\n\nКонец\n", "a.txt");
    EXPECT_EQ(paragraph_texts(doc),
              (std::vector<std::string>{"ПРИКАЗ", "от 01.02.2023", "О мерах",
                                        "ПРИКАЗЫВАЮ:", "Выполнить", "Конец"}));
}

TEST(TextReader, MarkdownListItemsStartParagraphs) {
    Document doc = read_text("Нужно:\n\n- первое;\n- второе.\n\nКонец\n", "a.txt");
    ASSERT_EQ(doc.body.size(), 4u);
    EXPECT_EQ(doc.body[1].paragraph.text, "первое;");
    EXPECT_EQ(doc.body[1].paragraph.label, "-"); // typed label split by finalize
    EXPECT_EQ(doc.body[2].paragraph.text, "второе.");
}

TEST(TextReader, TypedLabelsAreSplitByFinalize) {
    Document doc = read_text("1. Утвердить план.\n\n3.2.1. проанализировать\n", "a.txt");
    ASSERT_EQ(doc.body.size(), 2u);
    EXPECT_EQ(doc.body[0].paragraph.label, "1.");
    EXPECT_FALSE(doc.body[0].paragraph.label_auto);
    EXPECT_EQ(doc.body[1].paragraph.label, "3.2.1.");
}

TEST(TextReader, TabRowsFormOneTableAcrossBlankLines) {
    Document doc = read_text("Текст перед\n\n"
                             "№\tНаименование\tСрок\n"
                             "-----\t--\t---\n"
                             "1.\tРазработка\tянварь\n"
                             "\n"
                             "2.\tУтверждение\tфевраль\textra\n"
                             "3. Раздел без табуляции\n"
                             "3.1\tМониторинг\t\n",
                             "a.txt");
    ASSERT_EQ(kinds(doc), (std::vector<K>{K::Paragraph, K::Table, K::Paragraph, K::Table}));
    const Table &t = doc.body[1].table;
    ASSERT_EQ(t.rows.size(), 3u); // the rule row is dropped
    EXPECT_EQ(t.columns, 4);
    EXPECT_EQ(cell_text(t, 0, 1), "Наименование");
    EXPECT_EQ(cell_text(t, 1, 0), "1.");
    EXPECT_EQ(cell_text(t, 2, 3), "extra");
    EXPECT_EQ(t.rows[2].cells[3].column, 3);
    const Table &second = doc.body[3].table;
    ASSERT_EQ(second.rows.size(), 1u);
    EXPECT_EQ(second.rows[0].cells.size(), 3u);
    EXPECT_TRUE(second.rows[0].cells[2].blocks.empty()); // empty cell: no paragraph
}

TEST(TextReader, RowWithLeadingEmptyCellContinuesTable) {
    Document doc = read_text("1.\tПервый\tянварь\n\tпродолжение\t\n", "a.txt");
    ASSERT_EQ(kinds(doc), (std::vector<K>{K::Table}));
    const Table &t = doc.body[0].table;
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_TRUE(t.rows[1].cells[0].blocks.empty());
    EXPECT_EQ(cell_text(t, 1, 1), "продолжение");
}

TEST(TextReader, TabIndentedLineOutsideTableIsText) {
    Document doc = read_text("\tОтступ абзаца\n\nВторой\n", "a.txt");
    EXPECT_EQ(paragraph_texts(doc), (std::vector<std::string>{"Отступ абзаца", "Второй"}));
}

TEST(TextReader, HtmlParagraphsInsideCell) {
    Document doc = read_text("3.7.\t<p>Первый абзац</p><p>Второй &quot;в кавычках&quot; &amp; "
                             "&lt;b&gt;</p>\tдо<br/>июня\tа<BR>б\n",
                             "a.txt");
    const Table &t = doc.body.at(0).table;
    const auto &cell = t.rows[0].cells[1];
    ASSERT_EQ(cell.blocks.size(), 2u);
    EXPECT_EQ(cell.blocks[0].paragraph.text, "Первый абзац");
    EXPECT_EQ(cell.blocks[1].paragraph.text, "Второй \"в кавычках\" & <b>");
    ASSERT_EQ(t.rows[0].cells[2].blocks.size(), 2u);
    EXPECT_EQ(t.rows[0].cells[2].blocks[1].paragraph.text, "июня");
    EXPECT_EQ(t.rows[0].cells[3].blocks.size(), 2u);
}

TEST(TextReader, MarkdownBoldParagraphs) {
    Document doc = read_text("**Об итогах работы\nс организациями**\n\n"
                             "Текст с **выделением** внутри\n\n"
                             "**Один** и **два**\n\n"
                             "Сайт (<http://imats.ru>):\n",
                             "a.txt");
    ASSERT_EQ(doc.body.size(), 4u);
    EXPECT_TRUE(doc.body[0].paragraph.bold);
    EXPECT_EQ(doc.body[0].paragraph.text, "Об итогах работы\nс организациями");
    EXPECT_FALSE(doc.body[1].paragraph.bold);
    EXPECT_EQ(doc.body[1].paragraph.text, "Текст с выделением внутри");
    EXPECT_FALSE(doc.body[2].paragraph.bold);
    EXPECT_EQ(doc.body[2].paragraph.text, "Один и два");
    EXPECT_EQ(doc.body[3].paragraph.text, "Сайт (<http://imats.ru>):");
}

TEST(TextReader, BoldSpanOverSeveralLinesInLineMode) {
    Document doc = read_text("ПРИКАЗ\n**Об организации\nработы**\nТекст\nЕщё\n", "a.txt");
    ASSERT_EQ(doc.body.size(), 5u);
    EXPECT_FALSE(doc.body[0].paragraph.bold);
    EXPECT_TRUE(doc.body[1].paragraph.bold);
    EXPECT_EQ(doc.body[1].paragraph.text, "Об организации");
    EXPECT_TRUE(doc.body[2].paragraph.bold);
    EXPECT_EQ(doc.body[2].paragraph.text, "работы");
    EXPECT_FALSE(doc.body[3].paragraph.bold);
}

TEST(TextReader, FormFeedIsPageBreak) {
    Document doc = read_text("\fПервая страница\n\fВторая страница\f\n", "a.txt");
    ASSERT_EQ(kinds(doc), (std::vector<K>{K::Paragraph, K::Break, K::Paragraph}));
    EXPECT_EQ(doc.body[0].paragraph.text, "Первая страница");
    EXPECT_EQ(doc.body[1].break_kind, prikaz::model::BreakKind::Page);
    EXPECT_EQ(doc.body[2].paragraph.text, "Вторая страница");
}

TEST(TextReader, Koi8TextThroughReadBytes) {
    Document doc = prikaz::read::read_bytes(
        encode("РЕШЕНИЕ\n\nО внесении изменений в положение о комиссии\n", "KOI8-R"), "r.txt");
    EXPECT_EQ(doc.format, prikaz::model::Format::Text);
    EXPECT_EQ(doc.encoding, "KOI8-R");
    EXPECT_EQ(paragraph_texts(doc),
              (std::vector<std::string>{"РЕШЕНИЕ", "О внесении изменений в положение о комиссии"}));
}

TEST(TextReader, UndecodableTextIsRefused) {
    std::string bytes;
    for (int i = 0; i < 300; ++i)
        bytes += static_cast<char>(0xB0 + (i * 7) % 0x30); // box drawing in IBM866 and KOI8-R
    EXPECT_THROW(read_text(bytes, "bad.txt"), prikaz::read::ReadError);
}
