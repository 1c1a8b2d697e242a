// A template made in LibreOffice by a user (tests/data/user-template): tags split across runs
// and spans by character formatting, an embedded image and a page header. Rendering must fill
// every tag and keep the image, the header and the styles as they are.
#include "read/reader.h"
#include "read/zip_package.h"
#include "record/record_xml_read.h"
#include "render/render.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace prikaz {
namespace {

record::Record corpus_record(const std::string &folder) {
    const std::string path = test::corpus_path(folder + "/expected.xml");
    return record::read_record_xml(test::read_file(path), path);
}

void append_text(const std::vector<model::Block> &blocks, std::string &out) {
    for (const auto &block : blocks) {
        if (block.kind == model::Block::Kind::Paragraph)
            out += block.paragraph.label + " " + block.paragraph.text + "\n";
        else if (block.kind == model::Block::Kind::Table)
            for (const auto &row : block.table.rows)
                for (const auto &cell : row.cells)
                    append_text(cell.blocks, out);
    }
}

std::string all_text(const model::Document &doc) {
    std::string out;
    append_text(doc.body, out);
    return out;
}

struct UserTemplate {
    std::string file;
    render::Format format;
    std::string image_entry;
    std::string header_entry;
};

class UserTemplateTest : public ::testing::TestWithParam<UserTemplate> {};

TEST_P(UserTemplateTest, FillsSplitTagsAndKeepsImageAndHeader) {
    const UserTemplate &u = GetParam();
    const std::string path = test::data_path("user-template/" + u.file);
    const record::Record rec = corpus_record("006-uo-prikaz-cp1251");
    auto tpl = render::load_template(path, u.format);
    const std::string package = render::render_document(*tpl, rec);

    const model::Document doc = read::read_bytes(package, u.file);
    const std::string text = all_text(doc);
    EXPECT_NE(text.find(rec.requisites.authority.value), std::string::npos) << text;
    EXPECT_NE(text.find("№ " + rec.requisites.number.value), std::string::npos) << text;
    EXPECT_NE(text.find(rec.kind == "приказ" ? "ПРИКАЗ от" : "от"), std::string::npos) << text;
    for (const auto &point : rec.points)
        EXPECT_NE(text.find(point.num + ". " + point.text.value), std::string::npos)
            << "point " << point.num << " missing in\n"
            << text;
    EXPECT_EQ(text.find("{{"), std::string::npos) << text;
    EXPECT_EQ(text.find("{%"), std::string::npos) << text;

    // The image and the header part are carried over byte for byte.
    read::ZipPackage original(test::read_file(path), path);
    read::ZipPackage rendered(package, "rendered");
    EXPECT_EQ(original.read(u.image_entry), rendered.read(u.image_entry));
    const std::string header = rendered.read(u.header_entry);
    EXPECT_NE(header.find("Центр обеспечения деятельности"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    LibreOffice, UserTemplateTest,
    ::testing::Values(UserTemplate{"letterhead.odt", render::Format::Odt,
                                   "Pictures/10000000000000280000001473002B78509B2DCD.png",
                                   "styles.xml"},
                      UserTemplate{"letterhead.docx", render::Format::Docx, "word/media/image1.png",
                                   "word/header1.xml"}),
    [](const auto &info) {
        return std::string(info.param.format == render::Format::Docx ? "docx" : "odt");
    });

} // namespace
} // namespace prikaz
