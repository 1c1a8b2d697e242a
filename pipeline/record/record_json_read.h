// Reading a record JSON (as write::record_to_json writes it) back into record::Record: the
// JSON counterpart of read_record_xml, so that `prikaz render` accepts either view. There is
// no JSON schema, so the reader checks what the XML schema checks for the XML view: every
// member has the type the writer gives it, and no member is unknown (a misspelt key is an
// error, not silently lost data).
#pragma once

#include "record/record.h"
#include "record/record_xml_read.h"

#include <string>

namespace prikaz::record {

// Throws RecordError (line 0: the problem names the member, as "points[2].deadlines[0].kind")
// on malformed JSON, a member of the wrong type, an unknown member or deadline kind.
Record read_record_json(const std::string &json, const std::string &file_name);

} // namespace prikaz::record
