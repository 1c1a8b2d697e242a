// `prikaz batch`: argument parsing only; the work is in pipeline/batch/.
#include "batch/batch.h"
#include "batch/worker_pool.h"
#include "cli/commands.h"

#include <Poco/NumberParser.h>

#include <iostream>

namespace prikaz::cli {

namespace {

const char *kUsage =
    "usage: prikaz batch INPUT... -o OUT_DIR --to xml|json|docx|odt [--template NAME]\n"
    "                    [--jobs N] [--resume] [--shard K/N] [--files-from LIST|-] [--quiet]\n"
    "  INPUT       a file, or a directory walked recursively for .docx .odt .fodt .html .htm\n"
    "              .xhtml .txt .text files (hidden entries and OUT_DIR are skipped)\n"
    "  -o OUT_DIR  outputs mirror the input tree: a.docx -> a.xml; when two files side by side\n"
    "              would share a name (a.docx, a.odt) both keep their whole name: a.docx.xml,\n"
    "              a.odt.xml; an output an earlier INPUT already took is refused\n"
    "  --template  the template for docx/odt (required for them): a shipped name or a path\n"
    "  --jobs N    worker threads (default: every core)\n"
    "  --resume    skip files whose content and output are unchanged since the last run\n"
    "              (OUT_DIR/.prikaz-manifest.tsv)\n"
    "  --shard K/N convert only shard K (0-based, 0 <= K < N) of N, chosen by a hash of the\n"
    "              file's relative path\n"
    "  --files-from LIST  more inputs, one path per line (\"-\": standard input), read as a\n"
    "              stream: the list is never held in memory\n"
    "  --quiet     no progress on stderr\n"
    "Writes OUT_DIR/report.json and OUT_DIR/report.html. Exit codes: 0 every file converted,\n"
    "1 some file failed (see the report), 2 usage error, 3 the batch could not run.\n";

bool parse_jobs(const std::string &text, unsigned &jobs) {
    return Poco::NumberParser::tryParseUnsigned(text, jobs) && jobs >= 1 && jobs <= 1024;
}

bool parse_args(const std::vector<std::string> &args, batch::BatchOptions &o, bool &quiet) {
    std::string to;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        bool has_value = i + 1 < args.size();
        if ((a == "-o" || a == "--output") && has_value)
            o.out_dir = args[++i];
        else if (a == "--to" && has_value)
            to = args[++i];
        else if (a == "--template" && has_value)
            o.template_name = args[++i];
        else if (a == "--jobs" && has_value) {
            if (!parse_jobs(args[++i], o.jobs))
                return false;
        } else if (a == "--shard" && has_value) {
            if (!batch::parse_shard(args[++i], o.shard))
                return false;
        } else if (a == "--files-from" && has_value)
            o.files_from = args[++i];
        else if (a == "--resume")
            o.resume = true;
        else if (a == "--quiet" || a == "-q")
            quiet = true;
        else if (a.size() > 1 && a[0] == '-')
            return false;
        else
            o.inputs.push_back(a);
    }
    if (!batch::parse_target(to, o.target) || o.out_dir.empty())
        return false;
    if ((o.target == batch::Target::Docx || o.target == batch::Target::Odt) ==
        o.template_name.empty())
        return false; // a template for docx/odt, and only for them
    return !o.inputs.empty() || !o.files_from.empty();
}

} // namespace

int cmd_batch(const std::vector<std::string> &args) {
    batch::BatchOptions o;
    bool quiet = false;
    if (!parse_args(args, o, quiet)) {
        std::cerr << kUsage;
        return 2;
    }
    o.progress = quiet                         ? batch::ProgressStyle::Quiet
                 : batch::stderr_is_terminal() ? batch::ProgressStyle::Bar
                                               : batch::ProgressStyle::Lines;
    return batch::run_batch(o, std::cin, std::cerr);
}

} // namespace prikaz::cli
