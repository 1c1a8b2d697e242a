// A cell whose only content is a paragraph loop must still hold a paragraph when the loop is
// empty: Word refuses a cell without one.
#include "read/zip_package.h"
#include "render/docx_cells.h"
#include "render/render.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace prikaz::render {
namespace {

TEST(DocxCells, EmptyCellsGetAParagraph) {
    std::string xml = "<w:tbl><w:tr><w:tc><w:tcPr><w:tcW w:w=\"10\"/></w:tcPr></w:tc>"
                      "<w:tc></w:tc><w:tc w:id=\"x\"></w:tc>"
                      "<w:tc><w:tbl></w:tbl></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>";
    ensure_cells_end_with_paragraph(xml);
    EXPECT_EQ(xml, "<w:tbl><w:tr><w:tc><w:tcPr><w:tcW w:w=\"10\"/></w:tcPr><w:p/></w:tc>"
                   "<w:tc><w:p/></w:tc><w:tc w:id=\"x\"><w:p/></w:tc>"
                   "<w:tc><w:tbl></w:tbl><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>");
}

TEST(DocxCells, RenderedEmptyLoopInACellLeavesAParagraph) {
    const std::string tag = "<w:p><w:r><w:t>{%p for p in points %}</w:t></w:r></w:p>"
                            "<w:p><w:r><w:t>{{ p.text }}</w:t></w:r></w:p>"
                            "<w:p><w:r><w:t>{%p endfor %}</w:t></w:r></w:p>";
    const std::string body = "<w:tbl><w:tblGrid><w:gridCol w:w=\"5000\"/></w:tblGrid><w:tr><w:tc>"
                             "<w:tcPr><w:tcW w:w=\"5000\" w:type=\"dxa\"/></w:tcPr>" +
                             tag + "</w:tc></w:tr></w:tbl><w:p/>";
    const auto path =
        std::filesystem::temp_directory_path() / (std::to_string(getpid()) + "-cells.docx");
    std::ofstream(path, std::ios::binary) << test::make_docx(body);
    auto tpl = load_template(path.string(), Format::Docx);
    const std::string package = render_document(*tpl, record::Record{});
    read::ZipPackage zip(package, "out.docx");
    const std::string document = zip.read("word/document.xml");
    EXPECT_NE(document.find("</w:tcPr><w:p/></w:tc>"), std::string::npos) << document;
    std::filesystem::remove(path);
}

} // namespace
} // namespace prikaz::render
