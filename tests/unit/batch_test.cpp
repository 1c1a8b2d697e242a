// `prikaz batch` (pipeline/batch/): inputs and output names, shards, the manifest, a whole
// batch over a copy of the corpus with bad files in it, resume, and the command line.
#include "batch/batch.h"
#include "batch/bounded_queue.h"
#include "batch/file_list.h"
#include "batch/input_stream.h"
#include "batch/manifest.h"
#include "batch/output_names.h"
#include "batch/previous_runs.h"
#include "batch/progress.h"
#include "batch/report.h"
#include "batch/shard.h"
#include "extract/extract.h"
#include "read/reader.h"
#include "record/record_xml_read.h"
#include "record/validate.h"
#include "test_support.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace prikaz;
using testing::HasSubstr;

namespace {

struct TempDir {
    fs::path path;
    explicit TempDir(const std::string &name)
        : path(fs::temp_directory_path() /
               ("prikaz_batch_" + name + "_" + std::to_string(::getpid()))) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

void write_file(const fs::path &p, const std::string &content) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
}

// The corpus copied to `dest` (documents and everything else: READMEs, expected.xml).
void copy_dir(const std::string &from, const fs::path &dest) {
    fs::create_directories(dest.parent_path());
    fs::copy(from, dest, fs::copy_options::recursive);
}

void copy_corpus(const fs::path &dest) {
    fs::copy(test::corpus_path(""), dest, fs::copy_options::recursive);
}

// Every document file under `root` (same rule as the walk: extension, no hidden entries).
std::vector<std::string> documents_under(const fs::path &root) {
    std::vector<std::string> rels;
    for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator();
         ++it) {
        if (it->is_regular_file() && batch::is_document_name(it->path()))
            rels.push_back(fs::relative(it->path(), root).generic_string());
    }
    return rels;
}

Poco::JSON::Object::Ptr read_json(const fs::path &p) {
    Poco::JSON::Parser parser;
    return parser.parse(test::read_file(p.string())).extract<Poco::JSON::Object::Ptr>();
}

size_t count(const Poco::JSON::Object::Ptr &report, const std::string &key) {
    return report->getObject("counts")->getValue<size_t>(key);
}

// Binary junk no reader takes.
std::string noise() {
    std::string bytes;
    for (int i = 0; i < 4096; ++i)
        bytes += static_cast<char>((i * 7919 + 13) % 256);
    return bytes;
}

int run(batch::BatchOptions o, std::string *err_text = nullptr) {
    std::istringstream no_list;
    std::ostringstream err;
    int rc = batch::run_batch(o, no_list, err);
    if (err_text)
        *err_text = err.str();
    return rc;
}

batch::BatchOptions xml_batch(const fs::path &in, const fs::path &out) {
    batch::BatchOptions o;
    o.inputs = {in.string()};
    o.out_dir = out.string();
    o.target = batch::Target::Xml;
    o.jobs = 2;
    return o;
}

// Points counted from the XML written, independently of batch::record_stats.
size_t count_points(const std::vector<record::Point> &points) {
    size_t n = 0;
    for (const record::Point &p : points)
        n += 1 + count_points(p.points);
    return n;
}

// Everything stream_inputs hands on, in order.
struct Streamed {
    std::vector<batch::InputFile> files;
    std::vector<batch::InputProblem> problems;
    size_t not_documents = 0;
};

Streamed stream(const batch::InputSpec &spec, batch::StreamMode mode = batch::StreamMode::Convert) {
    Streamed s;
    batch::InputEvents events;
    events.file = [&](batch::InputFile &&f) { s.files.push_back(std::move(f)); };
    events.problem = [&](batch::InputProblem &&p) { s.problems.push_back(std::move(p)); };
    events.not_document = [&] { ++s.not_documents; };
    batch::stream_inputs(spec, events, mode);
    return s;
}

batch::InputSpec spec_of(std::vector<std::string> inputs, const fs::path &out_dir,
                         const batch::FileList *list = nullptr) {
    fs::create_directories(out_dir);
    return {std::move(inputs), list, out_dir, "xml", {}};
}

