// DOCX reader: packages are built in memory around w:body fragments, so every test states the
// exact WordprocessingML it reads.
#include "read/reader.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using prikaz::model::Block;
using prikaz::model::Document;
using prikaz::model::Paragraph;
using prikaz::test::make_docx;
using prikaz::test::ZipEntries;

namespace {

const std::string kW = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

Document read_docx_bytes(const std::string &body, const ZipEntries &parts = {}) {
    return prikaz::read::read_bytes(make_docx(body, parts), "test.docx");
}

std::string para(const std::string &text, const std::string &ppr = "",
                 const std::string &rpr = "") {
    return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + "<w:r>" +
           (rpr.empty() ? "" : "<w:rPr>" + rpr + "</w:rPr>") + "<w:t xml:space=\"preserve\">" +
           text + "</w:t></w:r></w:p>";
}

std::string num_pr(int num_id, int level) {
    return "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
           std::to_string(num_id) + "\"/></w:numPr>";
}

std::string list_para(const std::string &text, int num_id, int level) {
    return para(text, num_pr(num_id, level));
}

std::string level(int ilvl, const std::string &fmt, const std::string &text, int start = 1,
                  const std::string &extra = "") {
    return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"" +
           std::to_string(start) + "\"/><w:numFmt w:val=\"" + fmt + "\"/><w:lvlText w:val=\"" +
           text + "\"/>" + extra + "</w:lvl>";
}

std::string abstract_num(int id, const std::string &levels) {
    return "<w:abstractNum w:abstractNumId=\"" + std::to_string(id) + "\">" + levels +
           "</w:abstractNum>";
}

std::string num(int num_id, int abstract_id, const std::string &overrides = "") {
    return "<w:num w:numId=\"" + std::to_string(num_id) + "\"><w:abstractNumId w:val=\"" +
           std::to_string(abstract_id) + "\"/>" + overrides + "</w:num>";
}

std::pair<std::string, std::string> numbering_part(const std::string &content) {
    return {"word/numbering.xml", "<w:numbering " + kW + ">" + content + "</w:numbering>"};
}

std::pair<std::string, std::string> styles_part(const std::string &content) {
    return {"word/styles.xml", "<w:styles " + kW + ">" + content + "</w:styles>"};
}

std::vector<const Paragraph *> paragraphs(const std::vector<Block> &blocks) {
    std::vector<const Paragraph *> out;
    for (const Block &b : blocks)
        if (b.kind == Block::Kind::Paragraph)
            out.push_back(&b.paragraph);
    return out;
}

std::vector<std::string> labels(const Document &doc) {
    std::vector<std::string> out;
    for (const Paragraph *p : paragraphs(doc.body))
        out.push_back(p->label);
    return out;
}

std::vector<std::string> texts(const std::vector<Block> &blocks) {
    std::vector<std::string> out;
    for (const Block &b : blocks)
        out.push_back(b.kind == Block::Kind::Paragraph ? b.paragraph.text
                      : b.kind == Block::Kind::Table   ? "<table>"
                                                       : "<break>");
    return out;
}

using Strings = std::vector<std::string>;

} // namespace

// ---------------------------------------------------------------------------------------------
// Numbering

TEST(DocxNumbering, MultiLevelDecimalLabelsFollowWordCounters) {
    auto numbering =
        numbering_part(abstract_num(1, level(0, "decimal", "%1.") + level(1, "decimal", "%1.%2.") +
                                           level(2, "decimal", "%1.%2.%3.")) +
                       num(1, 1));
    Document doc =
        read_docx_bytes(list_para("a", 1, 0) + list_para("b", 1, 1) + list_para("c", 1, 2) +
                            list_para("d", 1, 0) + list_para("e", 1, 1),
                        {numbering});
    EXPECT_EQ(labels(doc), (Strings{"1.", "1.1.", "1.1.1.", "2.", "2.1."}));
    auto ps = paragraphs(doc.body);
    ASSERT_EQ(ps.size(), 5u);
    EXPECT_TRUE(ps[2]->label_auto);
    EXPECT_EQ(ps[2]->list_level, 2);
    EXPECT_EQ(ps[2]->text, "c");
}

