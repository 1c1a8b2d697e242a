// The marks that open an appendix (GOST R 7.0.97 «отметка о приложении» on the appendix
// itself, and the approval stamp «УТВЕРЖДЕН»):
//   «ПРИЛОЖЕНИЕ», «Приложение N 1», «Приложение № 2 к приказу …», «Приложение N 1. План …»
//   «УТВЕРЖДЕН(А/О/Ы)» alone or with «приказом / распоряжением / решением …»
// A mark stands at the start of its own unlabelled paragraph. Not marks: «Приложение: на 3 л.»
// (the enclosure note of a letter), «(приложение N 1)» inside a point, «Приложение к
// настоящему приказу изложить …» (a sentence).
#pragma once

#include "model/document.h"

#include <string>

namespace prikaz::extract {

struct MarkLine {
    enum class Kind { None, Appendix, Approval };
    enum class Rest { None, Approval, Title };
    Kind kind = Kind::None;
    std::string num; // "1" for «Приложение N 1»; empty when unnumbered or for a stamp
    Rest rest_kind = Rest::None; // what follows the mark on the same line
    std::string rest; // «к приказу …» or the title after «Приложение N 1.»
    int rest_begin = -1; // code-point offset of `rest` in the line
};

MarkLine parse_mark_line(const std::string &line);

// A line that starts an approval after an appendix mark: «к распоряжению …», «УТВЕРЖДЕН …».
bool starts_approval(const std::string &line);

// The approval is complete: its text holds the document number («№ 3.12-132-р», «N 22-01»).
bool closes_approval(const std::string &approval_text);

// An unlabelled paragraph whose first line is an appendix mark or an approval stamp.
bool is_mark_paragraph(const model::Paragraph &p);

} // namespace prikaz::extract
