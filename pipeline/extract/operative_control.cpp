#include "extract/operative_control.h"

#include "extract/operative_names.h"
#include "extract/text_util.h"

#include <unicode/regex.h>

namespace prikaz::extract::operative {

namespace {

constexpr uint32_t kFlags = UREGEX_CASE_INSENSITIVE | UREGEX_DOTALL;

// Group 1: the clause; group 2: the controller as written (accusative after «на»).
const Regex &assign_pattern() {
    static const Regex re(
        R"((?:^|\s)(контрол[ья]\b.*?\b(?:возложить|возлагаю|возлагается|возложен[аоы]?)\s+на\s+(.+)))"
        R"(|(?:^|\s)(возложить\s+контроль\b.*?\s+на\s+(.+)))",
        kFlags);
    return re;
}

const Regex &self_pattern() {
    static const Regex re(
        R"((?:^|\s)(контрол[ья]\b.*?\b(?:оставляю|оставить|оставлю|оставляется)\s+за\s+собой))",
        kFlags);
    return re;
}

// «Контроль … осуществляет заместитель …»: the controller already in the nominative.
const Regex &nominative_pattern() {
    static const Regex re(
        R"((?:^|\s)(контрол[ья]\b.*?\b(?:осуществляет|осуществлять|осуществляется)\s+(.+)))",
        kFlags);
    return re;
}

// The clause ends with its sentence: a period after a lower-case word (not an initial "С.")
// followed by more text.
int sentence_end(const std::string &text, int from_cp) {
    static const Regex end(R"((?<=\p{Ll}{2})\.(?=\s))", 0);
    Match m;
    return end.search(text, m, from_cp) ? m[0].end : -1;
}

std::string slice(const std::string &text, int begin, int end) {
    return substr_cp(text, begin, end);
}

void strip_final_period(const std::string &text, int begin, int &end) {
    std::string t = slice(text, begin, end);
    static const Regex lower_period(R"(\p{Ll}\.\s*$)", 0);
    while (end > begin && (t.back() == ' ' || t.back() == '\n')) {
        t.pop_back();
        --end;
    }
    if (lower_period.contains(t))
        --end;
}

// Offsets are kept when the value is a part of the point's first paragraph; a value that is the
// whole paragraph, or was found in text joined from several paragraphs, has none.
struct Where {
    const std::string &block;
    int length; // code points of the paragraph text; -1 when searching joined text
};

record::Source source_of(const Where &where, int begin, int end) {
    bool partial = where.length >= 0 && !(begin <= 0 && end >= where.length);
    return partial ? record::Source{where.block, begin, end} : record::Source{where.block, -1, -1};
}

// Splits «заместителя министра Беспалову С.Э.» / «начальника отдела (Иванова И.И.)» into the
// position and the person; `begin` is the target's offset in `text`.
void split_controller(const std::string &text, int begin, int end, bool accusative,
                      const Where &where, record::Control &c) {
    std::string target = slice(text, begin, end);
    std::string bare = target;
    int name_end = end;
    if (!bare.empty() && bare.back() == ')' && bare.find('(') != std::string::npos) {
        bare.pop_back(); // «(Иванова И.И.)»
        --name_end;
    }
    auto name = find_name_at_end(bare);
    int pos_end = end;
    if (name) {
        std::string as_written = name->text;
        c.person.value = person_nominative(as_written, accusative);
        c.person.source = source_of(where, begin + name->begin, name_end);
        pos_end = begin + name->begin;
    }
    std::string position = trim(slice(text, begin, pos_end));
    while (!position.empty() && (position.back() == '(' || position.back() == ','))
        position = trim(position.substr(0, position.size() - 1));
    if (position.empty())
        return;
    c.position.value = accusative ? position_nominative(position) : collapse_lines(position);
    c.position.source = source_of(where, begin, begin + code_points(position));
}

std::optional<ControlHit> match_clause(const std::string &text, const Where &where) {
    if (!contains_folded(text, {"контрол"})) // every clause pattern needs «контрол»
        return std::nullopt;
    Match m;
    ControlHit hit;
    hit.control.source = source_of(where, -1, -1);
    if (self_pattern().search(text, m)) {
        hit.self = true;
        hit.control.as_written = collapse_lines(m[1].text);
        hit.control.source = source_of(where, m[1].begin, m[1].end);
        return hit;
    }
    bool accusative = assign_pattern().search(text, m);
    if (!accusative && !nominative_pattern().search(text, m))
        return std::nullopt;
    size_t g = m.has(1) ? 1 : 3; // the clause group of the alternative that matched
    int begin = m[g].begin, target = m[g + 1].begin, end = m[g].end;
    int stop = sentence_end(text, target);
    if (stop > 0 && stop < end)
        end = stop;
    strip_final_period(text, begin, end);
    hit.control.as_written = collapse_lines(trim(slice(text, begin, end)));
    hit.control.source = source_of(where, begin, end);
    split_controller(text, target, end, accusative, where, hit.control);
    return hit;
}

const model::Paragraph *paragraph_by_id(const model::Document &doc, size_t from, size_t to,
                                        const std::string &id) {
    for (size_t i = from; i < to && i < doc.body.size(); ++i)
        if (doc.body[i].source.id == id && doc.body[i].kind == model::Block::Kind::Paragraph)
            return &doc.body[i].paragraph;
    return nullptr;
}

std::optional<ControlHit> in_point(const model::Document &doc, size_t from, size_t to,
                                   const record::Point &p) {
    const model::Paragraph *first = paragraph_by_id(doc, from, to, p.source.block);
    if (first) {
        if (auto hit = match_clause(first->text, Where{p.source.block, code_points(first->text)}))
            return hit;
    }
    if (auto hit = match_clause(p.text.value, Where{p.source.block, -1}))
        return hit;
    for (const record::Point &child : p.points)
        if (auto hit = in_point(doc, from, to, child))
            return hit;
    return std::nullopt;
}

} // namespace

std::optional<ControlHit> find_control(const model::Document &doc, size_t from, size_t to,
                                       const std::vector<record::Point> &points) {
    for (const record::Point &p : points)
        if (auto hit = in_point(doc, from, to, p))
            return hit;
    return std::nullopt;
}

void fill_self_control(record::Control &control, const std::vector<record::Signature> &signatures) {
    if (signatures.empty())
        return;
    control.position = signatures.front().position;
    control.person = signatures.front().person;
    if (!control.person.empty())
        control.person.value = person_nominative(control.person.value, false);
}

} // namespace prikaz::extract::operative
