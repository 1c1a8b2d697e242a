// Entry point of the read stage: bytes in, document model out. The format is detected from
// the content (see format_detect.h), not from the file name.
#pragma once

#include "model/document.h"
#include "read/read_error.h"

#include <string>
#include <string_view>

namespace prikaz::read {

// Reads a file from disk. Throws ReadError naming the file and the problem.
model::Document read_file(const std::string &path);

// Reads a document held in memory; `name` is used in messages and in Document::source_name.
model::Document read_bytes(std::string_view bytes, const std::string &name);

} // namespace prikaz::read
