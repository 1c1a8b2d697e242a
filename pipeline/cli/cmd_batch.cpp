// Placeholder until the batch command lands (owned by the batch work).
#include "cli/commands.h"

#include <iostream>

namespace prikaz::cli {

int cmd_batch(const std::vector<std::string> &) {
    std::cerr << "prikaz batch: not implemented yet\n";
    return 3;
}

} // namespace prikaz::cli
