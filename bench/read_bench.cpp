// Reader throughput on the corpus: bytes/s and files/s per source format.
// Run: build/bench/prikaz_bench --benchmark_filter=Read
#include "read/reader.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace {

struct CorpusFile {
    std::string path;
    std::string bytes;
};

std::string format_of(const std::filesystem::path &p) {
    std::string ext = p.extension().string();
    if (ext == ".txt")
        return "text";
    if (ext == ".htm" || ext == ".html")
        return "html";
    if (ext == ".docx")
        return "docx";
    if (ext == ".odt")
        return "odt";
    if (ext == ".fodt")
        return "fodt";
    return "";
}

// Every corpus document, loaded once into memory and grouped by format.
const std::map<std::string, std::vector<CorpusFile>> &corpus_by_format() {
    static const auto files = [] {
        std::map<std::string, std::vector<CorpusFile>> out;
        for (const auto &entry :
             std::filesystem::recursive_directory_iterator(PRIKAZ_CORPUS_DIR)) {
            std::string fmt = format_of(entry.path());
            if (!entry.is_regular_file() || fmt.empty())
                continue;
            std::ifstream in(entry.path(), std::ios::binary);
            std::stringstream ss;
            ss << in.rdbuf();
            out[fmt].push_back({entry.path().string(), ss.str()});
        }
        return out;
    }();
    return files;
}

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

BENCHMARK_MAIN();