TEST(DocxNumbering, NumsSharingAnAbstractContinueUnlessStartOverride) {
    auto numbering = numbering_part(
        abstract_num(1, level(0, "decimal", "%1.")) + num(1, 1) + num(2, 1) +
        num(3, 1, R"(<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>)"));
    Document doc =
        read_docx_bytes(list_para("a", 1, 0) + list_para("b", 1, 0) + list_para("c", 2, 0) +
                            list_para("d", 3, 0) + list_para("e", 3, 0),
                        {numbering});
    EXPECT_EQ(labels(doc), (Strings{"1.", "2.", "3.", "1.", "2."}));
}

TEST(DocxNumbering, LettersRussianLettersRomanAndStart) {
    auto numbering = numbering_part(abstract_num(1, level(0, "lowerLetter", "%1)")) +
                                    abstract_num(2, level(0, "russianLower", "%1)")) +
                                    abstract_num(3, level(0, "upperRoman", "%1.", 3)) + num(1, 1) +
                                    num(2, 2) + num(3, 3));
    std::string body;
    for (int i = 0; i < 2; ++i)
        body += list_para("x", 1, 0);
    for (int i = 0; i < 11; ++i)
        body += list_para("y", 2, 0);
    body += list_para("z", 3, 0) + list_para("z", 3, 0);
    Document doc = read_docx_bytes(body, {numbering});
    EXPECT_EQ(labels(doc), (Strings{"a)", "b)", "а)", "б)", "в)", "г)", "д)", "е)", "ж)", "з)",
                                    "и)", "к)", "л)", "III.", "IV."}));
}

TEST(DocxNumbering, SymbolBulletMapsToUnicode) {
    auto numbering = numbering_part(
        abstract_num(1, level(0, "bullet", "\xEF\x82\xB7", 1,
                              R"(<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr>)") +
                            level(1, "bullet", "\xEF\x83\xBC")) +
        num(1, 1));
    Document doc =
        read_docx_bytes(list_para("first", 1, 0) + list_para("second", 1, 1), {numbering});
    EXPECT_EQ(labels(doc), (Strings{"•", "✓"}));
}

TEST(DocxNumbering, InheritedFromParagraphStyleThroughBasedOn) {
    auto numbering = numbering_part(
        abstract_num(1, level(0, "decimal", "%1.") + level(1, "decimal", "%1.%2.")) + num(5, 1));
    auto styles = styles_part(
        R"(<w:style w:type="paragraph" w:styleId="Item"><w:name w:val="List Item"/>)"
        R"(<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>)"
        R"(<w:style w:type="paragraph" w:styleId="SubItem"><w:name w:val="Sub Item"/>)"
        R"(<w:basedOn w:val="Item"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr>)"
        R"(</w:style>)");
    Document doc = read_docx_bytes(para("one", R"(<w:pStyle w:val="Item"/>)") +
                                       para("sub", R"(<w:pStyle w:val="SubItem"/>)") +
                                       para("two", R"(<w:pStyle w:val="Item"/>)") +
                                       para("off", R"(<w:pStyle w:val="Item"/>)" + num_pr(0, 0)),
                                   {numbering, styles});
    EXPECT_EQ(labels(doc), (Strings{"1.", "1.1.", "2.", ""}));
    EXPECT_EQ(paragraphs(doc.body)[1]->style, "Sub Item");
}

