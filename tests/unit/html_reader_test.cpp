#include "read/format_readers.h"
#include "read/read_error.h"
#include "read/reader.h"

#include "test_support.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <stdexcept>

using prikaz::model::Align;
using prikaz::model::Block;
using prikaz::model::Document;
using prikaz::model::Paragraph;
using prikaz::model::Table;
using prikaz::read::read_html;

using prikaz::test::encode;

namespace {

Document html(const std::string &body) {
    return read_html("<html><body>" + body + "</body></html>", "a.html");
}

std::vector<const Paragraph *> paragraphs(const Document &doc) {
    std::vector<const Paragraph *> out;
    for (const Block &b : doc.body)
        if (b.kind == Block::Kind::Paragraph)
            out.push_back(&b.paragraph);
    return out;
}

std::vector<std::string> texts(const Document &doc) {
    std::vector<std::string> out;
    for (const Paragraph *p : paragraphs(doc))
        out.push_back(p->text);
    return out;
}

const Table &first_table(const Document &doc) {
    for (const Block &b : doc.body)
        if (b.kind == Block::Kind::Table)
            return b.table;
    throw std::runtime_error("no table");
}

using K = Block::Kind;

std::vector<K> kinds(const Document &doc) {
    std::vector<K> out;
    for (const Block &b : doc.body)
        out.push_back(b.kind);
    return out;
}

const std::string kRussian = "О внесении изменений в положение о комиссии по делам";

} // namespace

TEST(HtmlReader, MetaCharsetWindows1251) {
    std::string page = "<html><head><meta charset=\"windows-1251\"><title>Окно</title></head>"
                       "<body><p>" +
                       kRussian + "</p></body></html>";
    Document doc = read_html(encode(page, "windows-1251"), "a.html");
    EXPECT_EQ(doc.format, prikaz::model::Format::Html);
    EXPECT_EQ(doc.encoding, "windows-1251");
    EXPECT_EQ(texts(doc), (std::vector<std::string>{kRussian})); // <title> is not text
}

TEST(HtmlReader, HttpEquivContentType) {
    std::string page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                       "charset=koi8-r\"></head><body><p>Да</p></body></html>";
    Document doc = read_html(encode(page, "KOI8-R"), "a.html");
    EXPECT_EQ(doc.encoding, "KOI8-R"); // two letters: only the declaration can tell
    EXPECT_EQ(texts(doc), (std::vector<std::string>{"Да"}));
}

TEST(HtmlReader, Koi8WithoutCharsetIsDetected) {
    std::string page = "<html><body><h1>РЕШЕНИЕ</h1><p>" + kRussian + "</p></body></html>";
    Document doc = read_html(encode(page, "KOI8-R"), "a.html");
    EXPECT_EQ(doc.encoding, "KOI8-R");
    EXPECT_EQ(texts(doc), (std::vector<std::string>{"РЕШЕНИЕ", kRussian}));
}

TEST(HtmlReader, StaleMetaCharsetOnUtf8File) {
    std::string page = "<html><head><meta charset=\"windows-1251\"></head><body><p>" + kRussian +
                       "</p></body></html>";
    Document doc = read_html(page, "a.html");
    EXPECT_EQ(doc.encoding, "UTF-8");
    EXPECT_EQ(texts(doc), (std::vector<std::string>{kRussian}));
}

TEST(HtmlReader, WhitespaceCollapsedAndBrIsLineBreak) {
    Document doc = html("<p>Первая   строка\n   продолжение<br>Вторая&nbsp;строка</p>");
    EXPECT_EQ(texts(doc), (std::vector<std::string>{"Первая строка продолжение\nВторая строка"}));
}

TEST(HtmlReader, HeadingAndAlignment) {
    Document doc = html("<h2 align=\"center\">ПРИКАЗ</h2><p style=\"text-align: justify\">Текст</p>"
                        "<center><p>По центру</p></center><div align=right>Справа</div>");
    auto ps = paragraphs(doc);
    ASSERT_EQ(ps.size(), 4u);
    EXPECT_EQ(ps[0]->heading_level, 2);
    EXPECT_EQ(ps[0]->align, Align::Center);
    EXPECT_EQ(ps[1]->heading_level, 0);
    EXPECT_EQ(ps[1]->align, Align::Justify);
    EXPECT_EQ(ps[2]->align, Align::Center);
    EXPECT_EQ(ps[3]->align, Align::Right);
}

