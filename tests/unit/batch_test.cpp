// `prikaz batch` (pipeline/batch/): inputs and output names, shards, the manifest, a whole
// batch over a copy of the corpus with bad files in it, resume, and the command line.
#include "batch/batch.h"
#include "batch/inputs.h"
#include "batch/manifest.h"
#include "batch/output_names.h"
#include "batch/progress.h"
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
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <sys/wait.h>
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

TEST(BatchNames, SameRelativePathFromTwoInputsIsRefusedWithReason) {
    TempDir tmp("names");
    write_file(tmp.path / "one/a.txt", "1");
    write_file(tmp.path / "two/a.txt", "2");
    std::vector<batch::InputFile> files = {{tmp.path / "one/a.txt", "a.txt", ""},
                                           {tmp.path / "two/a.txt", "a.txt", ""},
                                           {tmp.path / "one/a.txt", "a.txt", ""}};
    std::vector<batch::InputProblem> problems;
    batch::assign_output_names(files, "xml", problems);
    ASSERT_EQ(files.size(), 1u); // the same file twice is taken once
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].input, (tmp.path / "two/a.txt").string());
    EXPECT_THAT(problems[0].reason, HasSubstr("already taken by"));
}

TEST(BatchInputs, WalkMirrorsTreeSkipsHiddenOutDirAndNonDocuments) {
    TempDir tmp("walk");
    write_file(tmp.path / "in/a.docx", "x");
    write_file(tmp.path / "in/sub/b.TXT", "x");
    write_file(tmp.path / "in/sub/notes.xml", "x");
    write_file(tmp.path / "in/.hidden/c.txt", "x");
    write_file(tmp.path / "in/out/old.txt", "x"); // OUT_DIR inside the input tree
    batch::InputList l =
        batch::collect_inputs({(tmp.path / "in").string(), (tmp.path / "missing").string()},
                              nullptr, tmp.path / "in/out");
    std::set<std::string> rels;
    for (const auto &f : l.files)
        rels.insert(f.rel);
    EXPECT_EQ(rels, (std::set<std::string>{"a.docx", "sub/b.TXT"}));
    EXPECT_EQ(l.not_documents, 1u);
    ASSERT_EQ(l.problems.size(), 1u);
    EXPECT_THAT(l.problems[0].reason, HasSubstr("no such file"));
}

TEST(BatchInputs, FileListEntriesKeepTheirRelativePath) {
    TempDir tmp("list");
    write_file(tmp.path / "a/b.txt", "x");
    std::istringstream list((tmp.path / "a/b.txt").string() + "\r\n\n../q/r.txt\n");
    batch::InputList l = batch::collect_inputs({}, &list, tmp.path / "out");
    ASSERT_EQ(l.files.size(), 1u);
    EXPECT_EQ(l.files[0].rel, (tmp.path / "a/b.txt").relative_path().generic_string());
    ASSERT_EQ(l.problems.size(), 1u); // ../q/r.txt does not exist
    EXPECT_EQ(l.problems[0].input, "../q/r.txt");
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
    batch::LoadedManifest m = batch::load_manifest(p);
    EXPECT_EQ(m.valid_bytes, whole.size());
    ASSERT_EQ(m.by_output.size(), 2u);
    const batch::ManifestEntry &first = m.by_output.at("dir/with\ttab.xml");
    EXPECT_EQ(first.input, "dir/with\ttab.docx");
    EXPECT_EQ(first.output_size, 1234u);
    EXPECT_EQ(first.stats.kind, "приказ");
    EXPECT_EQ(first.stats.points, 5);
    EXPECT_EQ(first.stats.points_without_deadline, 2);
    EXPECT_TRUE(first.stats.has_number);
    EXPECT_FALSE(first.stats.has_date);
    // A writer resuming the file cuts the torn tail before appending.
    {
        batch::ManifestWriter w(p, m.valid_bytes);
        e.output = "third.xml";
        w.append(e);
    }
    batch::LoadedManifest again = batch::load_manifest(p);
    EXPECT_EQ(again.by_output.size(), 3u);
    EXPECT_EQ(again.valid_bytes, fs::file_size(p));
}

TEST(BatchProgress, DescribesDoneRateFailuresAndEta) {
    std::string line = batch::Progress::describe(50, 200, 3, 10.0, false);
    EXPECT_EQ(line, "prikaz batch: 50/200 files, 5.0 files/s, 3 failed, ETA 0:30");
    std::string bar = batch::Progress::describe(200, 200, 0, 65.0, true);
    EXPECT_THAT(bar, HasSubstr("[########################] 200/200 files"));
    EXPECT_THAT(bar, HasSubstr("1:05 elapsed"));
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

    // Every converted document: its output mirrors the tree (source.docx and source.odt
    // share a folder, so each keeps its whole name) and validates.
    size_t points = 0, records = 0;
    std::map<std::string, size_t> kinds;
    for (const std::string &rel : docs) {
        fs::path name = fs::path(rel).filename();
        if (name == "trunc&<x>.docx" || name == "noise.odt")
            continue;
        fs::path xml_path = out / (rel + ".xml");
        if (fs::path(rel).stem() != "source")
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
        for (const auto &[output, e] :
             batch::load_manifest(out / batch::manifest_name(o.shard)).by_output)
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