std::map<std::string, std::string> outputs_by_rel(const Streamed &s) {
    std::map<std::string, std::string> out;
    for (const auto &f : s.files)
        out[f.rel] = f.output;
    return out;
}

// The outputs a manifest records, each once.
std::set<std::string> manifest_outputs(const fs::path &manifest) {
    std::set<std::string> outputs;
    batch::read_manifest(manifest, [&](batch::ManifestEntry &&e) { outputs.insert(e.output); });
    return outputs;
}

using RunResult = test::CommandResult;

// `args` run by the shell in `dir`.
RunResult run_in(const fs::path &dir, const std::string &args) {
    return test::run_command("cd '" + dir.string() + "' && '" + PRIKAZ_BINARY + "' " + args);
}

} // namespace

TEST(BatchNames, ReplacesExtensionAndKeepsWholeNameOnCollision) {
    std::vector<batch::InputFile> files = {{"x/a.docx", "d/a.docx", ""},
                                           {"x/a.odt", "d/a.odt", ""},
                                           {"x/b.docx", "d/b.docx", ""},
                                           {"x/c", "c", ""}};
    std::vector<batch::InputProblem> problems;
    batch::assign_output_names(files, "xml", problems);
    std::map<std::string, std::string> out;
    for (const auto &f : files)
        out[f.rel] = f.output;
    EXPECT_EQ(out["d/a.docx"], "d/a.docx.xml");
    EXPECT_EQ(out["d/a.odt"], "d/a.odt.xml");
    EXPECT_EQ(out["d/b.docx"], "d/b.xml");
    EXPECT_EQ(out["c"], "c.xml");
    EXPECT_TRUE(problems.empty());
}

TEST(BatchNames, LeftoverClashInADirectoryIsRefusedNamingTheKeeper) {
    std::vector<batch::InputFile> files = {{"x/a.odt", "d/a.odt", ""},
                                           {"x/a.docx.txt", "d/a.docx.txt", ""},
                                           {"x/a.docx", "d/a.docx", ""}};
    std::vector<batch::InputProblem> problems;
    batch::assign_output_names(files, "xml", problems);
    ASSERT_EQ(files.size(), 2u); // sorted by name: a.docx keeps its whole name first
    EXPECT_EQ(files[0].output, "d/a.docx.xml");
    EXPECT_EQ(files[1].output, "d/a.odt.xml");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].input, "x/a.docx.txt");
    EXPECT_THAT(problems[0].reason, HasSubstr("d/a.docx.xml is already taken by x/a.docx"));
}

TEST(BatchInputs, WalkMirrorsTreeSkipsHiddenOutDirAndNonDocuments) {
    TempDir tmp("walk");
    write_file(tmp.path / "in/a.docx", "x");
    write_file(tmp.path / "in/sub/b.TXT", "x");
    write_file(tmp.path / "in/sub/notes.xml", "x");
    write_file(tmp.path / "in/.hidden/c.txt", "x");
    write_file(tmp.path / "in/out/old.txt", "x"); // OUT_DIR inside the input tree
    Streamed l = stream(spec_of({(tmp.path / "in").string(), (tmp.path / "missing").string()},
                                tmp.path / "in/out"));
    std::set<std::string> rels;
    for (const auto &f : l.files)
        rels.insert(f.rel);
    EXPECT_EQ(rels, (std::set<std::string>{"a.docx", "sub/b.TXT"}));
    EXPECT_EQ(l.not_documents, 1u);
    ASSERT_EQ(l.problems.size(), 1u);
    EXPECT_THAT(l.problems[0].reason, HasSubstr("no such file"));
}

TEST(BatchInputs, WalkGoesDirectoryByDirectoryInNameOrder) {
    TempDir tmp("order");
    for (const char *f : {"in/b.txt", "in/a.txt", "in/z/y.txt", "in/z/x.txt", "in/m/k.txt",
                          "in/m/n/o.txt", "in/c.txt"})
        write_file(tmp.path / f, "x");
    Streamed l = stream(spec_of({(tmp.path / "in").string()}, tmp.path / "out"));
    std::vector<std::string> rels;
    for (const auto &f : l.files)
        rels.push_back(f.rel);
    // A directory's own files first, then its subdirectories, each in name order: the same
    // order on every run and every file system.
    EXPECT_EQ(rels, (std::vector<std::string>{"a.txt", "b.txt", "c.txt", "m/k.txt", "m/n/o.txt",
                                              "z/x.txt", "z/y.txt"}));
}

