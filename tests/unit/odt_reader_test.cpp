// ODT and FODT readers: lists with LibreOffice's numbering, paragraphs, inline content, tables,
// page breaks, headers and footers, and FODT giving the same model as ODT.
#include "read/odt_numbering.h"
#include "read/reader.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <sstream>

using prikaz::model::Align;
using prikaz::model::Block;
using prikaz::model::Document;
using prikaz::model::HeaderFooter;
using prikaz::model::Paragraph;
using prikaz::read::read_bytes;
using prikaz::read::ReadError;

namespace {

const char *kNamespaces =
    R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
    R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
    R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
    R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
    R"(xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" )"
    R"(xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" )"
    R"(xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" )"
    R"(office:version="1.3")";

// make_odt() declares no draw: or loext: prefix; body fragments that use them declare them here.
const char *kDrawNs = R"(xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0")";
const char *kLoextNs =
    R"(xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0")";

std::string styles_part(const std::string &styles, const std::string &automatic = "",
                        const std::string &master = "") {
    return std::string(R"(<?xml version="1.0" encoding="UTF-8"?><office:document-styles )") +
           kNamespaces + "><office:styles>" + styles + "</office:styles><office:automatic-styles>" +
           automatic + "</office:automatic-styles><office:master-styles>" + master +
           "</office:master-styles></office:document-styles>";
}

std::string flat_document(const std::string &text, const std::string &automatic = "",
                          const std::string &styles = "", const std::string &master = "") {
    return std::string(R"(<?xml version="1.0" encoding="UTF-8"?>)") + "\n<office:document " +
           kNamespaces + R"( office:mimetype="application/vnd.oasis.opendocument.text">)" +
           "\n <office:styles>" + styles + "</office:styles>\n <office:automatic-styles>" +
           automatic + "</office:automatic-styles>\n <office:master-styles>" + master +
           "</office:master-styles>\n <office:body>\n  <office:text>\n" + text +
           "\n  </office:text>\n </office:body>\n</office:document>\n";
}

Document odt(const std::string &text, const std::string &automatic = "",
             const std::string &styles_xml = "") {
    return read_bytes(prikaz::test::make_odt(text, automatic, styles_xml), "t.odt");
}

Document fodt(const std::string &text, const std::string &automatic = "",
              const std::string &styles = "", const std::string &master = "") {
    return read_bytes(flat_document(text, automatic, styles, master), "t.fodt");
}

std::vector<Paragraph> paragraphs(const std::vector<Block> &blocks) {
    std::vector<Paragraph> out;
    for (const Block &b : blocks)
        if (b.kind == Block::Kind::Paragraph)
            out.push_back(b.paragraph);
    return out;
}

// "label|text" of every body paragraph, to compare lists at a glance.
std::vector<std::string> labelled(const Document &doc) {
    std::vector<std::string> out;
    for (const Paragraph &p : paragraphs(doc.body))
        out.push_back(p.label + "|" + p.text);
    return out;
}

void dump_blocks(const std::vector<Block> &blocks, std::ostream &out);

// Everything the model holds, for comparing two readings.
std::string dump(const Document &doc) {
    std::ostringstream out;
    dump_blocks(doc.body, out);
    for (const HeaderFooter &hf : doc.headers_footers) {
        out << (hf.kind == HeaderFooter::Kind::Header ? "header " : "footer ") << hf.type << "\n";
        dump_blocks(hf.blocks, out);
    }
    return out.str();
}

void dump_blocks(const std::vector<Block> &blocks, std::ostream &out) {
    for (const Block &b : blocks) {
        out << b.source.id << " ";
        if (b.kind == Block::Kind::Break) {
            out << "break\n";
        } else if (b.kind == Block::Kind::Paragraph) {
            const Paragraph &p = b.paragraph;
            out << "p[" << p.label << "," << p.label_auto << "," << p.list_level << ","
                << p.heading_level << "," << static_cast<int>(p.align) << "," << p.bold << p.italic
                << "," << p.style << "] " << p.text << "\n";
        } else {
            out << "table " << b.table.columns << "\n";
            for (const auto &row : b.table.rows) {
                out << " row" << (row.header ? " header" : "") << "\n";
                for (const auto &cell : row.cells) {
                    out << "  cell " << cell.column << " " << cell.col_span << "x" << cell.row_span
                        << "\n";
                    dump_blocks(cell.blocks, out);
                }
            }
        }
    }
}

