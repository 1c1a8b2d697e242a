// What one file of a batch came to: a small summary, so that the run keeps no record in memory.
#pragma once

#include <cstdint>
#include <string>

namespace prikaz::batch {

// Field counts of one record, for the report's "what is missing" table.
struct RecordStats {
    std::string kind; // record.kind, "" when extraction found none
    int points = 0;   // every point, sub-points included
    int points_without_deadline = 0;
    int points_without_responsible = 0;
    int measures = 0; // every measure of every appendix
    int measures_without_deadline = 0;
    int measures_without_responsible = 0;
    bool has_date = false;
    bool has_number = false;
};

enum class Outcome { Converted, SkippedUnchanged, Failed };

struct FileResult {
    Outcome outcome = Outcome::Failed;
    std::string input;  // the input path as given (or found by the walk)
    std::string output; // the output path relative to OUT_DIR, "" when none
    std::string reason; // why it failed
    RecordStats stats;  // valid for Converted and SkippedUnchanged
    double seconds = 0; // wall time spent on the file in this run
    std::uint64_t input_bytes = 0;
};

} // namespace prikaz::batch
