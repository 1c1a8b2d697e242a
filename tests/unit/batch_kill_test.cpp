// `prikaz batch` killed with SIGKILL midway: no half-written output, and --resume finishes the
// job without redoing what was finished before the kill.
#include "batch/inputs.h"
#include "batch/manifest.h"
#include "record/validate.h"
#include "test_support.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace prikaz;

namespace {

pid_t start_batch(const std::vector<std::string> &args) {
    pid_t pid = ::fork();
    if (pid == 0) {
        std::vector<char *> argv;
        static std::string binary = PRIKAZ_BINARY;
        argv.push_back(binary.data());
        std::vector<std::string> copy = args;
        for (std::string &a : copy)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execv(binary.c_str(), argv.data());
        ::_exit(127);
    }
    return pid;
}

int wait_exit(pid_t pid) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The outputs the manifest records as finished.
std::set<std::string> manifest_outputs(const fs::path &manifest) {
    std::set<std::string> outputs;
    batch::read_manifest(manifest, [&](batch::ManifestEntry &&e) { outputs.insert(e.output); });
    return outputs;
}

size_t complete_lines(const fs::path &p) {
    std::ifstream in(p, std::ios::binary);
    std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return static_cast<size_t>(std::count(all.begin(), all.end(), '\n'));
}

// Copies of the corpus documents, `copies` times, in folders c0, c1, ...: a few hundred files.
size_t make_inputs(const fs::path &in, int copies) {
    std::vector<fs::path> docs;
    for (auto it = fs::recursive_directory_iterator(test::corpus_path(""));
         it != fs::recursive_directory_iterator(); ++it)
        if (it->is_regular_file() && batch::is_document_name(it->path()))
            docs.push_back(it->path());
    size_t n = 0;
    for (int c = 0; c < copies; ++c) {
        for (const fs::path &d : docs) {
            fs::path rel = fs::relative(d, test::corpus_path(""));
            fs::path target = in / ("c" + std::to_string(c)) / rel;
            fs::create_directories(target.parent_path());
            fs::copy_file(d, target);
            ++n;
        }
    }
    return n;
}

} // namespace

TEST(BatchKill, SigkillMidwayThenResumeCompletesWithoutRedoing) {
    fs::path tmp = fs::temp_directory_path() / ("prikaz_batch_kill_" + std::to_string(::getpid()));
    fs::remove_all(tmp);
    fs::path in = tmp / "in", out = tmp / "out";
    size_t n = make_inputs(in, 7);
    ASSERT_GT(n, 300u);
    const fs::path manifest = out / ".prikaz-manifest.tsv";

    pid_t pid = start_batch(
        {"batch", in.string(), "-o", out.string(), "--to", "xml", "--jobs", "2", "--quiet"});
    ASSERT_GT(pid, 0);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (complete_lines(manifest) < 40 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    ::kill(pid, SIGKILL);
    EXPECT_EQ(wait_exit(pid), -1) << "the batch finished before it could be killed";

    // Whatever is on disk now is whole: every visible .xml validates, temporaries are hidden.
    std::map<std::string, fs::file_time_type> before;
    size_t visible = 0;
    for (auto it = fs::recursive_directory_iterator(out); it != fs::recursive_directory_iterator();
         ++it) {
        if (!it->is_regular_file())
            continue;
        std::string name = it->path().filename().string();
        if (name[0] == '.')
            continue;
        ++visible;
        ASSERT_EQ(it->path().extension(), ".xml") << it->path();
        std::string xml = test::read_file(it->path().string());
        EXPECT_TRUE(record::validate_record_xml(xml).empty()) << it->path();
    }
    std::set<std::string> done = manifest_outputs(manifest);
    ASSERT_GE(done.size(), 40u);
    ASSERT_LT(done.size(), n);
    EXPECT_GE(visible, done.size());
    for (const std::string &output : done)
        before[output] = fs::last_write_time(out / output);

    std::this_thread::sleep_for(std::chrono::milliseconds(20)); // distinct mtimes if rewritten
    pid = start_batch({"batch", in.string(), "-o", out.string(), "--to", "xml", "--jobs", "2",
                       "--resume", "--quiet"});
    ASSERT_EQ(wait_exit(pid), 0);

    Poco::JSON::Parser parser;
    auto report = parser.parse(test::read_file((out / "report.json").string()))
                      .extract<Poco::JSON::Object::Ptr>()
                      ->getObject("counts");
    EXPECT_EQ(report->getValue<size_t>("skipped_unchanged"), done.size());
    EXPECT_EQ(report->getValue<size_t>("converted"), n - done.size());
    EXPECT_EQ(report->getValue<size_t>("failed"), 0u);

    // Every input has exactly one output, valid; nothing else is left in OUT_DIR.
    std::set<std::string> outputs;
    for (auto it = fs::recursive_directory_iterator(out); it != fs::recursive_directory_iterator();
         ++it) {
        if (!it->is_regular_file())
            continue;
        std::string rel = fs::relative(it->path(), out).generic_string();
        if (rel == "report.json" || rel == "report.html" || rel == ".prikaz-manifest.tsv")
            continue;
        EXPECT_NE(it->path().filename().string()[0], '.') << rel;
        outputs.insert(rel);
        EXPECT_TRUE(record::validate_record_xml(test::read_file(it->path().string())).empty())
            << rel;
    }
    EXPECT_EQ(outputs.size(), n);
    std::set<std::string> after = manifest_outputs(manifest);
    EXPECT_EQ(after.size(), n);
    for (const std::string &output : after)
        EXPECT_TRUE(outputs.count(output)) << output;
    // The files finished before the kill were not rewritten.
    for (const auto &[output, mtime] : before)
        EXPECT_EQ(fs::last_write_time(out / output), mtime) << output;
    fs::remove_all(tmp);
}
