// Corpus documents loaded once into memory, grouped by source format, for the benchmarks.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace prikaz::bench {

struct CorpusFile {
    std::string path;
    std::string bytes;
};

// "text", "html", "docx", "odt", "fodt" → the corpus files of that format.
const std::map<std::string, std::vector<CorpusFile>> &corpus_by_format();

} // namespace prikaz::bench
