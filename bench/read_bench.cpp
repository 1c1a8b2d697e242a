// Reader throughput on the corpus: bytes/s and files/s per source format.
// Run: build/bench/prikaz_bench --benchmark_filter=ReadCorpus
#include "corpus_files.h"
#include "read/reader.h"
#include "read/zip_package.h"

#include <benchmark/benchmark.h>
#include <libxml/parser.h>

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

// The floor under any DOCX reader: inflate word/document.xml and SAX-parse it with no handlers
// (no model, no styles, no numbering). Issue 6 compares the whole pipeline with this.
void BM_DocxInflateAndSaxFloor(benchmark::State &state) {
    const auto &all = corpus_by_format();
    auto it = all.find("docx");
    if (it == all.end()) {
        state.SkipWithError("no DOCX corpus files");
        return;
    }
    xmlSAXHandler no_handlers{};
    no_handlers.initialized = XML_SAX2_MAGIC;
    size_t files = 0;
    for (auto _ : state) {
        for (const CorpusFile &f : it->second) {
            prikaz::read::ZipPackage package(f.bytes, f.path);
            const std::string xml = package.read("word/document.xml");
            int status = xmlSAXUserParseMemory(&no_handlers, nullptr, xml.data(),
                                               static_cast<int>(xml.size()));
            benchmark::DoNotOptimize(status);
            ++files;
        }
    }
    state.SetItemsProcessed(static_cast<int64_t>(files));
}
BENCHMARK(BM_DocxInflateAndSaxFloor)->Unit(benchmark::kMillisecond);

} // namespace
