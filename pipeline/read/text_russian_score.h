// A cheap linguistic check that tells which single-byte Cyrillic code page turned bytes into
// real Russian text. A wrong code page maps Russian letters onto a permutation of letters
// (KOI8-R vs windows-1251), onto box-drawing characters (IBM866) or onto rare Serbian and
// Ukrainian letters, so letter frequencies, letter case and stray symbols separate them even
// on one short line.
#pragma once

#include <unicode/unistr.h>

namespace prikaz::read {

struct RussianScore {
    // Log-likelihood of the text's letters under Russian letter frequencies, minus costs for
    // case flips ("оПХЙ") and stray symbols: higher is more Russian-like. It is a sum, so
    // longer texts give larger differences; compare only decodings of the same bytes.
    double value = 0;
    int letters = 0;        // Cyrillic letters counted
    bool plausible = false; // the text could be Russian (or has too few letters to tell)
};

RussianScore score_russian(const icu::UnicodeString &text);

} // namespace prikaz::read
