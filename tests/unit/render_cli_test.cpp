// `prikaz render` and `prikaz template` as a user runs them: outputs, exit codes, messages.
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace prikaz {
namespace {

namespace fs = std::filesystem;
using testing::HasSubstr;

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("prikaz-render-cli-" + std::to_string(getpid()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
};

test::CommandResult prikaz(const std::string &args) {
    return test::run_command(std::string(PRIKAZ_BINARY) + " " + args + " 2>&1");
}

std::string q(const fs::path &p) {
    return "'" + p.string() + "'";
}

TEST(RenderCli, RendersJsonRecordAndSourceDocumentAlike) {
    TempDir tmp;
    const std::string source = test::corpus_path("006-uo-prikaz-cp1251/source.txt");
    ASSERT_EQ(
        0,
        prikaz("extract " + q(source) + " --format json -o " + q(tmp.path / "r.json")).exit_code);
    auto from_json = prikaz("render " + q(tmp.path / "r.json") + " --template order -o " +
                            q(tmp.path / "a.docx"));
    ASSERT_EQ(0, from_json.exit_code) << from_json.output;
    auto from_source = prikaz("render " + q(source) + " --template order --to odt -o " +
                              q(tmp.path / "b.odt") + " --set executor.name=Петрова");
    ASSERT_EQ(0, from_source.exit_code) << from_source.output;
    // Both renderings carry the same record: the same extraction, whatever the format.
    auto a = prikaz("extract " + q(tmp.path / "a.docx") + " --format json");
    auto b = prikaz("extract " + q(tmp.path / "b.odt") + " --format json");
    ASSERT_EQ(0, a.exit_code) << a.output;
    EXPECT_THAT(a.output, HasSubstr("\"number\""));
    auto points = [](const std::string &json) { return json.substr(json.find("\"points\"")); };
    EXPECT_EQ(points(a.output), points(b.output));
    EXPECT_THAT(test::run_command("unzip -p " + q(tmp.path / "b.odt") + " content.xml").output,
                HasSubstr("Исп. Петрова"));
}

TEST(RenderCli, UsageErrorsAndRefusals) {
    TempDir tmp;
    const std::string record = test::corpus_path("000-krym-kollegiya-reshenie/expected.xml");
    EXPECT_EQ(2, prikaz("render " + q(record) + " --template order").exit_code); // no -o
    EXPECT_EQ(2, prikaz("render " + q(record) + " --template order --to pdf -o x.pdf").exit_code);
    auto missing =
        prikaz("render " + q(record) + " --template nosuch -o " + q(tmp.path / "x.docx"));
    EXPECT_EQ(1, missing.exit_code);
    EXPECT_THAT(missing.output, HasSubstr("nosuch"));
    auto wrong_kind = prikaz("render " + q(record) + " --template " +
                             q(fs::path(PRIKAZ_CORPUS_DIR).parent_path() / "templates/order/odt") +
                             " --to docx -o " + q(tmp.path / "x.docx"));
    EXPECT_EQ(1, wrong_kind.exit_code);
    EXPECT_THAT(wrong_kind.output, HasSubstr("ODT template, not DOCX"));
    EXPECT_FALSE(fs::exists(tmp.path / "x.docx"));
}

TEST(RenderCli, TemplateCheckPassesShippedTemplatesAndFlagsBrokenOnes) {
    for (const char *name : {"order", "decision", "plan", "letter"})
        for (const char *to : {"docx", "odt"}) {
            auto r = prikaz(std::string("template check ") + name + " --to " + to);
            EXPECT_EQ(0, r.exit_code) << r.output;
            EXPECT_THAT(r.output, HasSubstr("0 error(s), 0 warning(s)")) << name << " " << to;
        }
    TempDir tmp;
    fs::copy(fs::path(PRIKAZ_CORPUS_DIR).parent_path() / "templates/plan/odt", tmp.path / "t",
             fs::copy_options::recursive);
    std::string content = test::read_file((tmp.path / "t/content.xml").string());
    const std::string endfor = "{%tr endfor %}";
    content.replace(content.find(endfor), endfor.size(), "{{ m.nmae | shout }}");
    std::ofstream(tmp.path / "t/content.xml", std::ios::binary) << content;
    auto r = prikaz("template check " + q(tmp.path / "t"));
    EXPECT_EQ(1, r.exit_code);
    EXPECT_THAT(r.output, HasSubstr("shout"));
    EXPECT_THAT(r.output, HasSubstr("m.nmae"));
    EXPECT_THAT(r.output, HasSubstr("not closed"));
}

TEST(RenderCli, PackedTemplateRendersLikeTheDirectory) {
    TempDir tmp;
    const fs::path dir = fs::path(PRIKAZ_CORPUS_DIR).parent_path() / "templates/letter/docx";
    ASSERT_EQ(0,
              prikaz("template pack " + q(dir) + " -o " + q(tmp.path / "letter.docx")).exit_code);
    const std::string record = test::corpus_path("004-krym-imac-pismo/expected.xml");
    ASSERT_EQ(0, prikaz("render " + q(record) + " --template " + q(tmp.path / "letter.docx") +
                        " -o " + q(tmp.path / "a.docx"))
                     .exit_code);
    ASSERT_EQ(0, prikaz("render " + q(record) + " --template letter -o " + q(tmp.path / "b.docx"))
                     .exit_code);
    EXPECT_EQ(test::read_file((tmp.path / "a.docx").string()),
              test::read_file((tmp.path / "b.docx").string()));
}

} // namespace
} // namespace prikaz
