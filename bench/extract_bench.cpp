// Whole extraction per document (read + extract + XML), per source format.
// Run: build/bench/prikaz_bench --benchmark_filter=ExtractCorpus
#include "corpus_files.h"
#include "extract/extract.h"
#include "read/reader.h"
#include "write/record_xml.h"

#include <benchmark/benchmark.h>

namespace {

using prikaz::bench::corpus_by_format;
using prikaz::bench::CorpusFile;

void BM_ExtractCorpus(benchmark::State &state, const std::string &format) {
    auto it = corpus_by_format().find(format);
    if (it == corpus_by_format().end()) {
        state.SkipWithError("no corpus files of this format");
        return;
    }
    size_t files = 0;
    for (auto _ : state) {
        for (const CorpusFile &f : it->second) {
            auto rec = prikaz::extract::extract_record(prikaz::read::read_bytes(f.bytes, f.path));
            std::string xml = prikaz::write::record_to_xml(rec);
            benchmark::DoNotOptimize(xml.data());
            ++files;
        }
    }
    state.SetItemsProcessed(static_cast<int64_t>(files));
    state.counters["files"] = static_cast<double>(it->second.size());
}

BENCHMARK_CAPTURE(BM_ExtractCorpus, text, std::string("text"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ExtractCorpus, docx, std::string("docx"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ExtractCorpus, odt, std::string("odt"))->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
