// Reader throughput on the corpus: bytes/s and files/s per source format.
// Run: build/bench/prikaz_bench --benchmark_filter=ReadCorpus
#include "corpus_files.h"
#include "read/reader.h"

#include <benchmark/benchmark.h>

namespace {

using prikaz::bench::corpus_by_format;
using prikaz::bench::CorpusFile;

void BM_ReadCorpus(benchmark::State &state, const std::string &format) {
    const auto &all = corpus_by_format();
    auto it = all.find(format);
    if (it == all.end()) {
        state.SkipWithError("no corpus files of this format");
        return;
    }
    size_t bytes = 0;
    size_t files = 0;
    for (auto _ : state) {
        for (const CorpusFile &f : it->second) {
            auto doc = prikaz::read::read_bytes(f.bytes, f.path);
            benchmark::DoNotOptimize(doc.body.data());
            bytes += f.bytes.size();
            ++files;
        }
    }
    state.SetBytesProcessed(static_cast<int64_t>(bytes));
    state.SetItemsProcessed(static_cast<int64_t>(files));
    state.counters["files"] = static_cast<double>(it->second.size());
}

BENCHMARK_CAPTURE(BM_ReadCorpus, text, std::string("text"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReadCorpus, html, std::string("html"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReadCorpus, docx, std::string("docx"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReadCorpus, odt, std::string("odt"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReadCorpus, fodt, std::string("fodt"))->Unit(benchmark::kMillisecond);

} // namespace
