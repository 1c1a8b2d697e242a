// Direct paragraph, run, row and cell properties of the body: the first occurrence of a
// property counts, only direct children count (not tracked-change copies, not the paragraph
// mark's run properties), toggles, section breaks in w:pPr, spans and merges.
#include "read/reader.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <string>

using prikaz::model::Block;
using prikaz::model::Document;
using prikaz::test::make_docx;

namespace {

Document read_body(const std::string &body) {
    return prikaz::read::read_bytes(make_docx(body), "test.docx");
}

const prikaz::model::Paragraph &first_paragraph(const Document &d) {
    for (const Block &b : d.body)
        if (b.kind == Block::Kind::Paragraph)
            return b.paragraph;
    throw std::runtime_error("no paragraph");
}

} // namespace

TEST(DocxDirectProps, FirstDirectChildCountsNotTrackedChangesNorMarkRunProps) {
    Document d = read_body(
        R"(<w:p><w:pPr><w:jc w:val="center"/><w:jc w:val="right"/><w:rPr><w:b/></w:rPr>)"
        R"(<w:pPrChange><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange></w:pPr>)"
        R"(<w:r><w:rPr><w:i/><w:i w:val="0"/><w:rPrChange><w:rPr><w:b/></w:rPr></w:rPrChange>)"
        R"(</w:rPr><w:t>Текст</w:t></w:r></w:p>)");
    const auto &p = first_paragraph(d);
    EXPECT_EQ(p.align, prikaz::model::Align::Center);
    EXPECT_TRUE(p.italic);
    EXPECT_FALSE(p.bold);
}

TEST(DocxDirectProps, ToggleOffValuesAndEmptyElements) {
    Document d = read_body(R"(<w:p><w:pPr/><w:r><w:rPr><w:b w:val="false"/><w:i w:val="1"/>)"
                           R"(</w:rPr><w:t>Текст</w:t></w:r></w:p>)");
    const auto &p = first_paragraph(d);
    EXPECT_FALSE(p.bold);
    EXPECT_TRUE(p.italic);
    EXPECT_EQ(p.align, prikaz::model::Align::Unspecified);
}

TEST(DocxDirectProps, OutlineLevelAndSectionBreakInParagraphProperties) {
    Document d = read_body(R"(<w:p><w:pPr><w:outlineLvl w:val="1"/><w:sectPr/></w:pPr>)"
                           R"(<w:r><w:t>Раздел</w:t></w:r></w:p><w:p><w:r><w:t>Дальше</w:t>)"
                           R"(</w:r></w:p>)");
    ASSERT_GE(d.body.size(), 3u);
    EXPECT_EQ(d.body[0].paragraph.heading_level, 2);
    EXPECT_EQ(d.body[1].kind, Block::Kind::Break);
    EXPECT_EQ(d.body[2].paragraph.text, "Дальше");
}

TEST(DocxDirectProps, CellSpanMergeHeaderAndDeletedRowFromTheStream) {
    auto cell = [](const std::string &text, const std::string &tc_pr = "") {
        return "<w:tc>" + (tc_pr.empty() ? "" : "<w:tcPr>" + tc_pr + "</w:tcPr>") +
               "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
    };
    Document d = read_body(
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        "<w:tr><w:trPr><w:tblHeader/></w:trPr>" +
        cell("А", R"(<w:gridSpan w:val="2"/><w:gridSpan w:val="3"/>)") +
        cell("Б", R"(<w:vMerge w:val="restart"/>)") + "</w:tr>" +
        R"(<w:tr><w:trPr><w:del w:id="1" w:author="x" w:date="2020-01-01T00:00:00Z"/></w:trPr>)" +
        cell("удалено") + cell("удалено") + cell("удалено") + "</w:tr><w:tr>" +
        cell("В", R"(<w:gridSpan w:val="2"/>)") + cell("", "<w:vMerge/>") + "</w:tr></w:tbl>");
    ASSERT_EQ(d.body.size(), 1u);
    const auto &t = d.body[0].table;
    EXPECT_EQ(t.columns, 3);
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_TRUE(t.rows[0].header);
    EXPECT_FALSE(t.rows[1].header);
    ASSERT_EQ(t.rows[0].cells.size(), 2u);
    EXPECT_EQ(t.rows[0].cells[0].col_span, 2);
    EXPECT_EQ(t.rows[0].cells[1].column, 2);
    EXPECT_EQ(t.rows[0].cells[1].row_span, 2);
    EXPECT_EQ(t.rows[1].cells.size(), 1u);
}
