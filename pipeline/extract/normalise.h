// Second pass over an extracted record (issue 4): deadlines and responsible parties as
// written become normalised values.
//   normalise_deadlines  deadline.h: kind + ISO dates for every Deadline of points and
//                        measures; several terms in one phrase split; terms stated inside a
//                        point's sentence found; missing years inferred
//   normalise_parties    party.h: every point's and measure's responsible parties split, put
//                        into the nominative, abbreviations resolved through the glossary,
//                        inherited from parent points; the control clause in the nominative
#pragma once

#include "record/record.h"

namespace prikaz::extract {

void normalise_deadlines(record::Record &rec);
void normalise_parties(record::Record &rec);

} // namespace prikaz::extract
