// Counting what a record lacks (deadlines, responsible parties, date, number) for the report.
#pragma once

#include "batch/file_result.h"
#include "record/record.h"

namespace prikaz::batch {

// Points and measures are judged by their own fields: a sub-point counts on its own, whatever
// its parent holds.
RecordStats record_stats(const record::Record &rec);

} // namespace prikaz::batch
