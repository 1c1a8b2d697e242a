// Stage benchmarks after extraction: writing the record XML, validating it against the XSD,
// rendering DOCX/ODT from the shipped templates, and the scaling of extraction with document
// size (a plan of measures with 10x and 100x the rows of a seed).
// Run: build/bench/prikaz_bench --benchmark_filter='Render|WriteXml|Validate|LargePlan'
#include "corpus_files.h"
#include "extract/extract.h"
#include "read/reader.h"
#include "record/validate.h"
#include "render/render.h"
#include "write/record_xml.h"

#include <benchmark/benchmark.h>

namespace {

using prikaz::record::Record;

// The records of the DOCX corpus files, extracted once.
const std::vector<Record> &corpus_records() {
    static const std::vector<Record> records = [] {
        std::vector<Record> out;
        for (const auto &f : prikaz::bench::corpus_by_format().at("docx"))
            out.push_back(
                prikaz::extract::extract_record(prikaz::read::read_bytes(f.bytes, f.path)));
        return out;
    }();
    return records;
}

void BM_WriteXml(benchmark::State &state) {
    size_t files = 0;
    for (auto _ : state)
        for (const Record &r : corpus_records()) {
            std::string xml = prikaz::write::record_to_xml(r);
            benchmark::DoNotOptimize(xml.data());
            ++files;
        }
    state.SetItemsProcessed(static_cast<int64_t>(files));
}
BENCHMARK(BM_WriteXml)->Unit(benchmark::kMicrosecond);

void BM_ValidateXml(benchmark::State &state) {
    std::vector<std::string> xmls;
    for (const Record &r : corpus_records())
        xmls.push_back(prikaz::write::record_to_xml(r));
    size_t files = 0;
    for (auto _ : state)
        for (const std::string &xml : xmls) {
            auto issues = prikaz::record::validate_record_xml(xml);
            benchmark::DoNotOptimize(issues.data());
            ++files;
        }
    state.SetItemsProcessed(static_cast<int64_t>(files));
}
BENCHMARK(BM_ValidateXml)->Unit(benchmark::kMicrosecond);

// The path `prikaz extract` and `prikaz batch` take: build the record tree, validate it against
// the XSD, serialise it.
void BM_WriteCheckedXml(benchmark::State &state) {
    size_t files = 0;
    for (auto _ : state)
        for (const Record &r : corpus_records()) {
            auto checked = prikaz::write::record_to_checked_xml(r);
            benchmark::DoNotOptimize(checked.xml.data());
            ++files;
        }
    state.SetItemsProcessed(static_cast<int64_t>(files));
}
BENCHMARK(BM_WriteCheckedXml)->Unit(benchmark::kMicrosecond);

void BM_Render(benchmark::State &state, const std::string &name, prikaz::render::Format format) {
    auto tpl = prikaz::render::load_template(name, format);
    size_t files = 0;
    size_t bytes = 0;
    for (auto _ : state)
        for (const Record &r : corpus_records()) {
            std::string package = prikaz::render::render_document(*tpl, r);
            bytes += package.size();
            ++files;
        }
    state.SetItemsProcessed(static_cast<int64_t>(files));
    state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK_CAPTURE(BM_Render, order_docx, std::string("order"), prikaz::render::Format::Docx)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Render, order_odt, std::string("order"), prikaz::render::Format::Odt)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Render, plan_docx, std::string("plan"), prikaz::render::Format::Docx)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Render, plan_odt, std::string("plan"), prikaz::render::Format::Odt)
    ->Unit(benchmark::kMillisecond);

// A record whose plan has `copies` times the measures of the largest corpus plan.
Record large_plan(int copies) {
    const Record *seed = nullptr;
    size_t most = 0;
    for (const Record &r : corpus_records()) {
        size_t n = 0;
        for (const auto &a : r.appendices) {
            n += a.measures.size();
            for (const auto &s : a.sections)
                n += s.measures.size();
        }
        if (n > most) {
            most = n;
            seed = &r;
        }
    }
    Record big = *seed;
    for (auto &a : big.appendices) {
        auto sections = a.sections;
        for (int i = 1; i < copies; ++i)
            a.sections.insert(a.sections.end(), sections.begin(), sections.end());
        auto measures = a.measures;
        for (int i = 1; i < copies; ++i)
            a.measures.insert(a.measures.end(), measures.begin(), measures.end());
    }
    return big;
}

// Extraction cost against document size: the seed plan rendered to DOCX with 1x, 10x and 100x
// its measures, then read and extracted. Linear growth shows as O(N) in the complexity line.
void BM_ExtractLargePlan(benchmark::State &state) {
    const int copies = static_cast<int>(state.range(0));
    auto tpl = prikaz::render::load_template("plan", prikaz::render::Format::Docx);
    const std::string docx = prikaz::render::render_document(*tpl, large_plan(copies));
    for (auto _ : state) {
        Record r = prikaz::extract::extract_record(prikaz::read::read_bytes(docx, "plan.docx"));
        benchmark::DoNotOptimize(r.appendices.data());
    }
    state.SetComplexityN(copies);
    state.counters["docx_kb"] = static_cast<double>(docx.size()) / 1024;
}
BENCHMARK(BM_ExtractLargePlan)
    ->Arg(1)
    ->Arg(10)
    ->Arg(100)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

} // namespace
