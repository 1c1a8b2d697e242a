// Recognising a record (XML as written by `prikaz extract`, JSON as written by `prikaz extract
// --format json`) among bytes that may also be a source document, and reading it back. Shared
// by `prikaz render` (a file) and the HTTP service (a request body).
#pragma once

#include "record/record.h"

#include <string>
#include <string_view>

namespace prikaz::batch {

// A record XML starts (after an optional declaration) with the record's root element in the
// prikaz namespace; any other XML is a source document to extract.
bool looks_like_record_xml(std::string_view bytes);

// A record JSON is an object: the first character after an optional BOM and white space is '{'.
// The source formats we read do not start that way (text documents start with words).
bool looks_like_record_json(std::string_view bytes);

// Either of the two: the bytes are a record, not a document to extract.
bool looks_like_record(std::string_view bytes);

// The record read back from its JSON or XML (the XML is validated against the schema on the
// way). Throws record::RecordError naming `name`, also when the bytes are neither.
record::Record read_record_bytes(std::string_view bytes, const std::string &name);

} // namespace prikaz::batch
