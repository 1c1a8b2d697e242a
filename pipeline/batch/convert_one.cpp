#include "batch/convert_one.h"

#include "batch/record_stats.h"
#include "extract/extract.h"
#include "read/reader.h"
#include "write/record_json.h"
#include "write/record_xml.h"

#include <sstream>
#include <stdexcept>
#include <utility>

namespace prikaz::batch {

bool parse_target(const std::string &name, Target &out) {
    if (name == "xml")
        out = Target::Xml;
    else if (name == "json")
        out = Target::Json;
    else if (name == "docx")
        out = Target::Docx;
    else if (name == "odt")
        out = Target::Odt;
    else
        return false;
    return true;
}

const char *target_extension(Target t) {
    switch (t) {
    case Target::Xml:
        return "xml";
    case Target::Json:
        return "json";
    case Target::Docx:
        return "docx";
    case Target::Odt:
        return "odt";
    }
    return "xml";
}

std::string convert_bytes(std::string_view input, const std::string &name,
                          const ConvertSettings &settings, RecordStats &stats) {
    record::Record rec = extract::extract_record(read::read_bytes(input, name));
    stats = record_stats(rec);
    // The same guard as `prikaz extract`: every record handed out matches our own schema,
    // whatever format it is handed out in.
    write::CheckedXml checked = write::record_to_checked_xml(rec, 1);
    if (!checked.issues.empty())
        throw std::runtime_error("internal error, the record is not valid: line " +
                                 std::to_string(checked.issues[0].line) + ": " +
                                 checked.issues[0].message);
    switch (settings.target) {
    case Target::Xml:
        return std::move(checked.xml);
    case Target::Json: {
        std::ostringstream json;
        write::record_to_json(rec, json);
        return json.str();
    }
    case Target::Docx:
    case Target::Odt:
        if (!settings.tpl)
            throw std::logic_error("no template loaded");
        return render::render_document(*settings.tpl, rec);
    }
    throw std::logic_error("unknown target");
}

} // namespace prikaz::batch
