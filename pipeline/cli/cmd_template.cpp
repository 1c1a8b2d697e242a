// Placeholder until the template command lands.
#include "cli/commands.h"

#include <iostream>

namespace prikaz::cli {

int cmd_template(const std::vector<std::string> &) {
    std::cerr << "prikaz template: not implemented yet\n";
    return 3;
}

} // namespace prikaz::cli