TEST(DocxNumbering, LevelRestartAndLegalNumbering) {
    auto numbering = numbering_part(
        abstract_num(1, level(0, "upperRoman", "%1.") +
                            level(1, "decimal", "%1.%2.", 1, R"(<w:isLgl/>)") +
                            level(2, "lowerLetter", "%3)", 1, R"(<w:lvlRestart w:val="1"/>)")) +
        num(1, 1));
    Document doc = read_docx_bytes(
        list_para("a", 1, 0) + list_para("b", 1, 1) + list_para("c", 1, 2) + list_para("d", 1, 1) +
            list_para("e", 1, 2) + list_para("f", 1, 0) + list_para("g", 1, 2),
        {numbering});
    // Level 3 restarts only after level 1, so the second level-2 item does not reset it.
    EXPECT_EQ(labels(doc), (Strings{"I.", "1.1.", "a)", "1.2.", "b)", "II.", "a)"}));
}

TEST(DocxNumbering, MissingNumberingPartOrUnknownIdGivesNoLabel) {
    Document no_part = read_docx_bytes(list_para("item", 7, 0));
    ASSERT_EQ(paragraphs(no_part.body).size(), 1u);
    EXPECT_EQ(paragraphs(no_part.body)[0]->label, "");
    EXPECT_EQ(paragraphs(no_part.body)[0]->text, "item");

    auto numbering = numbering_part(abstract_num(1, level(0, "decimal", "%1.")) + num(1, 9));
    Document unknown = read_docx_bytes(list_para("a", 1, 0) + list_para("b", 4, 0), {numbering});
    EXPECT_EQ(labels(unknown), (Strings{"", ""}));
}

TEST(DocxNumbering, LabelWithoutTextIsKeptEmptyParagraphDropped) {
    auto numbering = numbering_part(abstract_num(1, level(0, "decimal", "%1.")) + num(1, 1));
    Document doc = read_docx_bytes(R"(<w:p><w:pPr>)" + num_pr(1, 0) +
                                       R"(</w:pPr></w:p><w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>)" +
                                       list_para("b", 1, 0),
                                   {numbering});
    EXPECT_EQ(labels(doc), (Strings{"1.", "2."}));
    EXPECT_EQ(texts(doc.body), (Strings{"", "b"}));
}

// ---------------------------------------------------------------------------------------------
// Paragraph properties

TEST(DocxParagraphs, HeadingsFromStyleNamesAndOutlineLevels) {
    auto styles = styles_part(
        R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>)"
        R"(<w:pPr><w:jc w:val="both"/></w:pPr></w:style>)"
        R"(<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/>)"
        R"(<w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>)"
        R"(<w:style w:type="paragraph" w:styleId="Ru2"><w:name w:val="Заголовок 2"/></w:style>)"
        R"(<w:style w:type="paragraph" w:styleId="Custom"><w:name w:val="Раздел"/>)"
        R"(<w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>)"
        R"(<w:style w:type="paragraph" w:styleId="Derived"><w:name w:val="Derived"/>)"
        R"(<w:basedOn w:val="Custom"/></w:style>)");
    Document doc = read_docx_bytes(para("Title", R"(<w:pStyle w:val="1"/>)") +
                                       para("Sub", R"(<w:pStyle w:val="Ru2"/>)") +
                                       para("Deep", R"(<w:pStyle w:val="Derived"/>)") +
                                       para("Direct", R"(<w:outlineLvl w:val="0"/>)") +
                                       para("Body") + para("Right", R"(<w:jc w:val="right"/>)"),
                                   {styles});
    auto ps = paragraphs(doc.body);
    ASSERT_EQ(ps.size(), 6u);
    EXPECT_EQ(ps[0]->heading_level, 1);
    EXPECT_EQ(ps[0]->style, "heading 1");
    EXPECT_EQ(ps[0]->align, prikaz::model::Align::Center);
    EXPECT_EQ(ps[1]->heading_level, 2);
    EXPECT_EQ(ps[2]->heading_level, 3);
    EXPECT_EQ(ps[3]->heading_level, 1);
    EXPECT_EQ(ps[4]->heading_level, 0);
    EXPECT_EQ(ps[4]->align, prikaz::model::Align::Justify);
    EXPECT_EQ(ps[5]->align, prikaz::model::Align::Right);
}