// Word-like multi-level numbering as LibreOffice writes it: 1. / 1.1. / 1.1.1.
const char *kDecimalOutline = R"(<text:list-style style:name="L1">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
  <text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1"
      text:display-levels="2"/>
  <text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1"
      text:display-levels="3"/>
</text:list-style>)";

std::string item(const std::string &text, const std::string &nested = "") {
    return "<text:list-item><text:p>" + text + "</text:p>" + nested + "</text:list-item>";
}

std::string list(const std::string &items, const std::string &attrs = "") {
    return "<text:list " + attrs + ">" + items + "</text:list>";
}

// An item with no paragraph of its own: its first child is a nested list.
std::string wrapper(const std::string &nested_items) {
    return "<text:list-item>" + list(nested_items) + "</text:list-item>";
}

} // namespace

TEST(OdtLists, MultiLevelNumbersWithDisplayLevels) {
    std::string body = list(item("Один", list(item("Один-один", list(item("Глубже"))))) +
                                item("Два") + wrapper(item("Два-один")),
                            R"(text:style-name="L1")");
    Document doc = odt(body, kDecimalOutline);
    EXPECT_EQ(labelled(doc), (std::vector<std::string>{"1.|Один", "1.1.|Один-один", "1.1.1.|Глубже",
                                                       "2.|Два", "2.1.|Два-один"}));
    std::vector<Paragraph> ps = paragraphs(doc.body);
    EXPECT_TRUE(ps[0].label_auto);
    EXPECT_EQ(ps[0].list_level, 0);
    EXPECT_EQ(ps[2].list_level, 2);
    EXPECT_EQ(ps[4].list_level, 1);
}

TEST(OdtLists, ItemWithoutOwnParagraphCountsItsLevelAsUsed) {
    // As LibreOffice shows it: the wrapper item makes the sub-item "1.1." and the next "2.".
    std::string body =
        list(wrapper(item("Подпункт")) + item("Пункт") + wrapper(wrapper(item("Глубокий"))),
             R"(text:style-name="L1")");
    EXPECT_EQ(labelled(odt(body, kDecimalOutline)),
              (std::vector<std::string>{"1.1.|Подпункт", "2.|Пункт", "2.1.1.|Глубокий"}));
}

TEST(OdtLists, ContinueNumberingAndContinueListAcrossLists) {
    std::string body =
        list(item("Первый") + item("Второй", list(item("Вложенный"))),
             R"(xml:id="list1" text:style-name="L1")") +
        "<text:p>Текст между</text:p>" +
        list(wrapper(item("Продолжение вложенного")) + item("Третий"),
             R"(xml:id="list2" text:continue-numbering="true" text:style-name="L1")") +
        list(item("Отдельный"), R"(text:style-name="L1")") +
        list(item("Четвёртый"), R"(text:continue-list="list2" text:style-name="L1")");
    EXPECT_EQ(labelled(odt(body, kDecimalOutline)),
              (std::vector<std::string>{"1.|Первый", "2.|Второй", "2.1.|Вложенный", "|Текст между",
                                        "2.2.|Продолжение вложенного", "3.|Третий", "1.|Отдельный",
                                        "4.|Четвёртый"}));
}

TEST(OdtLists, StartValueRestartsAndLowerLevelsReset) {
    std::string body = list(item("a", list(item("a1") + item("a2"))) +
                                R"(<text:list-item text:start-value="5"><text:p>b</text:p>)" +
                                list(item("b1")) + "</text:list-item>" + item("c"),
                            R"(text:style-name="L1")");
    EXPECT_EQ(labelled(odt(body, kDecimalOutline)),
              (std::vector<std::string>{"1.|a", "1.1.|a1", "1.2.|a2", "5.|b", "5.1.|b1", "6.|c"}));
}

