// Russian wording of dates and deadlines for rendered documents. Month names come from ICU
// (locale "ru": genitive "марта" in dates, standalone nominative "март" for months), so no
// month list is written here. Deadline phrases are chosen so that prikaz's own extractor
// (extract/deadline.h) reads them back to the same normalised deadline.
#pragma once

#include "render/value.h"

#include <optional>
#include <string>

namespace prikaz::render {

struct IsoDate {
    int year = 0, month = 0, day = 0;
};

// A real Gregorian date written exactly as YYYY-MM-DD; nullopt otherwise.
std::optional<IsoDate> parse_iso_date(const std::string &text);

std::string date_numeric(const IsoDate &d); // "01.03.2023"
std::string date_words(const IsoDate &d);   // "1 марта 2023"
std::string month_name(int month);          // "март"

// The phrase for one deadline (a deadline map of the context, render/context.h); "" when the
// deadline has neither usable values nor words.
std::string deadline_phrase(const Value &deadline);

} // namespace prikaz::render