TEST(HtmlReader, BoldAndItalicOnlyForWholeParagraph) {
    Document doc =
        html("<p><b>Весь <span>жирный</span></b></p><p>Частично <b>жирный</b></p>"
             "<p style=\"font-weight:700\">Стиль</p><p><em>Курсив</em> </p>"
             "<p><strong>Жирный <span style=\"font-weight:normal\">нет</span></strong></p>");
    auto ps = paragraphs(doc);
    ASSERT_EQ(ps.size(), 5u);
    EXPECT_TRUE(ps[0]->bold);
    EXPECT_FALSE(ps[1]->bold);
    EXPECT_TRUE(ps[2]->bold);
    EXPECT_TRUE(ps[3]->italic);
    EXPECT_FALSE(ps[3]->bold);
    EXPECT_FALSE(ps[4]->bold);
}

TEST(HtmlReader, NestedOrderedListLabels) {
    Document doc = html("<ol><li>Один</li><li><p>Два</p><p>Продолжение</p>"
                        "<ol type=\"a\"><li>вложенный а</li><li>вложенный б</li></ol></li>"
                        "<li><ol start=\"4\"><li>глубокий</li></ol></li></ol>"
                        "<ol reversed><li>три</li><li>два</li></ol>"
                        "<ul><li>пункт</li></ul><ol type=\"I\" start=\"3\"><li>римский</li></ol>");
    auto ps = paragraphs(doc);
    ASSERT_EQ(ps.size(), 11u);
    auto expect = [&](size_t i, const char *label, int level, const char *text) {
        EXPECT_EQ(ps[i]->label, label) << i;
        EXPECT_EQ(ps[i]->list_level, level) << i;
        EXPECT_EQ(ps[i]->text, text) << i;
        EXPECT_EQ(ps[i]->label_auto, *label != '\0') << i;
    };
    expect(0, "1.", 0, "Один");
    expect(1, "2.", 0, "Два");
    expect(2, "", -1, "Продолжение");
    expect(3, "a.", 1, "вложенный а");
    expect(4, "b.", 1, "вложенный б");
    expect(5, "3.", 0, ""); // item that starts with a nested list keeps its label
    expect(6, "4.", 1, "глубокий");
    expect(7, "2.", 0, "три");
    expect(8, "1.", 0, "два");
    expect(9, "\u2022", 0, "пункт");
    expect(10, "III.", 0, "римский");
}

TEST(HtmlReader, RowspanColspanOccupancyGrid) {
    Document doc = html("<table>"
                        "<tr><td rowspan=\"2\">A</td><td>B</td><td>C</td></tr>"
                        "<tr><td>D</td><td>E</td></tr>"
                        "<tr><td colspan=\"2\">F</td><td rowspan=\"9\">G</td></tr>"
                        "<tr><td>H</td></tr>"
                        "</table>");
    const Table &t = first_table(doc);
    ASSERT_EQ(t.rows.size(), 4u);
    EXPECT_EQ(t.columns, 3);
    EXPECT_EQ(t.rows[0].cells[0].row_span, 2);
    EXPECT_EQ(t.rows[1].cells[0].column, 1); // D is pushed right by A's rowspan
    EXPECT_EQ(t.rows[1].cells[1].column, 2);
    EXPECT_EQ(t.rows[2].cells[0].col_span, 2);
    EXPECT_EQ(t.rows[2].cells[1].column, 2);
    EXPECT_EQ(t.rows[2].cells[1].row_span, 2); // clamped to the rows that exist
    EXPECT_EQ(t.rows[3].cells[0].column, 0);
    EXPECT_EQ(t.rows[3].cells[0].text(), "H");
}

