#include "corpus_files.h"

#include <algorithm>
#include <cctype>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace prikaz::bench {

namespace {

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

} // namespace

// Every document of the corpus proper (corpus/000-… to corpus/007-…, not the holdout sets, so
// that figures stay comparable as holdouts are added), loaded once into memory and grouped by
// format.
const std::map<std::string, std::vector<CorpusFile>> &corpus_by_format() {
    static const auto files = [] {
        std::map<std::string, std::vector<CorpusFile>> out;
        for (const auto &folder : std::filesystem::directory_iterator(PRIKAZ_CORPUS_DIR)) {
            std::string name = folder.path().filename().string();
            if (!folder.is_directory() || name.empty() || !std::isdigit(name.front()))
                continue;
            for (const auto &entry : std::filesystem::directory_iterator(folder.path())) {
                std::string fmt = format_of(entry.path());
                if (!entry.is_regular_file() || fmt.empty())
                    continue;
                std::ifstream in(entry.path(), std::ios::binary);
                std::stringstream ss;
                ss << in.rdbuf();
                out[fmt].push_back({entry.path().string(), ss.str()});
            }
        }
        for (auto &[fmt, list] : out) // a stable order, whatever the file system gives
            std::sort(list.begin(), list.end(),
                      [](const CorpusFile &a, const CorpusFile &b) { return a.path < b.path; });
        return out;
    }();
    return files;
}

} // namespace prikaz::bench