TEST(OdtLists, RussianLettersAsLibreOfficeWritesThem) {
    std::string styles = R"~(<text:list-style style:name="R">
      <text:list-level-style-number text:level="1" style:num-suffix=")"
          style:num-format="а, б, .., аа, аб, ... (ru)"/>
      <text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="А"/>
    </text:list-style>)~";
    std::string body = list(item("первый") + item("второй", list(item("вложенный"))) +
                                R"(<text:list-item text:start-value="10"><text:p>десятый</text:p>)"
                                R"(</text:list-item>)",
                            R"(text:style-name="R")");
    EXPECT_EQ(labelled(odt(body, styles)),
              (std::vector<std::string>{"а)|первый", "б)|второй", "А)|вложенный", "к)|десятый"}));
}

TEST(OdtLists, BulletsMapSymbolFontCharacters) {
    // Symbol/Wingdings private-use characters, as in documents converted from Word.
    std::string styles =
        "<text:list-style style:name=\"B\">"
        "<text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"\uF0B7\"/>"
        "<text:list-level-style-bullet text:level=\"2\" text:bullet-char=\"\uF0FC\"/>"
        "<text:list-level-style-bullet text:level=\"3\" text:bullet-char=\"–\"/>"
        "</text:list-style>";
    std::string body =
        list(item("точка", list(item("галочка", list(item("тире"))))), R"(text:style-name="B")");
    EXPECT_EQ(labelled(odt(body, styles)),
              (std::vector<std::string>{"•|точка", "✓|галочка", "–|тире"}));
}

TEST(OdtLists, ListStyleNamedByTheParagraphStyle) {
    std::string automatic = std::string(kDecimalOutline) +
                            R"(<style:style style:name="P1" style:family="paragraph")"
                            R"( style:parent-style-name="Standard" style:list-style-name="L1"/>)";
    std::string body = "<text:list><text:list-item><text:p text:style-name=\"P1\">один</text:p>"
                       "</text:list-item><text:list-item><text:p text:style-name=\"P1\">два"
                       "</text:p></text:list-item></text:list>";
    EXPECT_EQ(labelled(odt(body, automatic)), (std::vector<std::string>{"1.|один", "2.|два"}));
}

TEST(OdtLists, HeaderItemsAndFurtherParagraphsHaveNoLabel) {
    std::string body = list("<text:list-header><text:p>Заголовок списка</text:p>"
                            "</text:list-header><text:list-item><text:p>первый</text:p>"
                            "<text:p>продолжение</text:p></text:list-item>" +
                                item("второй"),
                            R"(text:style-name="L1")");
    Document doc = odt(body, kDecimalOutline);
    EXPECT_EQ(labelled(doc), (std::vector<std::string>{"|Заголовок списка", "1.|первый",
                                                       "|продолжение", "2.|второй"}));
    EXPECT_EQ(paragraphs(doc.body)[2].list_level, 0);
    EXPECT_FALSE(paragraphs(doc.body)[2].label_auto);
}

TEST(OdtLists, UnnumberedLevelsAndLibreOfficeListFormat) {
    // Level 2 has no number: display-levels skips it, the list format drops its separator.
    std::string styles = std::string(R"(<text:list-style style:name="N" )") + kLoextNs + R"(>
      <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
      <text:list-level-style-number text:level="2" style:num-format=""/>
      <text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="i"
          text:display-levels="3"/>
    </text:list-style>
    <text:list-style style:name="F" )" +
                         kLoextNs + R"~(>
      <text:list-level-style-number text:level="1" loext:num-list-format="%1%."
          style:num-suffix="." style:num-format="а, б, .., аа, аб, ... (ru)"/>
      <text:list-level-style-number text:level="2" loext:num-list-format="%1%.%2%"
          style:num-format="1" text:display-levels="2"/>
    </text:list-style>)~";
    std::string body =
        list(item("a") + item("b", list(item("без номера", list(item("римский"))))),
             R"(text:style-name="N")") +
        list(item("раз") + item("два", list(item("два-один"))), R"(text:style-name="F")");
    EXPECT_EQ(labelled(odt(body, styles)),
              (std::vector<std::string>{"1.|a", "2.|b", "|без номера", "2.i.|римский", "а.|раз",
                                        "б.|два", "б.1|два-один"}));
}

