// Compiling a case-insensitive ICU regex closes every set over case (UnicodeSet::closeOver),
// code point by code point: for \p{L}, some 140 000 of them, about 8M instructions each time
// \p{L} is written (twice inside brackets). With some sixty static patterns that was most of
// the start-up of a `prikaz extract`. The closure of \p{L} is known: \p{L} plus U+0345
// (COMBINING GREEK YPOGEGRAMMENI, whose case partner is ι) — the regex matcher drops the
// multi-character strings closeOver adds. So a case-insensitive pattern can carry that closed
// set in a case-sensitive group, (?-i:[\p{L}\u0345]), and match exactly the same texts.
#pragma once

#include <cstdint>
#include <string>

namespace prikaz::extract {

// The closed letter set as written into rewritten patterns (without the brackets).
inline constexpr const char *kClosedLetters = "\\p{L}\\u0345";

// `pattern` with every \p{L} (alone, or in a bracket set whose other members are closed under
// case already) replaced by the pre-closed set in a case-sensitive group, when `flags` has
// UREGEX_CASE_INSENSITIVE; a quantifier that follows moves into the group so ICU still compiles
// a fast set loop. Anything this does not follow (inline flags, comments, \Q…\E, nested or
// operator sets, ranges) is left as written: ICU then closes it as before.
std::string presolve_letter_closure(const std::string &pattern, uint32_t flags);

} // namespace prikaz::extract
