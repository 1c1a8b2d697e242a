// The template context: a record as the Value tree templates read (field names: README,
// Templates). Text fields are plain strings ("" when the record has none), lists are always
// present (maybe empty), `control` is absent when the record names no one.
#pragma once

#include "record/record.h"
#include "render/value.h"

namespace prikaz::render {

Value record_context(const record::Record &record);

// Every field a context can have: record_context of a sample record in which every field is
// set and every list holds one element (points nest three levels deep). `prikaz template
// check` walks it to flag fields a template names that no record can have.
Value context_schema();

// One party / one deadline as the context holds them (also what the party and deadline
// filters read).
Value party_context(const record::Party &party);
Value deadline_context(const record::Deadline &deadline);

} // namespace prikaz::render