TEST(OdtNumbering, FormatsCountersLikeLibreOffice) {
    using prikaz::read::odt::format_number;
    EXPECT_EQ(format_number(3, "1", false), "3");
    EXPECT_EQ(format_number(28, "a", false), "ab");
    EXPECT_EQ(format_number(28, "A", true), "BB");
    EXPECT_EQ(format_number(1994, "i", false), "mcmxciv");
    EXPECT_EQ(format_number(4, "I", false), "IV");
    EXPECT_EQ(format_number(9, "а", false), "и");
    EXPECT_EQ(format_number(10, "а", false), "к"); // й is skipped
    EXPECT_EQ(format_number(30, "А, Б, .., Аа, Аб, ... (ru)", false), "Аа");
    EXPECT_EQ(format_number(7, "01, 02, 03, ...", false), "07");
    EXPECT_EQ(format_number(5, "", false), "");
}

TEST(OdtParagraphs, HeadingsStylesAndAlignment) {
    std::string styles =
        styles_part(R"(<style:style style:name="Heading_20_2" style:display-name="Heading 2")"
                    R"( style:family="paragraph" style:default-outline-level="2"/>)"
                    R"(<style:style style:name="Subheading" style:family="paragraph")"
                    R"( style:parent-style-name="Heading_20_2"/>)"
                    R"(<style:style style:name="Centered" style:family="paragraph">)"
                    R"(<style:paragraph-properties fo:text-align="center"/></style:style>)");
    std::string automatic =
        R"(<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Centered"/>)"
        R"(<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Centered">)"
        R"(<style:paragraph-properties fo:text-align="justify"/></style:style>)"
        R"(<style:style style:name="P3" style:family="paragraph"><style:paragraph-properties)"
        R"( fo:text-align="end"/></style:style>)"
        R"(<style:style style:name="P4" style:family="paragraph")"
        R"( style:parent-style-name="Heading_20_2" style:default-outline-level=""/>)";
    std::string body = R"(<text:h text:outline-level="1">ПРИКАЗ</text:h>)"
                       R"(<text:p text:style-name="Subheading">Раздел</text:p>)"
                       R"(<text:p text:style-name="P1">по центру</text:p>)"
                       R"(<text:p text:style-name="P2">по ширине</text:p>)"
                       R"(<text:p text:style-name="P3">справа</text:p>)"
                       R"(<text:p>обычный</text:p>)"
                       R"(<text:p text:style-name="P4">уровень снят</text:p>)";
    std::vector<Paragraph> ps = paragraphs(odt(body, automatic, styles).body);
    ASSERT_EQ(ps.size(), 7u);
    EXPECT_EQ(ps[0].heading_level, 1);
    EXPECT_EQ(ps[1].heading_level, 2);
    EXPECT_EQ(ps[1].style, "Subheading");
    EXPECT_EQ(ps[2].style, "Centered"); // the automatic style is named by its parent
    EXPECT_EQ(ps[2].align, Align::Center);
    EXPECT_EQ(ps[3].align, Align::Justify);
    EXPECT_EQ(ps[3].style, "Centered");
    EXPECT_EQ(ps[4].align, Align::Right);
    EXPECT_EQ(ps[5].align, Align::Unspecified);
    EXPECT_EQ(ps[5].heading_level, 0);
    EXPECT_EQ(ps[6].heading_level, 0);
    EXPECT_EQ(ps[6].style, "Heading 2");
}

