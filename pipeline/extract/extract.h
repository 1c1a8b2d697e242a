// The extract stage: document model in, normalised record out. Knows nothing of source formats.
//
// The body is read in zones, each by its own module:
//   head.h        requisites: parent body, authority, kind, date, number, place, title,
//                 addressee, «на № … от …»; returns where the head ends
//   operative.h   preamble, enacting word, numbered points (tree), deadline lines kept with
//                 their point, control clause, signatures; stops where appendices start
//   appendix.h    appendices: mark, approval, title, glossary, plan tables → sections/measures
//   references.h  references to other documents anywhere in the text
// Deadlines and parties are kept as written here (kind "unknown", Party::as_written);
// normalising them is the job of deadline.h / party.h (issue 4).
#pragma once

#include "model/document.h"
#include "record/record.h"

#include <cstddef>

namespace prikaz::extract {

record::Record extract_record(const model::Document &doc);

// Zone entry points (body block indices, half-open ranges).
size_t extract_head(const model::Document &doc, record::Record &rec);
size_t find_appendix_start(const model::Document &doc, size_t from);
void extract_operative(const model::Document &doc, size_t from, size_t to, record::Record &rec);
void extract_appendices(const model::Document &doc, size_t from, record::Record &rec);
void extract_references(const model::Document &doc, record::Record &rec);

} // namespace prikaz::extract
