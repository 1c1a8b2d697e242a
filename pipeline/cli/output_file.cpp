#include "cli/output_file.h"

#include "batch/atomic_write.h"

#include <iostream>

namespace prikaz::cli {

void write_output(const std::string &path, const std::string &content) {
    if (path.empty() || path == "-") {
        std::cout << content;
        return;
    }
    // The same atomic write as a batch's: hidden temporary file, then rename.
    batch::write_atomically(path, content);
}

} // namespace prikaz::cli
