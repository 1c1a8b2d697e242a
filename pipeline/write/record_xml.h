// The record as XML in the urn:prikaz:document:1 vocabulary (schemas/prikaz-document.xsd),
// written with libxml2's xmlTextWriter.
#pragma once

#include "record/record.h"

#include <string>

namespace prikaz::write {

std::string record_to_xml(const record::Record &rec);

} // namespace prikaz::write
