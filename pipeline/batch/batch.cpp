#include "batch/batch.h"

#include "batch/atomic_write.h"
#include "batch/bounded_queue.h"
#include "batch/file_job.h"
#include "batch/input_counter.h"
#include "batch/input_stream.h"
#include "batch/report.h"
#include "batch/stale_temporaries.h"
#include "batch/worker_pool.h"

#include <libxml/parser.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

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

ConvertSettings convert_settings(const BatchOptions &o) {
    ConvertSettings c;
    c.target = o.target;
    if (o.target == Target::Docx)
        c.tpl = render::load_template(o.template_name, render::Format::Docx);
    else if (o.target == Target::Odt)
        c.tpl = render::load_template(o.template_name, render::Format::Odt);
    return c;
}

Report new_report(const BatchOptions &o) {
    Report report;
    report.target = target_extension(o.target);
    report.template_name = o.template_name;
    report.out_dir = o.out_dir;
    report.jobs = o.jobs ? o.jobs : default_jobs();
    if (o.shard.count > 1)
        report.shard = std::to_string(o.shard.index) + "/" + std::to_string(o.shard.count);
    return report;
}

void write_reports(const fs::path &out_dir, const Shard &shard, const Report &report) {
    std::string base = report_base_name(shard);
    write_atomically(out_dir / (base + ".json"), report_json(report));
    write_atomically(out_dir / (base + ".html"), report_html(report));
}

// One thread walks the inputs into a small queue, `report.jobs` workers convert from it, the
// calling thread draws the progress: the files waiting are at most two per worker.
void convert_all(const InputSpec &spec, const JobContext &ctx, StaleTemporaries &stale,
                 Report &report, ProgressStyle style, std::ostream &err) {
    BoundedQueue<InputFile> queue(2 * report.jobs);
    std::mutex report_mutex;
    size_t done = 0;                 // files and problems, under report_mutex
    std::atomic<size_t> produced{0}; // the same, as the walk hands them on
    std::atomic<size_t> not_documents{0};
    std::atomic<bool> walked{false};
    std::exception_ptr walk_error;

    InputEvents events;
    events.file = [&](InputFile &&f) {
        stale.remove_for(f.output); // before a worker writes a new temporary for it
        ++produced;
        queue.push(std::move(f));
    };
    events.problem = [&](InputProblem &&p) {
        std::lock_guard<std::mutex> lock(report_mutex);
        report.add_problem(p.input, p.reason);
        ++done;
        ++produced;
    };
    events.not_document = [&] { ++not_documents; };
    std::thread walker([&] {
        try {
            stream_inputs(spec, events);
        } catch (...) {
            walk_error = std::current_exception();
        }
        walked = true;
        queue.close();
    });

    std::optional<InputCounter> counter; // only to show a total
    if (style != ProgressStyle::Quiet)
        counter.emplace(spec);
    Progress progress(err, style, 0, false);
    run_pool(
        report.jobs,
        [&] {
            InputFile f;
            if (!queue.pop(f))
                return false;
            FileResult r = process_file(f, ctx);
            std::lock_guard<std::mutex> lock(report_mutex);
            report.add(r);
            ++done;
            return true;
        },
        [&] {
            std::lock_guard<std::mutex> lock(report_mutex);
            if (walked)
                progress.set_total(produced, true);
            else if (counter)
                progress.set_total(std::max<size_t>(counter->count(), produced),
                                   counter->finished());
            progress.tick(done, report.failed);
        });
    walker.join();
    counter.reset();
    if (walk_error)
        std::rethrow_exception(walk_error);
    report.not_documents = not_documents;
    progress.set_total(produced, true);
    progress.finish(done, report.failed);
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
        std::unique_ptr<FileList> list;
        if (!o.files_from.empty())
            list = std::make_unique<FileList>(o.files_from, list_input);
        const InputSpec spec{o.inputs, list.get(), out_dir, target_extension(o.target), o.shard};

        const fs::path manifest_path = out_dir / manifest_name(o.shard);
        const std::string settings = settings_of(o);
        std::optional<PreviousRuns> previous;
        if (o.resume)
            previous.emplace(manifest_path, settings, PRIKAZ_VERSION);
        ManifestWriter manifest(manifest_path, previous ? previous->valid_bytes() : 0);
        JobContext ctx{out_dir, convert, settings, previous ? &*previous : nullptr, &manifest};
        StaleTemporaries stale(out_dir);

        Report report = new_report(o);
        convert_all(spec, ctx, stale, report, o.progress, err);
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