TEST(OdtParagraphs, OutlineStyleNumbersHeadings) {
    std::string styles = styles_part(R"(<text:outline-style style:name="Outline">
      <text:outline-level-style text:level="1" style:num-suffix="." style:num-format="I"/>
      <text:outline-level-style text:level="2" style:num-suffix="." style:num-format="1"
          text:display-levels="2"/></text:outline-style>)");
    std::string body = R"(<text:h text:outline-level="1">Общие положения</text:h>)"
                       R"(<text:h text:outline-level="2">Цели</text:h>)"
                       R"(<text:h text:outline-level="1">Порядок</text:h>)";
    EXPECT_EQ(labelled(odt(body, "", styles)),
              (std::vector<std::string>{"I.|Общие положения", "I.1.|Цели", "II.|Порядок"}));
}

TEST(OdtParagraphs, SpacesTabsAndLineBreaks) {
    std::string body = "<text:p>Приказ<text:s text:c=\"3\"/>№<text:s/>5<text:tab/>от\n"
                       "  даты<text:line-break/>вторая строка</text:p>";
    std::vector<Paragraph> ps = paragraphs(odt(body).body);
    ASSERT_EQ(ps.size(), 1u);
    EXPECT_EQ(ps[0].text, "Приказ № 5\tот даты\nвторая строка");
}

TEST(OdtParagraphs, SpansBoldAndItalicOnlyWhenWhole) {
    std::string automatic =
        R"(<style:style style:name="T1" style:family="text"><style:text-properties)"
        R"( fo:font-weight="bold"/></style:style>)"
        R"(<style:style style:name="T2" style:family="text"><style:text-properties)"
        R"( fo:font-style="italic" fo:font-weight="bold"/></style:style>)"
        R"(<style:style style:name="P1" style:family="paragraph"><style:text-properties)"
        R"( fo:font-style="italic"/></style:style>)";
    std::string body =
        R"(<text:p><text:span text:style-name="T1">Весь</text:span> <text:span)"
        R"( text:style-name="T2">жирный</text:span></text:p>)"
        R"(<text:p><text:span text:style-name="T1">Частично</text:span> обычный</text:p>)"
        R"(<text:p text:style-name="P1">Курсив <text:a xlink:href="x" xmlns:xlink="http://www.w3.org/1999/xlink">ссылка</text:a></text:p>)";
    std::vector<Paragraph> ps = paragraphs(odt(body, automatic).body);
    ASSERT_EQ(ps.size(), 3u);
    EXPECT_EQ(ps[0].text, "Весь жирный");
    EXPECT_TRUE(ps[0].bold);
    EXPECT_FALSE(ps[0].italic);
    EXPECT_FALSE(ps[1].bold);
    EXPECT_TRUE(ps[2].italic);
    EXPECT_EQ(ps[2].text, "Курсив ссылка");
}

TEST(OdtParagraphs, NotesBookmarksAndTrackedChangesAreNotText) {
    std::string body =
        R"(<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>)"
        R"(<text:p>удалённый текст</text:p></text:deletion></text:changed-region>)"
        R"(</text:tracked-changes>)"
        R"(<text:p>Текст<text:bookmark text:name="b"/><text:note text:note-class="footnote">)"
        R"(<text:note-citation>1</text:note-citation><text:note-body><text:p>сноска</text:p>)"
        R"(</text:note-body></text:note> с <text:change text:change-id="c1"/>правкой)"
        R"(<text:soft-page-break/> и <text:date>01.02.2024</text:date> <text:page-number>3)"
        R"(</text:page-number></text:p>)";
    EXPECT_EQ(labelled(odt(body)), (std::vector<std::string>{"|Текст с правкой и 01.02.2024 3"}));
}

TEST(OdtParagraphs, TextBoxParagraphsFollowTheAnchor) {
    std::string body = std::string("<text:p>До рамки<draw:frame ") + kDrawNs +
                       R"( draw:name="f"><draw:text-box><text:p>В рамке</text:p>)"
                       R"(<text:p>Ещё</text:p></draw:text-box></draw:frame> после</text:p>)"
                       R"(<text:p>Следующий</text:p>)";
    EXPECT_EQ(labelled(odt(body)),
              (std::vector<std::string>{"|До рамки после", "|В рамке", "|Ещё", "|Следующий"}));
}

