#include "cli/record_input.h"

#include "batch/record_source.h"
#include "extract/extract.h"
#include "read/reader.h"
#include "record/record_json_read.h"
#include "record/record_xml_read.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace prikaz::cli {

namespace {

std::string slurp(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path + ": cannot open");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

} // namespace

record::Record load_record(const std::string &path) {
    const std::string ext = std::filesystem::path(path).extension().string();
    if (ext == ".json")
        return record::read_record_json(slurp(path), path);
    if (ext == ".xml") {
        std::string bytes = slurp(path);
        if (batch::looks_like_record_xml(bytes))
            return record::read_record_xml(bytes, path);
    }
    return extract::extract_record(read::read_file(path));
}

} // namespace prikaz::cli
