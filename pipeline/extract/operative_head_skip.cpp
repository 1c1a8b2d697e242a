#include "extract/operative_head_skip.h"

#include "extract/head_shapes.h"
#include "extract/operative_enacting.h"
#include "extract/operative_lines.h"
#include "extract/text_util.h"

#include <optional>
#include <vector>

namespace prikaz::extract::operative {

namespace {

std::vector<std::string> lines_of(const std::string &text) {
    std::vector<std::string> out;
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t nl = text.find('\n', pos);
        out.push_back(trim(text.substr(pos, nl == std::string::npos ? nl : nl - pos)));
        if (nl == std::string::npos)
            break;
        pos = nl + 1;
    }
    return out;
}

int words(const std::string &s) {
    static const Regex word(R"(\S+)");
    return static_cast<int>(word.all(s).size());
}

bool has_lower_letter(const std::string &s) {
    static const Regex lower_letter(R"(\p{Ll})", 0);
    return lower_letter.contains(s);
}

// Date, number and «на № … от …» lines: every line short and carrying a digit, № or blanks.
bool is_requisite_lines(const std::string &text) {
    static const Regex mark(R"([\d№]|_{2,})");
    for (const std::string &line : lines_of(text))
        if (!line.empty() && (words(line) > 8 || !mark.contains(line)))
            return false;
    return true;
}

// The place line of a head (head_shapes.h knows the settlement types), or a bare name of one
// or two capitalised words.
bool is_place(const std::string &text) {
    static const Regex single_name(R"(^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$)", 0);
    if (text.find('\n') != std::string::npos || words(text) > 4)
        return false;
    std::optional<PlaceShape> shape = place_shape(text);
    return (shape && shape->prefixed) || single_name.contains(text);
}

bool is_title(const std::string &text) {
    static const Regex title(R"(^(?:О|Об|Обо)\s)", 0);
    char last = text.empty() ? '\0' : text.back();
    return title.contains(text) && last != '.' && last != ':';
}

bool is_addressee(const std::string &text) {
    static const Regex plural(R"(^\p{Lu}\p{Ll}+(?:ам|ям)\s)", 0);
    static const Regex singular(
        R"(^(?:Главе|Директору|Начальнику|Руководителю|Министру|Председателю|Заместителю)"
        R"(|Заведующему|Ректору|Губернатору|Прокурору)\s)",
        0);
    char last = text.empty() ? '\0' : text.back();
    return (plural.contains(text) || singular.contains(text)) && last != '.' && last != ':';
}

bool is_letterhead(const std::string &text) {
    static const Regex contact(
        R"(тел[.:]|факс|e-?mail|www\.|https?://|\bИНН\b|\bОГРН\b|\bОКПО\b|\b\d{6}\b)");
    return contact.contains(text);
}

// "Решение\nколлегии …", "ПРИКАЗ": the document kind opens the paragraph on a line of its own.
bool starts_with_kind(const std::string &text) {
    static const Regex kind(
        R"(^(?:приказ|распоряжение|решение|постановление|письмо|протокол|указ)\s*$)");
    return kind.contains(first_line(text));
}

bool is_head_paragraph(const model::Paragraph &p) {
    const std::string &t = p.text;
    if (!p.label.empty() || t.empty())
        return p.label.empty();
    return !has_lower_letter(t) || p.bold || p.align == model::Align::Center ||
           starts_with_kind(t) || is_requisite_lines(t) || is_place(t) || is_title(t) ||
           is_addressee(t) || is_letterhead(t);
}

bool is_enacting_paragraph(const model::Block &b) {
    return b.kind == model::Block::Kind::Paragraph && b.paragraph.label.empty() &&
           find_enacting(b.paragraph.text).has_value();
}

} // namespace

size_t skip_head(const model::Document &doc, size_t from, size_t to) {
    size_t i = from;
    for (; i < to; ++i) {
        const model::Block &b = doc.body[i];
        if (b.kind != model::Block::Kind::Paragraph)
            continue; // letterhead tables and breaks
        if (is_enacting_paragraph(b))
            break;
        // A short preamble right before the enacting word is still the preamble.
        if (i + 1 < to && is_enacting_paragraph(doc.body[i + 1]))
            break;
        if (!is_head_paragraph(b.paragraph))
            break;
    }
    return i;
}

} // namespace prikaz::extract::operative