TEST(BatchInputs, SiblingsShareNamesPerDirectoryAndClashesAcrossInputsAreRefused) {
    TempDir tmp("clash");
    write_file(tmp.path / "one/d/a.docx", "1");
    write_file(tmp.path / "one/d/a.odt", "2");
    write_file(tmp.path / "one/e/a.docx", "3"); // not a sibling of d/a.*: keeps "e/a.xml"
    write_file(tmp.path / "two/d/b.txt", "4");
    write_file(tmp.path / "two/e/a.docx", "5"); // same relative path as one/e/a.docx
    const std::string one = (tmp.path / "one").string(), two = (tmp.path / "two").string();
    Streamed l = stream(spec_of({one, two, one}, tmp.path / "out")); // `one` twice
    EXPECT_EQ(outputs_by_rel(l), (std::map<std::string, std::string>{{"d/a.docx", "d/a.docx.xml"},
                                                                     {"d/a.odt", "d/a.odt.xml"},
                                                                     {"d/b.txt", "d/b.xml"},
                                                                     {"e/a.docx", "e/a.xml"}}));
    EXPECT_EQ(l.files.size(), 4u); // the tree given twice is taken once
    ASSERT_EQ(l.problems.size(), 1u);
    EXPECT_EQ(l.problems[0].input, (tmp.path / "two/e/a.docx").string());
    EXPECT_THAT(l.problems[0].reason, HasSubstr("e/a.xml is already taken by"));
}

TEST(BatchInputs, ExplicitFilesAreSiblingsWhateverTheirOrder) {
    TempDir tmp("explicit");
    write_file(tmp.path / "p/a.docx", "1");
    write_file(tmp.path / "p/a.odt", "2");
    write_file(tmp.path / "p/b.txt", "3");
    write_file(tmp.path / "q/a.txt", "4");
    // a.odt and a.docx are far apart in the list; p/a.docx is given twice.
    std::istringstream text(
        (tmp.path / "p/a.docx").string() + "\n" + (tmp.path / "p/b.txt").string() + "\n" +
        (tmp.path / "q/a.txt").string() + "\n" + (tmp.path / "p/a.docx").string() + "\n" +
        (tmp.path / "p/a.odt").string() + "\n");
    batch::FileList list("-", text);
    Streamed l = stream(spec_of({}, tmp.path / "out", &list));
    const std::string p = (tmp.path / "p").relative_path().generic_string();
    const std::string q = (tmp.path / "q").relative_path().generic_string();
    EXPECT_EQ(outputs_by_rel(l),
              (std::map<std::string, std::string>{{p + "/a.docx", p + "/a.docx.xml"},
                                                  {p + "/a.odt", p + "/a.odt.xml"},
                                                  {p + "/b.txt", p + "/b.xml"},
                                                  {q + "/a.txt", q + "/a.xml"}}));
    EXPECT_EQ(l.files.size(), 4u);
    EXPECT_TRUE(l.problems.empty());
}

TEST(BatchInputs, FileListEntriesKeepTheirRelativePath) {
    TempDir tmp("list");
    write_file(tmp.path / "a/b.txt", "x");
    write_file(tmp.path / "list.txt", (tmp.path / "a/b.txt").string() + "\r\n\n../q/r.txt\n");
    std::istringstream unused;
    batch::FileList list((tmp.path / "list.txt").string(), unused);
    Streamed l = stream(spec_of({}, tmp.path / "out", &list));
    ASSERT_EQ(l.files.size(), 1u);
    EXPECT_EQ(l.files[0].rel, (tmp.path / "a/b.txt").relative_path().generic_string());
    ASSERT_EQ(l.problems.size(), 1u); // ../q/r.txt does not exist
    EXPECT_EQ(l.problems[0].input, "../q/r.txt");
    EXPECT_THROW(batch::FileList((tmp.path / "no-list.txt").string(), unused), std::runtime_error);
}

