#include "cli/record_input.h"

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

// A record file starts (after an optional declaration) with the record's root element in the
// prikaz namespace; any other XML is a source document to extract.
bool looks_like_record_xml(const std::string &bytes) {
    const size_t at = bytes.find("urn:prikaz:document:1");
    return at != std::string::npos && at < 512;
}

} // namespace

record::Record load_record(const std::string &path) {
    const std::string ext = std::filesystem::path(path).extension().string();
    if (ext == ".json")
        return record::read_record_json(slurp(path), path);
    if (ext == ".xml") {
        std::string bytes = slurp(path);
        if (looks_like_record_xml(bytes))
            return record::read_record_xml(bytes, path);
    }
    return extract::extract_record(read::read_file(path));
}

} // namespace prikaz::cli
