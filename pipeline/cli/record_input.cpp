#include "cli/record_input.h"

#include "extract/extract.h"
#include "read/reader.h"
#include "record/record_json_read.h"
#include "record/record_xml_read.h"

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

bool ends_with(const std::string &s, const std::string &suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A record file starts (after an optional declaration) with the record's root element in the
// prikaz namespace; any other XML is a source document to extract.
bool looks_like_record_xml(const std::string &bytes) {
    return bytes.find("urn:prikaz:document:1") != std::string::npos &&
           bytes.find("urn:prikaz:document:1") < 512;
}

} // namespace

record::Record load_record(const std::string &path) {
    if (ends_with(path, ".json"))
        return record::read_record_json(slurp(path), path);
    if (ends_with(path, ".xml")) {
        std::string bytes = slurp(path);
        if (looks_like_record_xml(bytes))
            return record::read_record_xml(bytes, path);
    }
    return extract::extract_record(read::read_file(path));
}

} // namespace prikaz::cli
