// List numbering in rendered documents: a numbered paragraph repeated by a loop goes on
// numbering, and when an outer loop repeats the whole list (the measures of every appendix)
// each copy starts again at 1. Checked by reading the rendered package with prikaz's own
// readers, which compute the labels as Word and LibreOffice display them.
#include "read/reader.h"
#include "render/render.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace prikaz {
namespace {

namespace fs = std::filesystem;

record::Record two_appendices() {
    record::Record r;
    for (const char *num : {"1", "2"}) {
        record::Appendix a;
        a.num = num;
        for (const char *name :
             {"Первое мероприятие", "Второе мероприятие", "Третье мероприятие"}) {
            record::Measure m;
            m.name.value = std::string(name) + " приложения " + num;
            a.measures.push_back(m);
        }
        r.appendices.push_back(a);
    }
    return r;
}

// The numbered paragraphs of a rendered document as "label text".
std::vector<std::string> numbered(const std::string &package, const std::string &name) {
    std::vector<std::string> out;
    for (const auto &block : read::read_bytes(package, name).body)
        if (block.kind == model::Block::Kind::Paragraph && !block.paragraph.label.empty())
            out.push_back(block.paragraph.label + " " + block.paragraph.text);
    return out;
}

const std::vector<std::string> kExpected = {
    "1. Первое мероприятие приложения 1", "2. Второе мероприятие приложения 1",
    "3. Третье мероприятие приложения 1", "1. Первое мероприятие приложения 2",
    "2. Второе мероприятие приложения 2", "3. Третье мероприятие приложения 2"};

std::string write_temp(const std::string &name, const std::string &bytes) {
    fs::path path = fs::temp_directory_path() / (std::to_string(getpid()) + "-" + name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
}

TEST(RenderNumbering, DocxListRestartsForEveryAppendix) {
    const std::string p = R"(<w:p><w:r><w:t>)";
    const std::string end = R"(</w:t></w:r></w:p>)";
    const std::string body =
        p + "{%p for a in appendices %}" + end + p + "Приложение {{ a.num }}" + end + p +
        "{%p for m in a.measures %}" + end +
        R"(<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>)"
        R"(<w:r><w:t>{{ m.name }}</w:t></w:r></w:p>)" +
        p + "{%p endfor %}" + end + p + "{%p endfor %}" + end;
    const std::string numbering =
        R"(<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
        R"(<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>)"
        R"(<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)";
    const std::string path =
        write_temp("numbering.docx", test::make_docx(body, {{"word/numbering.xml", numbering}}));
    auto tpl = render::load_template(path, render::Format::Docx);
    EXPECT_EQ(numbered(render::render_document(*tpl, two_appendices()), "out.docx"), kExpected);
    fs::remove(path);
}

TEST(RenderNumbering, OdtListRestartsForEveryAppendix) {
    const std::string styles =
        R"(<text:list-style style:name="L1"><text:list-level-style-number text:level="1" )"
        R"(style:num-suffix="." style:num-format="1"/></text:list-style>)";
    const std::string text =
        R"(<text:p>{%p for a in appendices %}</text:p><text:p>Приложение {{ a.num }}</text:p>)"
        R"(<text:p>{%p for m in a.measures %}</text:p>)"
        R"(<text:list text:style-name="L1"><text:list-item><text:p>{{ m.name }}</text:p>)"
        R"(</text:list-item></text:list><text:p>{%p endfor %}</text:p><text:p>{%p endfor %}</text:p>)";
    const std::string path = write_temp("numbering.odt", test::make_odt(text, styles));
    auto tpl = render::load_template(path, render::Format::Odt);
    EXPECT_EQ(numbered(render::render_document(*tpl, two_appendices()), "out.odt"), kExpected);
    fs::remove(path);
}

} // namespace
} // namespace prikaz