TEST(BatchInputs, ListFromAPipeCanBeReadAgain) {
    std::istringstream text("x/a.txt\ny/b.txt\n");
    batch::FileList list("-", text); // read once from the stream, then from its copy
    for (int pass = 0; pass < 2; ++pass) {
        std::vector<std::string> lines;
        list.for_each([&](const std::string &l) { lines.push_back(l); });
        EXPECT_EQ(lines, (std::vector<std::string>{"x/a.txt", "y/b.txt"})) << pass;
    }
}

TEST(BatchInputs, CountingPassCountsWhatTheShardConverts) {
    TempDir tmp("count");
    for (int i = 0; i < 40; ++i)
        write_file(tmp.path / ("in/d" + std::to_string(i % 5) + "/f" + std::to_string(i) + ".txt"),
                   "x");
    for (unsigned k = 0; k < 3; ++k) {
        batch::InputSpec spec = spec_of(
            {(tmp.path / "in").string(), (tmp.path / "missing").string()}, tmp.path / "out");
        spec.shard = {k, 3};
        Streamed converted = stream(spec);
        Streamed counted = stream(spec, batch::StreamMode::CountOnly);
        EXPECT_EQ(counted.files.size() + counted.problems.size(),
                  converted.files.size() + converted.problems.size())
            << k;
    }
}

