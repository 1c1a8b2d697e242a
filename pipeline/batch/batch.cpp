#include "batch/batch.h"

#include "batch/atomic_write.h"
#include "batch/file_job.h"
#include "batch/output_names.h"
#include "batch/report.h"
#include "batch/worker_pool.h"

#include <libxml/parser.h>

#include <chrono>
#include <fstream>
#include <memory>
#include <mutex>
#include <string_view>
#include <unordered_set>

namespace fs = std::filesystem;

namespace prikaz::batch {

namespace {

std::string shard_suffix(const Shard &s) {
    return s.count > 1 ? "-" + std::to_string(s.index) + "-of-" + std::to_string(s.count) : "";
}

std::string settings_of(const BatchOptions &o) {
    std::string s = target_extension(o.target);
    if (o.target == Target::Docx || o.target == Target::Odt)
        s += ":" + o.template_name;
    return s;
}

// The inputs of this shard with their output names. The names are given over ALL inputs
// before sharding, so a file's output name does not depend on the shard it falls in.
InputList inputs_of_shard(const BatchOptions &o, std::istream &list_input) {
    std::unique_ptr<std::ifstream> list_file;
    std::istream *list = nullptr;
    if (o.files_from == "-") {
        list = &list_input;
    } else if (!o.files_from.empty()) {
        list_file = std::make_unique<std::ifstream>(o.files_from);
        if (!*list_file)
            throw std::runtime_error(o.files_from + ": cannot read the file list");
        list = list_file.get();
    }
    InputList inputs = collect_inputs(o.inputs, list, o.out_dir);
    assign_output_names(inputs.files, target_extension(o.target), inputs.problems);
    if (o.shard.count > 1) {
        std::vector<InputFile> mine;
        for (InputFile &f : inputs.files)
            if (shard_of(f.rel, o.shard.count) == o.shard.index)
                mine.push_back(std::move(f));
        inputs.files = std::move(mine);
        std::vector<InputProblem> problems;
        for (InputProblem &p : inputs.problems)
            if (shard_of(p.input, o.shard.count) == o.shard.index)
                problems.push_back(std::move(p));
        inputs.problems = std::move(problems);
    }
    return inputs;
}

ConvertSettings convert_settings(const BatchOptions &o) {
    ConvertSettings c;
    c.target = o.target;
    if (o.target == Target::Docx)
        c.tpl = render::load_template(o.template_name, render::Format::Docx);
    else if (o.target == Target::Odt)
        c.tpl = render::load_template(o.template_name, render::Format::Odt);
    return c;
}

// Only the temporaries of this run's outputs: other shards may be writing into OUT_DIR now.
void remove_own_temporaries(const fs::path &out_dir, const std::vector<InputFile> &files) {
    std::vector<fs::path> temporaries = find_temporaries(out_dir);
    if (temporaries.empty())
        return;
    std::unordered_set<std::string_view> ours;
    for (const InputFile &f : files)
        ours.insert(f.output);
    for (const fs::path &t : temporaries) {
        std::string target = target_of_temporary(t).lexically_relative(out_dir).generic_string();
        std::error_code ec;
        if (ours.count(target))
            fs::remove(t, ec);
    }
}

void write_reports(const fs::path &out_dir, const Shard &shard, const Report &report) {
    std::string base = report_base_name(shard);
    write_atomically(out_dir / (base + ".json"), report_json(report));
    write_atomically(out_dir / (base + ".html"), report_html(report));
}

} // namespace

std::string manifest_name(const Shard &s) {
    return ".prikaz-manifest" + shard_suffix(s) + ".tsv";
}

std::string report_base_name(const Shard &s) {
    return "report" + shard_suffix(s);
}

int run_batch(const BatchOptions &o, std::istream &list_input, std::ostream &err) {
    const auto start = std::chrono::steady_clock::now();
    xmlInitParser(); // once, before the threads (libxml2's global state)
    try {
        const fs::path out_dir(o.out_dir);
        fs::create_directories(out_dir);
        ConvertSettings convert = convert_settings(o); // the template is loaded once
        InputList inputs = inputs_of_shard(o, list_input);
        remove_own_temporaries(out_dir, inputs.files);

        const fs::path manifest_path = out_dir / manifest_name(o.shard);
        LoadedManifest previous;
        if (o.resume)
            previous = load_manifest(manifest_path);
        ManifestWriter manifest(manifest_path, o.resume ? previous.valid_bytes : 0);
        JobContext ctx{out_dir, convert, settings_of(o), o.resume ? &previous : nullptr, &manifest};

        Report report;
        report.target = target_extension(o.target);
        report.template_name = o.template_name;
        report.out_dir = o.out_dir;
        report.jobs = o.jobs ? o.jobs : default_jobs();
        if (o.shard.count > 1)
            report.shard = std::to_string(o.shard.index) + "/" + std::to_string(o.shard.count);
        report.not_documents = inputs.not_documents;
        for (const InputProblem &p : inputs.problems)
            report.add_problem(p.input, p.reason);

        std::mutex report_mutex;
        size_t total = inputs.files.size() + inputs.problems.size();
        size_t done = inputs.problems.size();
        Progress progress(err, o.progress, total);
        run_pool(
            inputs.files.size(), report.jobs,
            [&](size_t i) {
                FileResult r = process_file(inputs.files[i], ctx);
                std::lock_guard<std::mutex> lock(report_mutex);
                report.add(r);
                ++done;
            },
            [&] {
                std::lock_guard<std::mutex> lock(report_mutex);
                progress.tick(done, report.failed);
            });
        progress.finish(done, report.failed);
        report.elapsed_seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        write_reports(out_dir, o.shard, report);
        return report.failed > 0 ? 1 : 0;
    } catch (const render::TemplateError &e) {
        err << "prikaz batch: template " << e.what() << '\n';
    } catch (const std::exception &e) {
        err << "prikaz batch: " << e.what() << '\n';
    }
    return 3;
}

} // namespace prikaz::batch
