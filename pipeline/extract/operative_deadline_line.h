// "Is this paragraph only a deadline?" Two-column plans exported to text put the deadline of a
// point on its own line after the point ("В течение 2023 года", "До 1 марта 2023 года",
// "Ноябрь-декабрь 2023 года", "постоянно", "в срок до 15.01.2022"). Recognised by the grammar of
// such phrases: an optional preposition and a date / month / quarter / year phrase, or an adverb
// of recurrence or permanence; several of them may be joined by commas, "и" or dashes.
#pragma once

#include <string>

namespace prikaz::extract::operative {

bool is_deadline_only(const std::string &text);

} // namespace prikaz::extract::operative
