// The batch report: an accumulator fed one small FileResult at a time, written at the end as
// OUT_DIR/report.json and OUT_DIR/report.html. Its memory does not grow with the number of
// files: the failures are listed up to kFailuresListed (the rest only counted), the slowest
// files are the 10 slowest, the kinds are the few the extractor knows.
#pragma once

#include "batch/file_result.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace prikaz::batch {

struct ReportTotals {
    size_t points = 0;
    size_t points_without_deadline = 0;
    size_t points_without_responsible = 0;
    size_t measures = 0;
    size_t measures_without_deadline = 0;
    size_t measures_without_responsible = 0;
    size_t records_without_date = 0;
    size_t records_without_number = 0;
};

struct Failure {
    std::string file;
    std::string reason;
};

struct TimedFile {
    std::string file;
    double seconds = 0;
};

// Not thread-safe: the batch feeds it under its own lock.
class Report {
public:
    static constexpr size_t kSlowest = 10;
    // Enough to act on; an archive failing wholesale (wrong --to, a broken share) would
    // otherwise keep every path and reason in memory.
    static constexpr size_t kFailuresListed = 10000;

    void add(const FileResult &r);
    void add_problem(const std::string &input, const std::string &reason); // failed, not read

    // Settings and totals of the run, filled by the batch before writing.
    std::string target, template_name, shard, out_dir;
    unsigned jobs = 1;
    double elapsed_seconds = 0;
    size_t not_documents = 0; // files the walks passed over for their extension

    size_t converted = 0, skipped_unchanged = 0, failed = 0;
    std::uint64_t converted_bytes = 0;     // input bytes of the converted files
    std::map<std::string, size_t> by_kind; // converted + skipped, "" = no kind found
    ReportTotals totals;                   // converted + skipped
    std::vector<Failure> failures;         // the first kFailuresListed, in the order they happened
    size_t failures_not_listed = 0;        // the failures after those
    std::vector<TimedFile> slowest;        // the slowest converted/failed, slowest first

    size_t total() const { return converted + skipped_unchanged + failed; }
};

// The report as JSON (report_json.cpp) and as a self-contained HTML page (report_html.cpp).
std::string report_json(const Report &r);
std::string report_html(const Report &r);

} // namespace prikaz::batch