TEST(DocxParagraphs, BoldOnlyWhenEveryVisibleRunIsBold) {
    auto styles =
        styles_part(R"(<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/>)"
                    R"(<w:rPr><w:b/></w:rPr></w:style>)"
                    R"(<w:style w:type="paragraph" w:styleId="Bold"><w:name w:val="Bold para"/>)"
                    R"(<w:rPr><w:b/><w:i/></w:rPr></w:style>)");
    std::string all_bold =
        R"(<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>ПРИКАЗ</w:t></w:r>)"
        R"(<w:r><w:t xml:space="preserve"> </w:t></w:r>)"
        R"(<w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>№ 5</w:t></w:r></w:p>)";
    std::string mixed = R"(<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Жирный</w:t></w:r>)"
                        R"(<w:r><w:t xml:space="preserve"> обычный</w:t></w:r></w:p>)";
    std::string style_bold_off =
        R"(<w:p><w:pPr><w:pStyle w:val="Bold"/></w:pPr>)"
        R"(<w:r><w:t>all</w:t></w:r>)"
        R"(<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>not</w:t></w:r></w:p>)";
    Document doc = read_docx_bytes(all_bold + mixed + style_bold_off, {styles});
    auto ps = paragraphs(doc.body);
    ASSERT_EQ(ps.size(), 3u);
    EXPECT_TRUE(ps[0]->bold);
    EXPECT_FALSE(ps[0]->italic);
    EXPECT_FALSE(ps[1]->bold);
    EXPECT_FALSE(ps[2]->bold);
    EXPECT_TRUE(ps[2]->italic);
}

// ---------------------------------------------------------------------------------------------
// Text content

TEST(DocxText, TabsBreaksSymbolsAndHyphens) {
    Document doc = read_docx_bytes(
        R"(<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t>)"
        R"(<w:noBreakHyphen/><w:t>e</w:t><w:softHyphen/><w:t>f</w:t></w:r></w:p>)"
        R"(<w:p><w:r><w:t xml:space="preserve">x </w:t><w:sym w:font="Symbol" w:char="F0B3"/>)"
        R"(<w:t xml:space="preserve"> 5 </w:t><w:sym w:font="Wingdings" w:char="F0FC"/>)"
        R"(<w:sym w:font="Times New Roman" w:char="2014"/></w:r></w:p>)");
    EXPECT_EQ(texts(doc.body), (Strings{"a\tb\nc\nd-ef", "x ≥ 5 ✓—"}));
}

TEST(DocxText, FieldResultKeptInstructionDropped) {
    Document doc = read_docx_bytes(
        R"(<w:p><w:r><w:t xml:space="preserve">Стр. </w:t></w:r>)"
        R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r>)"
        R"(<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>)"
        R"(<w:r><w:t>NOTSHOWN</w:t></w:r>)"
        R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>)"
        R"(<w:r><w:fldChar w:fldCharType="end"/></w:r>)"
        R"(<w:fldSimple w:instr=" DATE ">)"
        R"(<w:r><w:t xml:space="preserve"> 01.02.2024</w:t></w:r></w:fldSimple>)"
        R"(</w:p>)"
        // A nested field inside the instruction of another one stays hidden.
        R"(<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>)"
        R"(<w:r><w:instrText>IF </w:instrText></w:r>)"
        R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:t>inner-instr</w:t></w:r>)"
        R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>inner-result</w:t></w:r>)"
        R"(<w:r><w:fldChar w:fldCharType="end"/></w:r>)"
        R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>outer</w:t></w:r>)"
        R"(<w:r><w:fldChar w:fldCharType="end"/></w:r>)"
        R"(<w:r><w:t xml:space="preserve"> after</w:t></w:r></w:p>)");
    EXPECT_EQ(texts(doc.body), (Strings{"Стр. 7 01.02.2024", "outer after"}));
}

