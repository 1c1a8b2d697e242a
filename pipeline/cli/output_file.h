// Writing command output: to stdout, or atomically to a file (temporary file in the same
// directory, then rename), so that an interrupted run never leaves a half-written output.
#pragma once

#include <string>

namespace prikaz::cli {

// Throws std::runtime_error naming the path on failure.
void write_output(const std::string &path, const std::string &content);

} // namespace prikaz::cli
