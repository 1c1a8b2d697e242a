// The filters templates may apply ({{ requisites.date | date_long }}): Russian dates and
// deadlines, parties, case, lists. The list and the meaning of each: README, Templates.
// Every filter is a pure function of its input and arguments and may run on many threads.
#pragma once

#include "render/value.h"

#include <string>
#include <string_view>
#include <vector>

namespace prikaz::render {

// nullptr when there is no filter of that name (usable as a FilterLookup).
Filter find_filter(std::string_view name);

// Every filter name, in alphabetical order (for `prikaz template check` and messages).
std::vector<std::string> filter_names();

} // namespace prikaz::render
