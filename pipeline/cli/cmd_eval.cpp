// `prikaz eval DIR`: the measurement of extraction against hand-checked expected records.
// For every DIR/*/expected.xml, every source.* file next to it is read and extracted, and the
// record is compared with the expected one field by field (see record/eval_items.cpp). A
// measurement, not a test: the exit code is 0 whatever the scores, 2 on a usage error and 1
// when an expected record cannot be read.
#include "cli/commands.h"
#include "extract/extract.h"
#include "read/reader.h"
#include "record/eval_report.h"
#include "record/record_xml_read.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace prikaz::cli {

namespace {

namespace fs = std::filesystem;
namespace eval = record::eval;

struct EvalArgs {
    std::string dir;
    eval::ReportOptions report;
};

bool parse_count(const std::string &s, size_t &out) {
    if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos || s.size() > 6)
        return false;
    out = std::stoul(s);
    return true;
}

bool parse_args(const std::vector<std::string> &args, EvalArgs &out) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--format" && i + 1 < args.size()) {
            const std::string &f = args[++i];
            if (f != "text" && f != "json")
                return false;
            out.report.json = f == "json";
        } else if (a == "--verbose" || a == "-v") {
            out.report.verbose = 10;
            if (i + 1 < args.size() && parse_count(args[i + 1], out.report.verbose))
                ++i;
        } else if (!a.empty() && a[0] == '-') {
            return false;
        } else if (out.dir.empty()) {
            out.dir = a;
        } else {
            return false;
        }
    }
    return !out.dir.empty();
}

std::string read_whole(const fs::path &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw record::RecordError(path.string(), 0, "cannot open file");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The document folders holding an expected record, in name order.
std::vector<fs::path> document_dirs(const fs::path &root) {
    std::vector<fs::path> out;
    for (const fs::directory_entry &e : fs::directory_iterator(root))
        if (e.is_directory() && fs::is_regular_file(e.path() / "expected.xml"))
            out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// source.txt, source.html, … of one document, in name order.
std::vector<fs::path> renditions(const fs::path &dir) {
    std::vector<fs::path> out;
    for (const fs::directory_entry &e : fs::directory_iterator(dir))
        if (e.is_regular_file() && e.path().stem() == "source")
            out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

eval::RenditionResult evaluate(const fs::path &file, const record::Record &expected) {
    eval::RenditionResult result;
    result.name = (file.parent_path().filename() / file.filename()).string();
    result.format = file.extension().string().substr(file.extension().empty() ? 0 : 1);
    record::Record actual;
    try {
        actual = extract::extract_record(read::read_file(file.string()));
    } catch (const std::exception &e) {
        // Counted as an empty record: everything expected is missed.
        result.error = e.what();
    }
    result.fields = eval::compare_records(expected, actual);
    return result;
}

} // namespace

int cmd_eval(const std::vector<std::string> &args) {
    EvalArgs a;
    if (!parse_args(args, a)) {
        std::cerr << "usage: prikaz eval DIR [--format text|json] [--verbose [N]]\n";
        return 2;
    }
    std::vector<eval::RenditionResult> results;
    try {
        if (!fs::is_directory(a.dir)) {
            std::cerr << "prikaz: " << a.dir << ": not a directory\n";
            return 2;
        }
        for (const fs::path &dir : document_dirs(a.dir)) {
            fs::path expected_path = dir / "expected.xml";
            record::Record expected =
                record::read_record_xml(read_whole(expected_path), expected_path.string());
            for (const fs::path &file : renditions(dir))
                results.push_back(evaluate(file, expected));
        }
    } catch (const record::RecordError &e) {
        std::cerr << "prikaz: " << e.what() << '\n';
        return 1;
    } catch (const fs::filesystem_error &e) {
        std::cerr << "prikaz: " << e.what() << '\n';
        return 1;
    }
    eval::print_report(results, a.report, std::cout);
    return 0;
}

} // namespace prikaz::cli
