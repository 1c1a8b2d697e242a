// The record as JSON: the same data and names as the XML view (schemas/prikaz-document.xsd),
// objects for elements, arrays for repeated elements, "src"/"begin"/"end" for sources.
#pragma once

#include "record/record.h"

#include <ostream>

namespace prikaz::write {

void record_to_json(const record::Record &rec, std::ostream &out);

} // namespace prikaz::write