TEST(OdtParagraphs, EmptyParagraphsAndHiddenSectionsAreDropped) {
    std::string body = "<text:p/><text:p> <text:s/> </text:p><text:p>текст</text:p>"
                       "<text:section text:name=\"S\"><text:p>в разделе</text:p></text:section>"
                       "<text:section text:name=\"H\" text:display=\"none\"><text:p>скрытый"
                       "</text:p></text:section>";
    EXPECT_EQ(labelled(odt(body)), (std::vector<std::string>{"|текст", "|в разделе"}));
}

TEST(OdtTables, SpansCoveredCellsHeaderRowsAndRepeatedColumns) {
    std::string body = R"(<table:table table:name="T">
      <table:table-column table:number-columns-repeated="3"/><table:table-column/>
      <table:table-header-rows><table:table-row>
        <table:table-cell table:number-columns-spanned="2"><text:p>Шапка</text:p></table:table-cell>
        <table:covered-table-cell/>
        <table:table-cell><text:p>Ш3</text:p></table:table-cell>
        <table:table-cell><text:p>Ш4</text:p></table:table-cell>
      </table:table-row></table:table-header-rows>
      <table:table-row>
        <table:table-cell table:number-rows-spanned="2"><text:p>Слитая</text:p></table:table-cell>
        <table:table-cell table:number-columns-repeated="2"><text:p>x</text:p></table:table-cell>
        <table:table-cell/>
      </table:table-row>
      <table:table-row>
        <table:covered-table-cell/>
        <table:table-cell table:number-columns-repeated="2"/>
        <table:table-cell><text:p>последняя</text:p></table:table-cell>
      </table:table-row>
    </table:table>)";
    Document doc = odt(body);
    ASSERT_EQ(doc.body.size(), 1u);
    const auto &t = doc.body[0].table;
    EXPECT_EQ(t.columns, 4);
    ASSERT_EQ(t.rows.size(), 3u);
    EXPECT_TRUE(t.rows[0].header);
    EXPECT_FALSE(t.rows[1].header);
    ASSERT_EQ(t.rows[0].cells.size(), 3u);
    EXPECT_EQ(t.rows[0].cells[0].col_span, 2);
    EXPECT_EQ(t.rows[0].cells[1].column, 2);
    EXPECT_EQ(t.rows[0].cells[2].text(), "Ш4");
    ASSERT_EQ(t.rows[1].cells.size(), 4u);
    EXPECT_EQ(t.rows[1].cells[0].row_span, 2);
    EXPECT_EQ(t.rows[1].cells[1].column, 1);
    EXPECT_EQ(t.rows[1].cells[2].column, 2);
    EXPECT_EQ(t.rows[1].cells[2].text(), "x");
    EXPECT_EQ(t.rows[1].cells[3].column, 3);
    const auto &last = t.rows[2].cells.back();
    EXPECT_EQ(last.column, 3);
    EXPECT_EQ(last.text(), "последняя");
    EXPECT_EQ(t.rows[2].cells.front().column, 1); // covered cell skipped but counted
}

TEST(OdtTables, NestedTableIsABlockOfTheCell) {
    std::string body = R"(<table:table><table:table-column table:number-columns-repeated="2"/>
      <table:table-row><table:table-cell><text:p>внешняя</text:p><table:table>
        <table:table-column/><table:table-row><table:table-cell><text:p>внутренняя</text:p>
        </table:table-cell></table:table-row></table:table></table:table-cell>
        <table:table-cell><text:list text:style-name="L1"><text:list-item><text:p>пункт</text:p>
        </text:list-item></text:list></table:table-cell></table:table-row></table:table>)";
    Document doc = odt(body, kDecimalOutline);
    const auto &cell = doc.body.at(0).table.rows.at(0).cells.at(0);
    ASSERT_EQ(cell.blocks.size(), 2u);
    EXPECT_EQ(cell.blocks[1].kind, Block::Kind::Table);
    EXPECT_EQ(cell.blocks[1].table.rows.at(0).cells.at(0).text(), "внутренняя");
    EXPECT_EQ(cell.blocks[1].source.id, "b0/r0/c0/b1");
    EXPECT_EQ(doc.body[0].table.rows[0].cells.at(1).text(), "1. пункт");
}