TEST(DocxText, TrackedChangesAndWrappers) {
    Document doc = read_docx_bytes(
        R"(<w:p><w:r><w:t xml:space="preserve">Срок </w:t></w:r>)"
        R"(<w:del w:id="1" w:author="a"><w:r><w:delText>старый</w:delText></w:r></w:del>)"
        R"(<w:ins w:id="2" w:author="a"><w:r><w:t>новый</w:t></w:r></w:ins>)"
        R"(<w:moveFrom w:id="3"><w:r><w:t>ушло</w:t></w:r></w:moveFrom>)"
        R"(<w:moveTo w:id="4"><w:r><w:t xml:space="preserve"> пришло</w:t></w:r></w:moveTo>)"
        R"(<w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve"> ссылка</w:t></w:r>)"
        R"(</w:hyperlink><w:smartTag w:uri="u" w:element="e">)"
        R"(<w:r><w:t xml:space="preserve"> тег</w:t></w:r></w:smartTag>)"
        R"(<w:sdt><w:sdtPr><w:alias w:val="x"/><w:text/></w:sdtPr><w:sdtContent>)"
        R"(<w:r><w:t xml:space="preserve"> поле</w:t></w:r></w:sdtContent></w:sdt></w:p>)"
        R"(<w:sdt><w:sdtPr/><w:sdtContent>)" +
        para("блок") + R"(</w:sdtContent></w:sdt>)");
    EXPECT_EQ(texts(doc.body), (Strings{"Срок новый пришло ссылка тег поле", "блок"}));
}

TEST(DocxText, PageBreakSplitsParagraphAndParagraphBreaks) {
    Document doc = read_docx_bytes(
        R"(<w:p><w:r><w:t>before</w:t><w:br w:type="page"/><w:t>after</w:t></w:r></w:p>)" +
        para("new page", R"(<w:pageBreakBefore/>)") +
        para("section end", R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>)") +
        para("last"));
    EXPECT_EQ(texts(doc.body), (Strings{"before", "<break>", "after", "<break>", "new page",
                                        "section end", "<break>", "last"}));
    EXPECT_EQ(doc.body[1].break_kind, prikaz::model::BreakKind::Page);
    EXPECT_EQ(doc.body[3].break_kind, prikaz::model::BreakKind::Page);
    EXPECT_EQ(doc.body[6].break_kind, prikaz::model::BreakKind::Section);
}

TEST(DocxText, TextBoxParagraphsFollowTheAnchorOnce) {
    const std::string ns =
        R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
        R"(xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" )"
        R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
        R"(xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" )"
        R"(xmlns:v="urn:schemas-microsoft-com:vml")";
    Document doc = read_docx_bytes(
        R"(<w:p><w:r><w:t xml:space="preserve">Anchor </w:t></w:r><w:r>)"
        "<mc:AlternateContent " +
        ns +
        R"(><mc:Choice Requires="wps"><w:drawing><wp:anchor>)"
        R"(<wp:docPr id="1" name="Box"/><a:graphic><a:graphicData><wps:wsp><wps:txbx>)"
        R"(<w:txbxContent><w:p><w:r><w:t>Boxed text</w:t></w:r></w:p></w:txbxContent>)"
        R"(</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>)"
        R"(<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Boxed text</w:t>)"
        R"(</w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>)"
        R"(</mc:AlternateContent></w:r><w:r><w:t>continues</w:t></w:r></w:p>)" +
        para("next"));
    EXPECT_EQ(texts(doc.body), (Strings{"Anchor continues", "Boxed text", "next"}));
}

// ---------------------------------------------------------------------------------------------
// Tables

namespace {
std::string cell(const std::string &text, const std::string &tcpr = "") {
    return "<w:tc>" + (tcpr.empty() ? "" : "<w:tcPr>" + tcpr + "</w:tcPr>") + para(text) +
           "</w:tc>";
}
} // namespace

