// The measurement of extraction (`prikaz eval`), part 3: printing the scores of every
// rendition, of every rendition format and of the whole corpus, as a text table or JSON.
#pragma once

#include "record/eval_score.h"

#include <ostream>
#include <string>
#include <vector>

namespace prikaz::record::eval {

// One source file compared with its document's expected record.
struct RenditionResult {
    std::string name;   // "000-krym-kollegiya-reshenie/source.txt"
    std::string format; // the file's extension: txt, html, docx, odt, fodt
    std::string error;  // why extraction failed (then the actual record was empty)
    std::vector<FieldResult> fields;
};

struct ReportOptions {
    bool json = false;
    size_t verbose = 0; // list up to this many mismatches per field and rendition
};

void print_report(const std::vector<RenditionResult> &results, const ReportOptions &options,
                  std::ostream &out);

} // namespace prikaz::record::eval
