// The record as JSON: the same data and names as the XML view (schemas/prikaz-document.xsd),
// objects for elements, arrays for repeated elements, "src"/"begin"/"end" for sources.
#pragma once

#include "record/record.h"

#include <Poco/JSON/Object.h>

#include <ostream>

namespace prikaz::write {

void record_to_json(const record::Record &rec, std::ostream &out);

// One deadline / one party as the record's JSON view writes them (also used by
// `prikaz deadline` and `prikaz party`).
Poco::JSON::Object::Ptr deadline_to_json(const record::Deadline &d);
Poco::JSON::Object::Ptr party_to_json(const record::Party &p);

} // namespace prikaz::write
