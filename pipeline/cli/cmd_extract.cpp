#include "cli/commands.h"
#include "cli/output_file.h"
#include "extract/extract.h"
#include "read/reader.h"
#include "write/record_json.h"
#include "write/record_xml.h"

#include <iostream>
#include <sstream>

namespace prikaz::cli {

namespace {

struct ExtractArgs {
    std::string file;
    std::string format = "xml";
    std::string output;
};

bool parse_args(const std::vector<std::string> &args, ExtractArgs &out) {
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--format" && i + 1 < args.size())
            out.format = args[++i];
        else if ((args[i] == "-o" || args[i] == "--output") && i + 1 < args.size())
            out.output = args[++i];
        else if (!args[i].empty() && args[i][0] == '-')
            return false;
        else if (out.file.empty())
            out.file = args[i];
        else
            return false;
    }
    return !out.file.empty() && (out.format == "xml" || out.format == "json");
}

} // namespace

int cmd_extract(const std::vector<std::string> &args) {
    ExtractArgs a;
    if (!parse_args(args, a)) {
        std::cerr << "usage: prikaz extract FILE [--format xml|json] [-o OUT]\n";
        return 2;
    }
    try {
        record::Record rec = extract::extract_record(read::read_file(a.file));
        // Never hand out a record that does not match our own schema.
        write::CheckedXml checked = write::record_to_checked_xml(rec);
        if (!checked.issues.empty()) {
            std::cerr << "prikaz: " << a.file << ": internal error, the record is not valid: line "
                      << checked.issues[0].line << ": " << checked.issues[0].message << '\n';
            return 3;
        }
        if (a.format == "json") {
            std::ostringstream json;
            write::record_to_json(rec, json);
            write_output(a.output, json.str());
        } else {
            write_output(a.output, checked.xml);
        }
    } catch (const read::ReadError &e) {
        std::cerr << "prikaz: " << e.what() << '\n';
        return 1;
    } catch (const std::runtime_error &e) {
        std::cerr << "prikaz: " << e.what() << '\n';
        return 1;
    }
    return 0;
}

} // namespace prikaz::cli
