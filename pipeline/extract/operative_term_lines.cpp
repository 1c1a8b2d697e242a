#include "extract/operative_term_lines.h"

#include "extract/appendix_text.h"
#include "extract/operative_deadline_line.h"
#include "extract/text_util.h"

#include <optional>

namespace prikaz::extract::operative {

namespace {

struct Label {
    TermLineKind kind;
    int length; // code points up to the value
};

// «Срок», «Сроки», «Срок исполнения», «Срок выполнения», «Сроки реализации» …; «Ответственный»,
// «Ответственные», «Ответственный исполнитель», «Исполнитель(и)», «Отв.»; then «:» or a dash.
std::optional<Label> label_of(const std::string &line) {
    if (!contains_folded(line, {"срок", "ответств", "исполнител", "отв."}))
        return std::nullopt;
    static const Regex deadline(
        R"(^\s*сроки?(?:\s+(?:исполнения|выполнения|реализации|проведения|представления))?)"
        R"(\s*(?::|[-–—](?=\s)))");
    static const Regex responsible(
        R"(^\s*(?:ответственн(?:ый|ая|ые)(?:\s+(?:исполнител[ьи]|за\s+исполнение))?|)"
        R"(исполнител[ьи]|отв\.)\s*(?::|[-–—](?=\s)))");
    Match m;
    if (deadline.starts(line, m))
        return Label{TermLineKind::Deadline, m[0].end};
    if (responsible.starts(line, m))
        return Label{TermLineKind::Responsible, m[0].end};
    return std::nullopt;
}

// The value of a labelled line: its text after the label, and its code points in the paragraph.
TermLine value_of(const Line &line, const Label &label) {
    std::string rest = substr_cp(line.text, label.length, code_points(line.text));
    std::string value = trim(rest);
    int lead = static_cast<int>(rest.find_first_not_of(" \t"));
    if (lead < 0)
        lead = 0;
    TermLine out;
    out.kind = label.kind;
    out.value = value;
    out.begin = line.begin + label.length + lead;
    out.end = out.begin + code_points(value);
    return out;
}

// A responsible list may wrap onto any further line; a deadline only onto a line that goes on
// with its phrase (lower case or a digit: «до 1 сентября\n2019 года»).
bool continues(const TermLine &open, const std::string &line) {
    std::string text = trim(line);
    if (text.empty())
        return false;
    if (open.kind == TermLineKind::Responsible)
        return true;
    static const Regex goes_on(R"(^[\p{Ll}\d])", 0);
    return goes_on.contains(text);
}

// «Шкляева Н.Г.»: the dot of an initial belongs to the name.
bool ends_with_initial(const std::string &text) {
    static const Regex initial(R"((?:^|[\s.])\p{Lu}\.$)", 0);
    return initial.contains(text);
}

} // namespace

TermLines split_term_lines(const std::string &paragraph_text) {
    TermLines out;
    std::vector<std::string> body;
    std::optional<TermLine> open; // the labelled line that following lines continue
    for (const Line &line : split_lines(paragraph_text)) {
        if (std::optional<Label> label = label_of(line.text)) {
            if (open)
                out.lines.push_back(*open);
            open = value_of(line, *label);
            continue;
        }
        if (open && continues(*open, line.text)) {
            open->value += " " + trim(line.text);
            open->end = line.begin + code_points(line.text);
            continue;
        }
        body.push_back(line.text);
    }
    if (open)
        out.lines.push_back(*open);
    for (size_t i = 0; i < body.size(); ++i)
        out.body += (i ? "\n" : "") + body[i];
    return out;
}

std::vector<TermLine> inline_term_labels(const std::string &text) {
    if (!contains_folded(text, {"срок", "ответств"}))
        return {};
    // A label after the end of a sentence or clause: «… детей в 2023 году. Ответственный:
    // Шкляева Н.Г., начальник отдела. Срок исполнения: до 01.03.2023.», «…, срок исполнения –
    // май 2023 года, ответственный – Ившина Е.А.»
    static const Regex label(
        R"((?<=[.;,][ \t])\s*(?:(сроки?(?:\s+(?:исполнения|выполнения|реализации))?)|)"
        R"(ответственн(?:ый|ая|ые)(?:\s+исполнител[ьи])?)\s*(?::|[–—-](?=\s))\s*)");
    std::vector<Match> labels = label.all(text);
    std::vector<TermLine> out;
    int text_end = code_points(text);
    for (size_t i = 0; i < labels.size(); ++i) {
        int begin = labels[i][0].end;
        int end = i + 1 < labels.size() ? labels[i + 1][0].begin : text_end;
        std::string value = substr_cp(text, begin, end);
        // the value ends where the next label's clause starts (its «.», «,» or «;» go)
        std::string trimmed = trim(value);
        while (!trimmed.empty() && (trimmed.back() == ',' || trimmed.back() == ';' ||
                                    (trimmed.back() == '.' && !ends_with_initial(trimmed))))
            trimmed = trim(trimmed.substr(0, trimmed.size() - 1));
        if (trimmed.empty())
            continue;
        // inside a sentence «срок» may be a plain noun: only a term after it makes a label
        if (labels[i].has(1) && !is_deadline_only(trimmed))
            continue;
        TermLine line;
        line.kind = labels[i].has(1) ? TermLineKind::Deadline : TermLineKind::Responsible;
        line.value = trimmed;
        line.begin = begin + static_cast<int>(value.find_first_not_of(" \t\n"));
        line.end = line.begin + code_points(trimmed);
        out.push_back(std::move(line));
    }
    return out;
}

} // namespace prikaz::extract::operative
