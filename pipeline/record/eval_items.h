// The measurement of extraction (`prikaz eval`), part 1: a record as sets of comparable items,
// one set per field. Each item is one normalised string holding exactly what is compared for
// that field (see the list in eval_items.cpp); two records are compared set by set, as
// multisets, in eval_score.h.
#pragma once

#include "record/record.h"

#include <string>
#include <string_view>
#include <vector>

namespace prikaz::record::eval {

// The fields in report order.
const std::vector<std::string> &field_names();

struct FieldItems {
    std::string field;
    std::vector<std::string> items; // a multiset: order does not matter, repeats count
};

// One entry per name in field_names(), in that order (possibly with no items).
std::vector<FieldItems> record_items(const Record &rec);

// NFC, every run of Unicode white space (line breaks included) to one space, trimmed.
std::string normalise(std::string_view text);

} // namespace prikaz::record::eval
