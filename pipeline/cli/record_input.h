// Getting a record for `prikaz render`: a record file (.xml as written by `prikaz extract`,
// .json as written by `prikaz extract --format json`) or any source document, which is
// extracted first.
#pragma once

#include "record/record.h"

#include <string>

namespace prikaz::cli {

// Throws std::runtime_error (ReadError, RecordError) naming the file and the problem.
record::Record load_record(const std::string &path);

} // namespace prikaz::cli