TEST(DocxTables, GridSpanVerticalMergeAndHeaderRow) {
    std::string tbl =
        R"(<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>)"
        R"(<w:tr><w:trPr><w:tblHeader/></w:trPr>)" +
        cell("№") + cell("Наименование", R"(<w:gridSpan w:val="2"/>)") + "</w:tr><w:tr>" +
        cell("1", R"(<w:vMerge w:val="restart"/>)") + cell("a") + cell("b") + "</w:tr><w:tr>" +
        "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>" + cell("c") + cell("d") +
        "</w:tr></w:tbl>";
    Document doc = read_docx_bytes(tbl);
    ASSERT_EQ(doc.body.size(), 1u);
    ASSERT_EQ(doc.body[0].kind, Block::Kind::Table);
    const auto &t = doc.body[0].table;
    EXPECT_EQ(t.columns, 3);
    ASSERT_EQ(t.rows.size(), 3u);
    EXPECT_TRUE(t.rows[0].header);
    EXPECT_FALSE(t.rows[1].header);
    ASSERT_EQ(t.rows[0].cells.size(), 2u);
    EXPECT_EQ(t.rows[0].cells[1].col_span, 2);
    EXPECT_EQ(t.rows[0].cells[1].column, 1);
    EXPECT_EQ(t.rows[1].cells[0].row_span, 2);
    EXPECT_EQ(t.rows[1].cells[0].text(), "1");
    ASSERT_EQ(t.rows[2].cells.size(), 2u);
    EXPECT_EQ(t.rows[2].cells[0].column, 1);
    EXPECT_EQ(t.rows[2].cells[0].text(), "c");
}

TEST(DocxTables, NestedTableIsABlockOfTheCellAndWidthWithoutGrid) {
    std::string inner = "<w:tbl><w:tr>" + cell("x") + cell("y") + "</w:tr></w:tbl>";
    std::string outer = "<w:tbl><w:tr><w:tc>" + para("before") + inner + para("after") + "</w:tc>" +
                        cell("z") + cell("w") + "</w:tr></w:tbl>";
    Document doc = read_docx_bytes(outer + para("tail"));
    ASSERT_EQ(doc.body.size(), 2u);
    const auto &t = doc.body[0].table;
    EXPECT_EQ(t.columns, 3);
    const auto &blocks = t.rows[0].cells[0].blocks;
    ASSERT_EQ(blocks.size(), 3u);
    ASSERT_EQ(blocks[1].kind, Block::Kind::Table);
    EXPECT_EQ(blocks[1].table.columns, 2);
    EXPECT_EQ(blocks[1].table.rows[0].cells[1].text(), "y");
    EXPECT_EQ(blocks[1].source.id, "b0/r0/c0/b1");
    EXPECT_EQ(t.rows[0].cells[0].text(), "before\nx\ny\nafter");
    EXPECT_EQ(doc.body[1].paragraph.text, "tail");
}

TEST(DocxTables, BreaksInsideCellsAreNotBlocks) {
    Document doc = read_docx_bytes(
        R"(<w:tbl><w:tr><w:tc><w:p><w:r><w:t>one</w:t><w:br w:type="page"/><w:t>two</w:t>)"
        R"(</w:r></w:p></w:tc></w:tr></w:tbl>)");
    ASSERT_EQ(doc.body.size(), 1u);
    EXPECT_EQ(texts(doc.body[0].table.rows[0].cells[0].blocks), (Strings{"one", "two"}));
}

// ---------------------------------------------------------------------------------------------
// Headers and footers, errors

