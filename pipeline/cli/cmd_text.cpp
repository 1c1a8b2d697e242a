#include "cli/commands.h"
#include "read/reader.h"
#include "write/model_dump.h"

#include <iostream>

namespace prikaz::cli {

int cmd_text(const std::vector<std::string> &args) {
    std::string file;
    std::string format = "text";
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--format" && i + 1 < args.size()) {
            format = args[++i];
        } else if (!args[i].empty() && args[i][0] == '-') {
            std::cerr << "prikaz text: unknown option '" << args[i] << "'\n";
            return 2;
        } else if (file.empty()) {
            file = args[i];
        } else {
            std::cerr << "prikaz text: one file at a time\n";
            return 2;
        }
    }
    if (file.empty() || (format != "text" && format != "json")) {
        std::cerr << "usage: prikaz text FILE [--format text|json]\n";
        return 2;
    }
    try {
        model::Document doc = read::read_file(file);
        if (format == "json")
            write::dump_model_json(doc, std::cout);
        else
            write::dump_model_text(doc, std::cout);
    } catch (const read::ReadError &e) {
        std::cerr << "prikaz: " << e.what() << '\n';
        return 1;
    }
    return 0;
}

} // namespace prikaz::cli
