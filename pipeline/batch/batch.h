// `prikaz batch`: many documents to XML/JSON/DOCX/ODT under OUT_DIR, in parallel, resumable,
// with a report, in memory that does not grow with the number of files. The pieces:
// input_stream.h (what to convert, found one directory at a time), output_names.h (where to),
// shard.h (which share), manifest.h and previous_runs.h (what is already done), file_job.h (one
// file), bounded_queue.h and worker_pool.h (many at once), progress.h and input_counter.h,
// report.h.
#pragma once

#include "batch/convert_one.h"
#include "batch/progress.h"
#include "batch/shard.h"

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace prikaz::batch {

struct BatchOptions {
    std::vector<std::string> inputs; // files and directories
    std::string files_from;          // a list file, "-" for `list_input`, "" for none
    std::string out_dir;
    Target target = Target::Xml;
    std::string template_name; // Docx/Odt
    unsigned jobs = 0;         // 0: every core
    bool resume = false;
    Shard shard;
    ProgressStyle progress = ProgressStyle::Quiet;
};

// File names under OUT_DIR. With N > 1 shards each shard keeps its own manifest and report
// (".prikaz-manifest-K-of-N.tsv", "report-K-of-N.json"), so shards may share OUT_DIR.
std::string manifest_name(const Shard &s);
std::string report_base_name(const Shard &s); // "report" or "report-K-of-N"

// Returns the exit code: 0 every file converted or unchanged, 1 some file failed, 3 the batch
// could not run (OUT_DIR, template, manifest or report not writable); messages go to `err`.
int run_batch(const BatchOptions &options, std::istream &list_input, std::ostream &err);

} // namespace prikaz::batch
