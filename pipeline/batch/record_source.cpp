#include "batch/record_source.h"

#include "record/record_json_read.h"
#include "record/record_xml_read.h"

namespace prikaz::batch {

bool looks_like_record_xml(std::string_view bytes) {
    const size_t at = bytes.find("urn:prikaz:document:1");
    return at != std::string_view::npos && at < 512;
}

bool looks_like_record_json(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        bytes.remove_prefix(3);
    const size_t first = bytes.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && bytes[first] == '{';
}

bool looks_like_record(std::string_view bytes) {
    return looks_like_record_json(bytes) || looks_like_record_xml(bytes);
}

record::Record read_record_bytes(std::string_view bytes, const std::string &name) {
    if (looks_like_record_json(bytes))
        return record::read_record_json(std::string(bytes), name);
    if (looks_like_record_xml(bytes))
        return record::read_record_xml(bytes, name);
    throw record::RecordError(name, 0,
                              "neither a record XML (urn:prikaz:document:1) nor a record JSON");
}

} // namespace prikaz::batch