TEST(HtmlReader, TheadRowsAreHeaders) {
    Document doc = html("<table><thead><tr><th>№</th><th>Мероприятие</th></tr></thead>"
                        "<tbody><tr><td>1</td><td>Анализ</td></tr></tbody></table>");
    const Table &t = first_table(doc);
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_TRUE(t.rows[0].header);
    EXPECT_FALSE(t.rows[1].header);
    EXPECT_EQ(t.rows[1].cells[1].text(), "Анализ");
}

TEST(HtmlReader, LeadingThRowsInTableWithTbody) {
    Document doc = html("<table><tbody><tr><th>A</th><th>B</th></tr>"
                        "<tr><th>Раздел</th><td>x</td></tr></tbody></table>");
    const Table &t = first_table(doc);
    EXPECT_TRUE(t.rows[0].header);
    EXPECT_FALSE(t.rows[1].header);
}

TEST(HtmlReader, CaptionAndNestedTable) {
    Document doc = html("<table><caption>Таблица 1</caption><tr><td>внешняя"
                        "<table><tr><td>внутренняя</td></tr></table></td></tr></table>");
    ASSERT_EQ(kinds(doc), (std::vector<K>{K::Paragraph, K::Table}));
    EXPECT_EQ(doc.body[0].paragraph.text, "Таблица 1");
    const auto &cell = first_table(doc).rows[0].cells[0];
    ASSERT_EQ(cell.blocks.size(), 2u);
    EXPECT_EQ(cell.blocks[0].paragraph.text, "внешняя");
    ASSERT_EQ(cell.blocks[1].kind, K::Table);
    EXPECT_EQ(cell.blocks[1].table.rows[0].cells[0].text(), "внутренняя");
}

TEST(HtmlReader, PageBreakStyles) {
    Document doc = html("<p>Один</p><p style=\"page-break-before: always\">Два</p>"
                        "<p style=\"break-after:page\">Три</p><p>Четыре</p>"
                        "<br clear=all style='page-break-before:always'><p>Пять</p>");
    EXPECT_EQ(kinds(doc), (std::vector<K>{K::Paragraph, K::Break, K::Paragraph, K::Paragraph,
                                          K::Break, K::Paragraph, K::Break, K::Paragraph}));
}

TEST(HtmlReader, ScriptsStylesAndCommentsIgnored) {
    Document doc = read_html("<html><head><title>T</title><style>p { color: red }</style>"
                             "<script>document.write('<p>нет</p>')</script></head><body>"
                             "<!-- комментарий --><p>Да</p><script>var x = 1;</script>"
                             "<p>&nbsp;</p></body></html>",
                             "a.html");
    EXPECT_EQ(texts(doc), (std::vector<std::string>{"Да"}));
}

TEST(HtmlReader, PreKeepsLines) {
    Document doc = html("<pre>\nстрока 1\nстрока 2</pre>");
    EXPECT_EQ(texts(doc), (std::vector<std::string>{"строка 1\nстрока 2"}));
}

TEST(HtmlReader, WordConditionalListMarkers) {
    Document doc = html("<p class=MsoListParagraph><![if !supportLists]><span>1.<span>&nbsp;"
                        "</span></span><![endif]>Утвердить положение</p>");
    auto ps = paragraphs(doc);
    ASSERT_EQ(ps.size(), 1u);
    EXPECT_EQ(ps[0]->label, "1."); // typed label, split by finalize
    EXPECT_EQ(ps[0]->text, "Утвердить положение");
    EXPECT_EQ(ps[0]->style, "MsoListParagraph");
}

TEST(HtmlReader, ThroughReadBytes) {
    Document doc =
        prikaz::read::read_bytes("<!DOCTYPE html><html><body><p>Текст</p></body></html>", "a.htm");
    EXPECT_EQ(doc.format, prikaz::model::Format::Html);
    EXPECT_EQ(texts(doc), (std::vector<std::string>{"Текст"}));
}

TEST(HtmlReader, ExcessiveNestingIsRefused) {
    std::string page = "<html><body>";
    for (int i = 0; i < 400; ++i)
        page += "<div>";
    page += "x</body></html>";
    EXPECT_THROW(read_html(page, "deep.html"), prikaz::read::ReadError);
}
