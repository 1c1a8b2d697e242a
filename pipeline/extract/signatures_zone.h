// The signature requisite at the end of the operative part: position lines ("Министр образования
// Сахалинской области", "И.о. министра", "Председатель коллегии") and names ("А.Н. Киктева"),
// typed one per paragraph, several positions first and the names after them in the same order,
// on the same line separated by tabs or spaces, or in a layout table. Paired in order.
#pragma once

#include "model/document.h"
#include "record/record.h"

#include <cstddef>
#include <vector>

namespace prikaz::extract::operative {

struct SignatureZone {
    size_t begin = 0; // first body block of the signatures (== the searched end when none)
    std::vector<record::Signature> signatures;
};

// Reads [from, to) backwards from `to` while blocks are position or name lines (or a layout
// table of them); unlabeled paragraphs only. No name found → no zone.
SignatureZone find_signatures(const model::Document &doc, size_t from, size_t to);

} // namespace prikaz::extract::operative
