#include "corpus_files.h"

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

// Every corpus document, loaded once into memory and grouped by format.
const std::map<std::string, std::vector<CorpusFile>> &corpus_by_format() {
    static const auto files = [] {
        std::map<std::string, std::vector<CorpusFile>> out;
        for (const auto &entry : std::filesystem::recursive_directory_iterator(PRIKAZ_CORPUS_DIR)) {
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

} // namespace prikaz::bench
