// The prikaz program as a user runs it: exit codes and messages.
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>

using testing::HasSubstr;

namespace {

using RunResult = prikaz::test::CommandResult;

// stdout and stderr together
RunResult run_prikaz(const std::string &args) {
    return prikaz::test::run_command(std::string(PRIKAZ_BINARY) + " " + args + " 2>&1");
}

std::string temp_file(const std::string &name, const std::string &content) {
    auto path = std::filesystem::temp_directory_path() / ("prikaz_cli_" + name);
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
}

} // namespace

TEST(Cli, VersionAndHelp) {
    RunResult v = run_prikaz("--version");
    EXPECT_EQ(v.exit_code, 0);
    EXPECT_THAT(v.output, HasSubstr("prikaz " PRIKAZ_VERSION));
    RunResult h = run_prikaz("--help");
    EXPECT_EQ(h.exit_code, 0);
    EXPECT_THAT(h.output, HasSubstr("text FILE"));
}

TEST(Cli, UsageErrorsExitTwo) {
    EXPECT_EQ(run_prikaz("").exit_code, 2);
    EXPECT_EQ(run_prikaz("frobnicate").exit_code, 2);
    EXPECT_EQ(run_prikaz("text").exit_code, 2);
    EXPECT_EQ(run_prikaz("text a b").exit_code, 2);
    EXPECT_EQ(run_prikaz("text a --format yaml").exit_code, 2);
}

TEST(Cli, RefusedInputExitsOneNamingTheFile) {
    std::string path = temp_file("empty.docx", "");
    RunResult r = run_prikaz("text " + path);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_THAT(r.output, HasSubstr(path));
    EXPECT_THAT(r.output, HasSubstr("empty file"));
}

TEST(Cli, TextPrintsParagraphsWithLabels) {
    std::string path = temp_file("order.txt", "ПРИКАЗ\n\n1. Утвердить план.\n\n2. Контроль "
                                              "оставляю за собой.\n");
    RunResult r = run_prikaz("text " + path);
    ASSERT_EQ(r.exit_code, 0) << r.output;
    EXPECT_THAT(r.output, HasSubstr("1. | Утвердить план."));
    RunResult j = run_prikaz("text " + path + " --format json");
    ASSERT_EQ(j.exit_code, 0) << j.output;
    EXPECT_THAT(j.output, HasSubstr("\"label\": \"2.\""));
    EXPECT_THAT(j.output, HasSubstr("\"text\": \"Контроль оставляю за собой.\""));
}

TEST(Cli, ExtractWritesValidXmlAndJsonToFile) {
    std::string in = temp_file("order2.txt", "ПРИКАЗ\n\n1. Утвердить план.\n");
    std::string out = (std::filesystem::temp_directory_path() / "prikaz_cli_out.xml").string();
    std::filesystem::remove(out);
    RunResult r = run_prikaz("extract " + in + " -o " + out);
    ASSERT_EQ(r.exit_code, 0) << r.output;
    RunResult v = run_prikaz("validate " + out);
    EXPECT_EQ(v.exit_code, 0) << v.output;
    RunResult j = run_prikaz("extract " + in + " --format json");
    ASSERT_EQ(j.exit_code, 0) << j.output;
    EXPECT_THAT(j.output, HasSubstr("\"kind\":"));
    for (const auto &entry :
         std::filesystem::directory_iterator(std::filesystem::temp_directory_path()))
        EXPECT_EQ(entry.path().string().find("prikaz_cli_out.xml.prikaz-tmp-"), std::string::npos)
            << "temporary file left behind: " << entry.path();
}

TEST(Cli, ExtractRefusedInputLeavesNoOutput) {
    std::string in = temp_file("bad.docx", "PK\x03\x04garbage");
    std::string out = (std::filesystem::temp_directory_path() / "prikaz_cli_bad.xml").string();
    std::filesystem::remove(out);
    RunResult r = run_prikaz("extract " + in + " -o " + out);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_THAT(r.output, HasSubstr(in));
    EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(Cli, ValidateReportsLineOfFirstError) {
    std::string bad =
        temp_file("bad_record.xml", "<?xml version=\"1.0\"?>\n<document "
                                    "xmlns=\"urn:prikaz:document:1\">\n</document>\n");
    RunResult r = run_prikaz("validate " + bad);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_THAT(r.output, HasSubstr(bad + ":2:"));
}

TEST(Cli, DeadlinePrintsNormalisedTerms) {
    RunResult r = run_prikaz("deadline 'до 1 марта' --ref 2023-01-10");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    EXPECT_THAT(r.output, HasSubstr("\"kind\": \"by\""));
    EXPECT_THAT(r.output, HasSubstr("\"date\": \"2023-03-01\""));
    EXPECT_THAT(r.output, HasSubstr("\"year_inferred\": true"));
    RunResult unknown = run_prikaz("deadline 'когда получится'");
    ASSERT_EQ(unknown.exit_code, 0) << unknown.output;
    EXPECT_THAT(unknown.output, HasSubstr("\"kind\": \"unknown\""));
    EXPECT_THAT(unknown.output, HasSubstr("\"text\": \"когда получится\""));
    EXPECT_EQ(run_prikaz("deadline 'до 1 марта' --ref 2023-02-30").exit_code, 2);
}

TEST(Cli, PartyPrintsNominativeParties) {
    RunResult r = run_prikaz("party 'Отделу общего образования (Санталовой Е.О.)'");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    EXPECT_THAT(r.output, HasSubstr("\"org\": \"Отдел общего образования\""));
    EXPECT_THAT(r.output, HasSubstr("\"person\": \"Санталова Е.О.\""));
}
