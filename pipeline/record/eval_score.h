// The measurement of extraction (`prikaz eval`), part 2: comparing the item sets of an
// expected and an actual record field by field, as multisets, into precision, recall and F1.
#pragma once

#include "record/eval_items.h"
#include "record/record.h"

#include <string>
#include <vector>

namespace prikaz::record::eval {

struct Counts {
    size_t expected = 0; // items in the expected record
    size_t actual = 0;   // items in the extracted record
    size_t matched = 0;  // items in both (multiset intersection)

    void add(const Counts &other);
    // Conventions for empty sides: nothing extracted is precise (1), nothing expected is fully
    // recalled (1); so both empty gives 1/1/1 and one empty side gives F1 = 0.
    double precision() const;
    double recall() const;
    double f1() const;
};

struct FieldResult {
    std::string field;
    Counts counts;
    std::vector<std::string> missing; // expected, not extracted
    std::vector<std::string> extra;   // extracted, not expected
};

// One result per field_names() entry, in that order.
std::vector<FieldResult> compare_items(const std::vector<FieldItems> &expected,
                                       const std::vector<FieldItems> &actual);
std::vector<FieldResult> compare_records(const Record &expected, const Record &actual);

// Sums counts field by field (mismatch lists are not carried over). `into` may be empty.
void add_counts(std::vector<FieldResult> &into, const std::vector<FieldResult> &from);
// All fields together (micro average).
Counts overall(const std::vector<FieldResult> &fields);

} // namespace prikaz::record::eval