TEST(OdtTables, RepeatedRowsOnlyWhenTheyHaveContent) {
    std::string body = R"(<table:table><table:table-column table:number-columns-repeated="1024"/>
      <table:table-row table:number-rows-repeated="3"><table:table-cell><text:p>повтор</text:p>
      </table:table-cell><table:table-cell table:number-columns-repeated="1023"/></table:table-row>
      <table:table-row table:number-rows-repeated="1048576"><table:table-cell
        table:number-columns-repeated="1024"/></table:table-row></table:table>)";
    Document doc = odt(body);
    const auto &t = doc.body.at(0).table;
    ASSERT_EQ(t.rows.size(), 4u);
    EXPECT_EQ(t.rows[2].cells.at(0).text(), "повтор");
    EXPECT_EQ(t.rows[3].cells.size(), 1u);
}

TEST(OdtBreaks, BreakBeforeAfterAndMasterPage) {
    std::string automatic =
        R"(<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties)"
        R"( fo:break-before="page"/></style:style>)"
        R"(<style:style style:name="P2" style:family="paragraph"><style:paragraph-properties)"
        R"( fo:break-after="page"/></style:style>)"
        R"(<style:style style:name="P3" style:family="paragraph")"
        R"( style:master-page-name="Standard"/>)";
    std::string body = R"(<text:p text:style-name="P3">первый</text:p>)"
                       R"(<text:p text:style-name="P1">второй</text:p>)"
                       R"(<text:p text:style-name="P2">третий</text:p>)"
                       R"(<text:p text:style-name="P3">четвёртый</text:p>)";
    Document doc = odt(body, automatic);
    std::vector<Block::Kind> kinds;
    for (const Block &b : doc.body)
        kinds.push_back(b.kind);
    using K = Block::Kind;
    EXPECT_EQ(kinds, (std::vector<K>{K::Paragraph, K::Break, K::Paragraph, K::Paragraph, K::Break,
                                     K::Paragraph}));
}

TEST(OdtHeadersFooters, FromMasterPagesNotInBody) {
    // styles.xml has its own automatic "P1", distinct from content.xml's "P1".
    std::string styles = styles_part(
        "",
        R"(<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties)"
        R"( fo:text-align="center"/></style:style>)",
        R"(<style:master-page style:name="Standard"><style:header><text:p text:style-name="P1">)"
        R"(Верхний колонтитул</text:p></style:header><style:header-first><text:p>Первая)"
        R"(</text:p></style:header-first><style:footer><text:p>Стр. <text:page-number>1)"
        R"(</text:page-number></text:p></style:footer><style:footer-left style:display="false">)"
        R"(<text:p>скрыт</text:p></style:footer-left></style:master-page>)");
    std::string automatic =
        R"(<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties)"
        R"( fo:text-align="end"/></style:style>)";
    Document doc = odt(R"(<text:p text:style-name="P1">Тело</text:p>)", automatic, styles);
    EXPECT_EQ(labelled(doc), (std::vector<std::string>{"|Тело"}));
    EXPECT_EQ(doc.body[0].paragraph.align, Align::Right);
    ASSERT_EQ(doc.headers_footers.size(), 3u);
    EXPECT_EQ(doc.headers_footers[0].kind, HeaderFooter::Kind::Header);
    EXPECT_EQ(doc.headers_footers[0].type, "default");
    EXPECT_EQ(doc.headers_footers[0].blocks.at(0).paragraph.text, "Верхний колонтитул");
    EXPECT_EQ(doc.headers_footers[0].blocks.at(0).paragraph.align, Align::Center);
    EXPECT_EQ(doc.headers_footers[0].blocks.at(0).source.id, "h0/b0");
    EXPECT_EQ(doc.headers_footers[1].type, "first");
    EXPECT_EQ(doc.headers_footers[2].kind, HeaderFooter::Kind::Footer);
    EXPECT_EQ(doc.headers_footers[2].blocks.at(0).paragraph.text, "Стр. 1");
}

