// Labelled lines under a point, as board decisions and plans in prose write them:
//   «Срок: II квартал 2019 г.», «Сроки исполнения – до 1 июня 2020 года»,
//   «Ответственный: заместитель министра Сафонова Н.Е.», «Ответственные исполнители: …»,
//   «Исполнитель: …».
// Each stands on a line of its own: a paragraph of its own after the point, or a line of the
// point's paragraph. The label is not part of the value; the value keeps its code points in the
// paragraph.
#pragma once

#include <string>
#include <vector>

namespace prikaz::extract::operative {

enum class TermLineKind { Deadline, Responsible };

struct TermLine {
    TermLineKind kind = TermLineKind::Deadline;
    std::string value; // after the label, trimmed, lines joined
    int begin = -1;    // code points of the value in the paragraph text
    int end = -1;
};

struct TermLines {
    std::string body; // the paragraph without its labelled lines ("" when it was only those)
    std::vector<TermLine> lines;
};

// Splits the labelled lines off a paragraph's text. A labelled line runs on over the following
// lines until the next labelled line (a responsible list may wrap).
TermLines split_term_lines(const std::string &paragraph_text);

// The same labels inside a paragraph, after the end of a sentence or clause («… в 2023 году.
// Ответственный: Шкляева Н.Г., начальник отдела. Срок исполнения: до 01.03.2023.», «…, срок
// исполнения – май 2023 года, ответственный – Ившина Е.А.»). The text stays as written; each
// value runs to the next label or the end of the paragraph, its closing punctuation dropped.
std::vector<TermLine> inline_term_labels(const std::string &text);

} // namespace prikaz::extract::operative
