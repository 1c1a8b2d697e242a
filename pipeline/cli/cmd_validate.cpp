#include "cli/commands.h"
#include "record/validate.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace prikaz::cli {

int cmd_validate(const std::vector<std::string> &args) {
    if (args.size() != 1 || args[0].empty() || args[0][0] == '-') {
        std::cerr << "usage: prikaz validate RECORD.xml\n";
        return 2;
    }
    const std::string &path = args[0];
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "prikaz: " << path << ": cannot open file\n";
        return 1;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    std::vector<record::ValidationIssue> issues = record::validate_record_xml(ss.str());
    for (const record::ValidationIssue &issue : issues)
        std::cerr << path << ':' << issue.line << ": " << issue.message << '\n';
    if (!issues.empty())
        return 1;
    std::cout << path << ": valid\n";
    return 0;
}

} // namespace prikaz::cli