TEST(Fodt, GivesTheSameModelAsOdt) {
    std::string named = R"(<style:style style:name="Heading_20_1" style:display-name="Heading 1")"
                        R"( style:family="paragraph" style:default-outline-level="1"/>)";
    std::string automatic =
        std::string(kDecimalOutline) +
        R"(<style:style style:name="P1" style:family="paragraph" style:parent-style-name=)"
        R"("Heading_20_1"><style:paragraph-properties fo:text-align="center"/></style:style>)"
        R"(<style:style style:name="P2" style:family="paragraph"><style:paragraph-properties)"
        R"( fo:break-before="page"/></style:style>)";
    std::string master = R"(<style:master-page style:name="Standard"><style:footer>)"
                         R"(<text:p>подвал</text:p></style:footer></style:master-page>)";
    std::string body =
        R"(<text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls>)"
        R"(<text:h text:style-name="P1" text:outline-level="1">ПРИКАЗ</text:h>)" +
        list(item("Один", list(item("Один-один"))) + item("Два"), R"(text:style-name="L1")") +
        R"(<text:p text:style-name="P2">С новой<text:tab/>страницы</text:p>)"
        R"(<table:table><table:table-column/><table:table-row><table:table-cell>)"
        R"(<text:p>ячейка</text:p></table:table-cell></table:table-row></table:table>)";
    Document from_odt = odt(body, automatic, styles_part(named, "", master));
    Document from_fodt = fodt(body, automatic, named, master);
    EXPECT_EQ(from_fodt.format, prikaz::model::Format::Fodt);
    EXPECT_EQ(from_odt.format, prikaz::model::Format::Odt);
    EXPECT_EQ(from_fodt.source_name, "t.fodt");
    EXPECT_EQ(dump(from_fodt), dump(from_odt));
    EXPECT_EQ(labelled(from_fodt), (std::vector<std::string>{"|ПРИКАЗ", "1.|Один", "1.1.|Один-один",
                                                             "2.|Два", "|С новой\tстраницы"}));
    EXPECT_EQ(from_fodt.headers_footers.size(), 1u);
}

TEST(Fodt, SpreadsheetIsRefused) {
    std::string xml = std::string(R"(<?xml version="1.0"?><office:document )") + kNamespaces +
                      "><office:body><office:spreadsheet/></office:body></office:document>";
    EXPECT_THROW(read_bytes(xml, "t.fods"), ReadError);
}

TEST(OdtErrors, MissingContentXmlNamesTheFile) {
    std::string bytes = prikaz::test::make_zip(
        {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"styles.xml", "<a/>"}});
    try {
        read_bytes(bytes, "broken.odt");
        FAIL() << "expected ReadError";
    } catch (const ReadError &e) {
        EXPECT_EQ(e.file(), "broken.odt");
        EXPECT_NE(e.problem().find("content.xml"), std::string::npos);
    }
}

TEST(OdtErrors, MalformedContentIsAReadError) {
    std::string bytes =
        prikaz::test::make_zip({{"mimetype", "application/vnd.oasis.opendocument.text"},
                                {"content.xml", "<office:document-content><office:body><text:p>"}});
    EXPECT_THROW(read_bytes(bytes, "bad.odt"), ReadError);
    EXPECT_THROW(read_bytes(flat_document("<text:p>unclosed"), "bad.fodt"), ReadError);
}

TEST(OdtErrors, EncryptedPackageIsRefusedClearly) {
    std::string manifest =
        R"(<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">)"
        R"(<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">)"
        R"(<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>)"
        R"(</manifest:file-entry></manifest:manifest>)";
    std::string bytes =
        prikaz::test::make_zip({{"mimetype", "application/vnd.oasis.opendocument.text"},
                                {"content.xml", "\x01\x02 not xml"},
                                {"META-INF/manifest.xml", manifest}});
    try {
        read_bytes(bytes, "secret.odt");
        FAIL() << "expected ReadError";
    } catch (const ReadError &e) {
        EXPECT_NE(e.problem().find("password"), std::string::npos) << e.what();
    }
}
