// Placeholder until the render command lands.
#include "cli/commands.h"

#include <iostream>

namespace prikaz::cli {

int cmd_render(const std::vector<std::string> &) {
    std::cerr << "prikaz render: not implemented yet\n";
    return 3;
}

} // namespace prikaz::cli