TEST(BatchQueue, ProducerWaitsWhenTheQueueIsFull) {
    batch::BoundedQueue<int> queue(2);
    std::atomic<int> pushed{0};
    std::thread producer([&] {
        for (int i = 0; i < 5; ++i) {
            queue.push(i);
            ++pushed;
        }
        queue.close();
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_EQ(pushed, 2); // held back: at most `capacity` items wait in memory
    std::vector<int> got;
    for (int v; queue.pop(v);)
        got.push_back(v);
    producer.join();
    EXPECT_EQ(got, (std::vector<int>{0, 1, 2, 3, 4}));
}

TEST(BatchReport, FailuresListedUpToTheCapAndCountedBeyond) {
    batch::Report r;
    const size_t extra = 7;
    for (size_t i = 0; i < batch::Report::kFailuresListed + extra; ++i) {
        batch::FileResult f;
        f.input = "f" + std::to_string(i);
        f.reason = "bad";
        r.add(f);
    }
    EXPECT_EQ(r.failed, batch::Report::kFailuresListed + extra);
    EXPECT_EQ(r.failures.size(), batch::Report::kFailuresListed);
    EXPECT_EQ(r.failures_not_listed, extra);
    EXPECT_EQ(r.failures.front().file, "f0"); // the first ones are kept
    Poco::JSON::Parser parser;
    auto json = parser.parse(batch::report_json(r)).extract<Poco::JSON::Object::Ptr>();
    EXPECT_EQ(json->getValue<size_t>("failures_not_listed"), extra);
    EXPECT_EQ(json->getObject("counts")->getValue<size_t>("failed"),
              batch::Report::kFailuresListed + extra);
    EXPECT_THAT(batch::report_html(r), HasSubstr("and 7 more, not listed"));
}

TEST(BatchShard, ParseAndStableHash) {
    batch::Shard s;
    EXPECT_TRUE(batch::parse_shard("0/4", s));
    EXPECT_EQ(s.index, 0u);
    EXPECT_EQ(s.count, 4u);
    EXPECT_TRUE(batch::parse_shard("3/4", s));
    EXPECT_FALSE(batch::parse_shard("4/4", s));
    EXPECT_FALSE(batch::parse_shard("1/0", s));
    EXPECT_FALSE(batch::parse_shard("1", s));
    EXPECT_FALSE(batch::parse_shard("a/b", s));
    // Values from Python: int.from_bytes(hashlib.sha1(s).digest()[:8], 'big') % n
    EXPECT_EQ(batch::shard_of("a/b.docx", 7), 6u);
    EXPECT_EQ(batch::shard_of("000-krym/source.docx", 3), 1u);
    EXPECT_EQ(batch::shard_of("x", 2), 0u);
}

TEST(BatchManifest, RoundTripAndTornLastLineIgnored) {
    TempDir tmp("manifest");
    batch::ManifestEntry e;
    e.settings = "xml";
    e.version = "1.0";
    e.input_sha1 = std::string(40, 'a');
    e.input = "dir/with\ttab.docx";
    e.output = "dir/with\ttab.xml";
    e.output_size = 1234;
    e.stats.kind = "приказ";
    e.stats.points = 5;
    e.stats.points_without_deadline = 2;
    e.stats.has_number = true;
    fs::path p = tmp.path / "m.tsv";
    {
        batch::ManifestWriter w(p, 0);
        w.append(e);
        e.output = "second.xml";
        w.append(e);
    }
    std::string whole = test::read_file(p.string());
    std::ofstream(p, std::ios::app) << "prikaz-batch-1\txml\t1.0\t" << std::string(40, 'b');
    std::map<std::string, batch::ManifestEntry> by_output;
    std::uint64_t valid = batch::read_manifest(
        p, [&](batch::ManifestEntry &&m) { by_output[m.output] = std::move(m); });
    EXPECT_EQ(valid, whole.size());
    ASSERT_EQ(by_output.size(), 2u);
    const batch::ManifestEntry &first = by_output.at("dir/with\ttab.xml");
    EXPECT_EQ(first.input, "dir/with\ttab.docx");
    EXPECT_EQ(first.output_size, 1234u);
    EXPECT_EQ(first.stats.kind, "приказ");
    EXPECT_EQ(first.stats.points, 5);
    EXPECT_EQ(first.stats.points_without_deadline, 2);
    EXPECT_TRUE(first.stats.has_number);
    EXPECT_FALSE(first.stats.has_date);
    // A writer resuming the file cuts the torn tail before appending.
    {
        batch::ManifestWriter w(p, valid);
        e.output = "third.xml";
        w.append(e);
    }
    EXPECT_EQ(manifest_outputs(p).size(), 3u);
    EXPECT_EQ(batch::read_manifest(p, [](batch::ManifestEntry &&) {}), fs::file_size(p));
}

TEST(BatchManifest, PreviousRunsKeepTheLastLineOfEachOutputCompactly) {
    TempDir tmp("previous");
    fs::path p = tmp.path / "m.tsv";
    batch::ManifestEntry e;
    e.settings = "xml";
    e.version = "1.0";
    e.input = "in/a.docx";
    e.output = "a.xml";
    e.input_sha1 = "0123456789abcdef" + std::string(24, '0');
    e.output_size = 10;
    e.stats.kind = "приказ";
    e.stats.points = 3;
    e.stats.measures_without_responsible = 2;
    e.stats.has_date = true;
    {
        batch::ManifestWriter w(p, 0);
        w.append(e);
        e.output_size = 20; // a.xml converted again: this line describes the file on disk
        e.stats.kind = "решение";
        w.append(e);
        e.output = "b.docx";
        e.settings = "docx:order";
        w.append(e);
    }
    batch::PreviousRuns runs(p, "xml", "1.0");
    EXPECT_EQ(runs.size(), 2u);
    const batch::PreviousRuns::Entry *a = runs.find("a.xml");
    ASSERT_NE(a, nullptr);
    EXPECT_TRUE(a->same_settings);
    EXPECT_EQ(a->output_size, 20u);
    EXPECT_EQ(a->input_sha1, batch::sha1_prefix(e.input_sha1));
    EXPECT_EQ(a->input_sha1, 0x0123456789abcdefull);
    batch::RecordStats s = runs.stats(*a);
    EXPECT_EQ(s.kind, "решение");
    EXPECT_EQ(s.points, 3);
    EXPECT_EQ(s.measures_without_responsible, 2);
    EXPECT_TRUE(s.has_date);
    EXPECT_FALSE(s.has_number);
    const batch::PreviousRuns::Entry *b = runs.find("b.docx");
    ASSERT_NE(b, nullptr);
    EXPECT_FALSE(b->same_settings); // another --to or template: never "unchanged"
    EXPECT_EQ(runs.find("c.xml"), nullptr);
    EXPECT_EQ(runs.valid_bytes(), fs::file_size(p));
}

TEST(BatchProgress, DescribesDoneRateFailuresAndEta) {
    std::string line = batch::Progress::describe(50, 200, 3, 10.0, false);
    EXPECT_EQ(line, "prikaz batch: 50/200 files, 5.0 files/s, 3 failed, ETA 0:30");
    std::string bar = batch::Progress::describe(200, 200, 0, 65.0, true);
    EXPECT_THAT(bar, HasSubstr("[########################] 200/200 files"));
    EXPECT_THAT(bar, HasSubstr("1:05 elapsed"));
    // While the counting walk runs, the total is a lower bound and there is no ETA yet.
    EXPECT_EQ(batch::Progress::describe(50, 120, 0, 10.0, false, false),
              "prikaz batch: 50/120+ files, 5.0 files/s, 0 failed");
}

TEST(BatchRun, CorpusToXmlWithBadFilesInTheMiddle) {
    TempDir tmp("corpus");
    fs::path in = tmp.path / "in", out = tmp.path / "out";
    copy_corpus(in);
    std::string docx =
        test::read_file(test::corpus_path("000-krym-kollegiya-reshenie/source.docx"));
    write_file(in / "003-engels-kollegiya-reshenie/trunc&<x>.docx",
               docx.substr(0, docx.size() / 2));
    write_file(in / "003-engels-kollegiya-reshenie/noise.odt", noise());
    std::vector<std::string> docs = documents_under(in);
    ASSERT_GT(docs.size(), 40u);

    std::string err;
    EXPECT_EQ(run(xml_batch(in, out), &err), 1) << err;

    auto report = read_json(out / "report.json");
    EXPECT_EQ(count(report, "total"), docs.size());
    EXPECT_EQ(count(report, "converted"), docs.size() - 2);
    EXPECT_EQ(count(report, "failed"), 2u);
    EXPECT_EQ(count(report, "skipped_unchanged"), 0u);
    EXPECT_GT(count(report, "not_documents"), 10u); // expected.xml, README.md, manifest.tsv

    std::map<std::string, std::string> reasons;
    auto failures = report->getArray("failures");
    for (size_t i = 0; i < failures->size(); ++i) {
        auto f = failures->getObject(static_cast<unsigned>(i));
        reasons[fs::path(f->getValue<std::string>("file")).filename().string()] =
            f->getValue<std::string>("reason");
    }
    ASSERT_EQ(reasons.size(), 2u);
    EXPECT_FALSE(reasons["trunc&<x>.docx"].empty());
    EXPECT_FALSE(reasons["noise.odt"].empty());

    // Every converted document: its output mirrors the tree and validates. Where documents of
    // one folder share a stem (source.docx and source.odt) each keeps its whole name.
    std::map<fs::path, size_t> stems; // folder/stem -> documents
    for (const std::string &rel : docs)
        ++stems[fs::path(rel).parent_path() / fs::path(rel).stem()];
    size_t points = 0, records = 0;
    std::map<std::string, size_t> kinds;
    for (const std::string &rel : docs) {
        fs::path name = fs::path(rel).filename();
        if (name == "trunc&<x>.docx" || name == "noise.odt")
            continue;
        fs::path xml_path = out / (rel + ".xml");
        if (stems[fs::path(rel).parent_path() / fs::path(rel).stem()] == 1)
            xml_path = out / fs::path(rel).replace_extension(".xml");
        ASSERT_TRUE(fs::exists(xml_path)) << xml_path;
        std::string xml = test::read_file(xml_path.string());
        EXPECT_TRUE(record::validate_record_xml(xml).empty()) << xml_path;
        record::Record rec = record::read_record_xml(xml, xml_path.string());
        points += count_points(rec.points);
        ++kinds[rec.kind.empty() ? "(none)" : rec.kind];
        ++records;
    }
    EXPECT_EQ(records, docs.size() - 2);
    EXPECT_EQ(report->getObject("fields")->getValue<size_t>("points"), points);
    auto by_kind = report->getObject("by_kind");
    for (const auto &[kind, n] : kinds)
        EXPECT_EQ(by_kind->getValue<size_t>(kind), n) << kind;
    EXPECT_EQ(report->getArray("slowest")->size(), 10u);

    std::string html = test::read_file((out / "report.html").string());
    EXPECT_THAT(html, HasSubstr("<!DOCTYPE html>"));
    EXPECT_THAT(html, HasSubstr("trunc&amp;&lt;x&gt;.docx"));
    EXPECT_THAT(html, testing::Not(HasSubstr("trunc&<x>")));
    // No temporary file is left behind.
    for (auto it = fs::recursive_directory_iterator(out); it != fs::recursive_directory_iterator();
         ++it)
        EXPECT_EQ(it->path().filename().string().find(".prikaz-tmp-"), std::string::npos);
}

TEST(BatchRun, ResumeSkipsUnchangedRedoesChangedAndMissing) {
    TempDir tmp("resume");
    fs::path in = tmp.path / "in", out = tmp.path / "out";
    for (const char *d :
         {"000-krym-kollegiya-reshenie", "004-krym-imac-pismo", "006-uo-prikaz-cp1251"})
        copy_dir(test::corpus_path(d), in / d);
    size_t n = documents_under(in).size();
    ASSERT_EQ(run(xml_batch(in, out)), 0);
    EXPECT_EQ(count(read_json(out / "report.json"), "converted"), n);

    batch::BatchOptions resume = xml_batch(in, out);
    resume.resume = true;
    ASSERT_EQ(run(resume), 0);
    auto r = read_json(out / "report.json");
    EXPECT_EQ(count(r, "skipped_unchanged"), n);
    EXPECT_EQ(count(r, "converted"), 0u);
    // Counts of skipped files come from the manifest: the same as the first run's.
    EXPECT_GT(r->getObject("fields")->getValue<size_t>("points"), 0u);

    // A changed input is redone, and only it.
    fs::path changed = in / "004-krym-imac-pismo/source.txt";
    std::string text = test::read_file(changed.string());
    write_file(changed, text + "\nДополнительная строка.\n");
    fs::path deleted = out / "000-krym-kollegiya-reshenie/source.odt.xml";
    ASSERT_TRUE(fs::remove(deleted));
    ASSERT_EQ(run(resume), 0);
    r = read_json(out / "report.json");
    EXPECT_EQ(count(r, "converted"), 2u);
    EXPECT_EQ(count(r, "skipped_unchanged"), n - 2);
    EXPECT_TRUE(fs::exists(deleted));
    auto slowest = r->getArray("slowest");
    std::set<std::string> redone;
    for (size_t i = 0; i < slowest->size(); ++i)
        redone.insert(slowest->getObject(static_cast<unsigned>(i))->getValue<std::string>("file"));
    EXPECT_EQ(redone,
              (std::set<std::string>{changed.string(),
                                     (in / "000-krym-kollegiya-reshenie/source.odt").string()}));

    // A different target is not "unchanged": --to json converts everything.
    batch::BatchOptions json = resume;
    json.target = batch::Target::Json;
    ASSERT_EQ(run(json), 0);
    EXPECT_EQ(count(read_json(out / "report.json"), "converted"), n);
}

TEST(BatchRun, ShardsPartitionTheInputs) {
    TempDir tmp("shard");
    fs::path in = tmp.path / "in", out = tmp.path / "out";
    for (const char *d : {"000-krym-kollegiya-reshenie", "004-krym-imac-pismo",
                          "006-uo-prikaz-cp1251", "007-uo-pismo-koi8r"})
        copy_dir(test::corpus_path(d), in / d);
    size_t n = documents_under(in).size();
    const unsigned shards = 3;
    std::multiset<std::string> outputs;
    size_t total = 0;
    for (unsigned k = 0; k < shards; ++k) {
        batch::BatchOptions o = xml_batch(in, out);
        o.shard = {k, shards};
        ASSERT_EQ(run(o), 0);
        std::string base = batch::report_base_name(o.shard);
        total += count(read_json(out / (base + ".json")), "converted");
        for (const std::string &output : manifest_outputs(out / batch::manifest_name(o.shard)))
            outputs.insert(output);
    }
    EXPECT_EQ(total, n);
    EXPECT_EQ(outputs.size(), n);
    EXPECT_EQ(std::set<std::string>(outputs.begin(), outputs.end()).size(), n); // disjoint
    for (const std::string &o : outputs)
        EXPECT_TRUE(fs::exists(out / o)) << o;
}

TEST(BatchCli, FilesFromListAndStdin) {
    TempDir tmp("cli");
    copy_dir(test::corpus_path("004-krym-imac-pismo"), tmp.path / "in/p");
    write_file(tmp.path / "list.txt", "in/p/source.txt\nin/p/source.docx\n");
    // A list file; stderr is a pipe, so progress comes as plain lines.
    RunResult a = run_in(tmp.path, "batch --files-from list.txt -o out1 --to json 2>&1");
    EXPECT_EQ(a.exit_code, 0) << a.output;
    EXPECT_TRUE(fs::exists(tmp.path / "out1/in/p/source.txt.json"));
    EXPECT_TRUE(fs::exists(tmp.path / "out1/in/p/source.docx.json"));
    EXPECT_FALSE(fs::exists(tmp.path / "out1/in/p/source.html.json"));
    EXPECT_THAT(a.output, HasSubstr("prikaz batch: 2/2 files"));
    auto json = read_json(tmp.path / "out1/in/p/source.txt.json");
    EXPECT_FALSE(json->has("error"));

    // Standard input, --quiet: nothing on stderr; only the listed file is converted.
    RunResult b = run_in(tmp.path, "batch --files-from - -o out2 --to xml --quiet 2>&1 "
                                   "<<'EOF'\nin/p/source.html\nEOF");
    EXPECT_EQ(b.exit_code, 0) << b.output;
    EXPECT_EQ(b.output, "");
    EXPECT_TRUE(fs::exists(tmp.path / "out2/in/p/source.xml"));
    EXPECT_EQ(count(read_json(tmp.path / "out2/report.json"), "total"), 1u);
}

TEST(BatchCli, UsageErrorsAndFailureExitCodes) {
    TempDir tmp("usage");
    write_file(tmp.path / "in/a.txt", "ПРИКАЗ\n\n1. Сделать.\n");
    EXPECT_EQ(run_in(tmp.path, "batch in -o out 2>&1").exit_code, 2);           // no --to
    EXPECT_EQ(run_in(tmp.path, "batch in --to xml 2>&1").exit_code, 2);         // no -o
    EXPECT_EQ(run_in(tmp.path, "batch in -o out --to docx 2>&1").exit_code, 2); // no template
    EXPECT_EQ(run_in(tmp.path, "batch in -o out --to yaml 2>&1").exit_code, 2);
    EXPECT_EQ(run_in(tmp.path, "batch in -o out --to xml --shard 2/2 2>&1").exit_code, 2);
    EXPECT_EQ(run_in(tmp.path, "batch in -o out --to xml --jobs 0 2>&1").exit_code, 2);
    EXPECT_EQ(run_in(tmp.path, "batch in -o out --to xml --quiet").exit_code, 0);
    write_file(tmp.path / "in/b.docx", noise());
    RunResult bad = run_in(tmp.path, "batch in -o out --to xml --quiet 2>&1");
    EXPECT_EQ(bad.exit_code, 1);
}

TEST(BatchRun, CorpusToDocxAndOdtWithOneTemplate) {
    TempDir tmp("render");
    fs::path in = tmp.path / "in";
    copy_dir(test::corpus_path("000-krym-kollegiya-reshenie"), in);
    for (batch::Target target : {batch::Target::Docx, batch::Target::Odt}) {
        const std::string ext = target == batch::Target::Docx ? ".docx" : ".odt";
        fs::path out = tmp.path / ("out" + ext);
        batch::BatchOptions o = xml_batch(in, out);
        o.target = target;
        o.template_name = "decision";
        std::string err;
        ASSERT_EQ(run(o, &err), 0) << err;
        std::vector<std::string> docs = documents_under(in);
        EXPECT_EQ(count(read_json(out / "report.json"), "converted"), docs.size());
        for (const std::string &rel : docs) {
            fs::path rendered = out / (rel + ext);
            ASSERT_TRUE(fs::exists(rendered)) << rendered;
            // The rendered package reads back as a record of the same kind and number.
            record::Record back = extract::extract_record(read::read_file(rendered.string()));
            EXPECT_EQ(back.kind, "решение") << rendered;
            EXPECT_EQ(back.requisites.number.value, "7/3") << rendered;
        }
    }
}