TEST(DocxParts, HeadersAndFootersReadOnceAndKeptOutOfTheBody) {
    auto rel = [](const std::string &id, const std::string &type, const std::string &target) {
        return R"(<Relationship Id=")" + id +
               R"(" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/)" +
               type + R"(" Target=")" + target + R"("/>)";
    };
    const std::string rels =
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
        rel("rId1", "header", "header1.xml") + rel("rId2", "footer", "/word/footer1.xml") +
        rel("rId3", "header", "header2.xml") + "</Relationships>";
    const std::string header = "<w:hdr " + kW + ">" + para("ГЕРБ Администрация") + "</w:hdr>";
    const std::string header2 = "<w:hdr " + kW + ">" + para("Первая страница") + "</w:hdr>";
    const std::string footer =
        "<w:ftr " + kW +
        R"(><w:p><w:r><w:t xml:space="preserve">Стр. </w:t></w:r>)"
        R"(<w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>)";
    const std::string refs = R"(<w:headerReference w:type="default" r:id="rId1"/>)"
                             R"(<w:footerReference w:type="default" r:id="rId2"/>)";
    Document doc = read_docx_bytes(
        para("Раздел 1", "<w:sectPr>" + refs + "</w:sectPr>") + para("Текст") + "<w:sectPr>" +
            refs + R"(<w:headerReference w:type="first" r:id="rId3"/></w:sectPr>)",
        {{"word/_rels/document.xml.rels", rels},
         {"word/header1.xml", header},
         {"word/header2.xml", header2},
         {"word/footer1.xml", footer}});
    EXPECT_EQ(texts(doc.body), (Strings{"Раздел 1", "<break>", "Текст"}));
    ASSERT_EQ(doc.headers_footers.size(), 3u);
    using Kind = prikaz::model::HeaderFooter::Kind;
    EXPECT_EQ(doc.headers_footers[0].kind, Kind::Header);
    EXPECT_EQ(doc.headers_footers[0].type, "default");
    EXPECT_EQ(texts(doc.headers_footers[0].blocks), (Strings{"ГЕРБ Администрация"}));
    EXPECT_EQ(doc.headers_footers[1].kind, Kind::Footer);
    EXPECT_EQ(texts(doc.headers_footers[1].blocks), (Strings{"Стр. 1"}));
    EXPECT_EQ(doc.headers_footers[2].type, "first");
    EXPECT_EQ(texts(doc.headers_footers[2].blocks), (Strings{"Первая страница"}));
    EXPECT_EQ(doc.headers_footers[0].blocks[0].source.id, "h0/b0");
    EXPECT_EQ(doc.format, prikaz::model::Format::Docx);
    EXPECT_EQ(doc.source_name, "test.docx");
}

TEST(DocxErrors, TruncatedPackageNamesTheFile) {
    std::string bytes = make_docx(para("текст"));
    bytes.resize(bytes.size() / 2);
    try {
        prikaz::read::read_bytes(bytes, "cut.docx");
        FAIL() << "expected ReadError";
    } catch (const prikaz::read::ReadError &e) {
        EXPECT_NE(std::string(e.what()).find("cut.docx"), std::string::npos) << e.what();
    }
}

TEST(DocxErrors, MalformedPartsAreReadErrors) {
    EXPECT_THROW(read_docx_bytes("<w:p><w:r><w:t>open</w:r></w:p>"), prikaz::read::ReadError);
    EXPECT_THROW(read_docx_bytes(para("x"), {{"word/numbering.xml", "<w:numbering"}}),
                 prikaz::read::ReadError);
}

TEST(DocxErrors, DeepNestingIsReadOrRefusedWithoutCrash) {
    auto nested = [](int depth) {
        std::string body;
        for (int i = 0; i < depth; ++i)
            body += "<w:tbl><w:tr><w:tc>";
        body += para("deep");
        for (int i = 0; i < depth; ++i)
            body += "</w:tc></w:tr></w:tbl>";
        return body;
    };
    Document doc = read_docx_bytes(nested(60));
    ASSERT_EQ(doc.body.size(), 1u);
    const Block *b = &doc.body[0];
    for (int i = 0; i < 60; ++i) {
        ASSERT_EQ(b->kind, Block::Kind::Table);
        b = &b->table.rows[0].cells[0].blocks[0];
    }
    EXPECT_EQ(b->paragraph.text, "deep");
    // Beyond libxml2's depth limit of 256 the part is refused with a ReadError.
    EXPECT_THROW(read_docx_bytes(nested(120)), prikaz::read::ReadError);
}
