// The enacting word of an order or decision (ПРИКАЗЫВАЮ, ПОСТАНОВЛЯЮ, РЕШИЛА, …), typed on its own
// line (with or without ":", possibly letter-spaced "п р и к а з ы в а ю") or closing the
// preamble sentence ("… в соответствии с … приказываю:").
#pragma once

#include <optional>
#include <string>

namespace prikaz::extract::operative {

struct EnactingHit {
    std::string word; // as written, without the colon: "РЕШИЛА", "п р и к а з ы в а ю"
    int begin = -1; // code points in the paragraph text
    int end = -1;
    bool whole = false;   // the paragraph is only the enacting word
    std::string preamble; // when not whole: the sentence before the word, trailing comma dropped
};

std::optional<EnactingHit> find_enacting(const std::string &text);

} // namespace prikaz::extract::operative
