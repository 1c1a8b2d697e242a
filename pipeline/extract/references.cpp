// References to other documents: a document-kind word in any case ("письмо", "приказом",
// "распоряжения", "Федеральный закон") followed, before the next such word, by "от <date>" and
// a number "№ …"/"N …" next to that date (either order). The document's own date and number
// (as in an appendix stamp «УТВЕРЖДЕН приказом … от … №») are not references.
#include "extract/extract.h"
#include "extract/russian_date.h"
#include "extract/text_util.h"

#include <algorithm>
#include <cstdlib>

namespace prikaz::extract {

namespace {

// Stems with the case endings they take, so that "приказываю" or "решили" never match.
const Regex &kind_word() {
    static const Regex re("\\b(?:(письм)(?:о|а|у|ом|е|ами|ах)"
                          "|(приказ)(?:а|у|ом|е|ы|ов|ами|ах)?"
                          "|(распоряжени)(?:е|я|ю|ем|и|ями|ях)"
                          "|(постановлени)(?:е|я|ю|ем|и|ями|ях)"
                          "|(решени)(?:е|я|ю|ем|и|ями|ях)"
                          "|(указ)(?:а|у|ом|е)?"
                          "|(федеральн(?:ый|ого|ому|ым|ом|ые|ых|ыми)\\s+закон)"
                          "(?:а|у|ом|е|ы|ов|ами|ах)?"
                          "|(закон)(?:а|у|ом|е|ы|ов|ами|ах)?"
                          "|(протокол)(?:а|у|ом|е|ы|ов)?)\\b");
    return re;
}

const char *kKindByGroup[] = {"",
                              "письмо",
                              "приказ",
                              "распоряжение",
                              "постановление",
                              "решение",
                              "указ",
                              "федеральный закон",
                              "закон",
                              "протокол"};

const Regex &number_sign() {
    // "№ 01-121/13-01", "N 1687", "№3.12-132-р": starts with a digit, ends with a letter/digit;
    // a registry's letter index may come first: "№ Р-23", "№ ИХ.20-1985/24", "№ ДГ-1/03"
    static const Regex re("(?:№|\\bN)\\s*((?:\\p{L}{1,4}[-.]?)?[0-9][0-9\\p{L}./\\-]*[0-9\\p{L}]|"
                          "(?:\\p{L}{1,4}[-.]?)?[0-9])",
                          0);
    return re;
}

const Regex &from_word() {
    static const Regex re("\\bот\\s*$");
    return re;
}

constexpr int kMaxGapBetweenDateAndNumber = 40; // code points

struct Candidate {
    std::string kind;
    int begin = 0;      // kind word start
    int window_end = 0; // next kind word start or end of text
};

std::vector<Candidate> kind_words(const std::string &text) {
    std::vector<Candidate> out;
    // Every alternative of kind_word() starts with one of these stems.
    if (!contains_folded(text, {"письм", "приказ", "распоряжени", "постановлени", "решени", "указ",
                                "закон", "протокол"}))
        return out;
    for (const Match &m : kind_word().all(text)) {
        Candidate c;
        for (size_t g = 1; g < m.groups.size(); ++g)
            if (m.has(g))
                c.kind = kKindByGroup[g];
        c.begin = m[0].begin;
        if (!out.empty())
            out.back().window_end = c.begin;
        out.push_back(c);
    }
    if (!out.empty())
        out.back().window_end = code_points(text);
    return out;
}

struct FromDate {
    ParsedDate date;
    int from_begin = 0; // where "от" starts
};

// The dates in the window introduced by "от", in text order.
std::vector<FromDate> dates_after_from(const std::vector<ParsedDate> &dates,
                                       const std::string &text, const Candidate &c) {
    std::vector<FromDate> out;
    for (const ParsedDate &d : dates) {
        if (d.begin < c.begin || d.end > c.window_end)
            continue;
        int look_from = std::max(c.begin, d.begin - 6);
        std::string before = substr_cp(text, look_from, d.begin);
        Match m;
        if (from_word().search(before, m))
            out.push_back({d, look_from + m[0].begin});
    }
    return out;
}

std::optional<Group> number_near(const std::vector<Match> &numbers, const Candidate &c,
                                 const ParsedDate &d) {
    std::optional<Group> best;
    for (const Match &m : numbers) {
        const Group &g = m[1];
        if (m[0].begin < c.begin || g.end > c.window_end)
            continue;
        int gap = g.begin >= d.end ? m[0].begin - d.end : d.begin - g.end;
        if (gap >= 0 && gap <= kMaxGapBetweenDateAndNumber &&
            (!best || std::abs(g.begin - d.end) < std::abs(best->begin - d.end)))
            best = g;
    }
    return best;
}

bool is_own_document(const record::Record &rec, const std::string &iso, const std::string &number) {
    return !rec.requisites.date.iso.empty() && rec.requisites.date.iso == iso &&
           rec.requisites.number.value == number;
}

record::Reference make_reference(const std::string &text, const std::string &kind, int begin,
                                 const ParsedDate &date, const std::optional<Group> &number,
                                 const std::string &block) {
    int end = std::max(date.end, number ? number->end : 0);
    record::Reference ref;
    ref.kind = kind;
    ref.date = date.iso;
    ref.number = number ? number->text : std::string();
    ref.as_written = substr_cp(text, begin, end);
    ref.source = {block, begin, end};
    return ref;
}

// "письма … от 16.10.2023 № 01-13/206, от 09.11.2023 № 01-13/223": the first dated mention
// starts at the kind word; each further "от <date> № <number>" of the same kind word is a
// reference of its own (a number is required for those).
void references_in_paragraph(const model::Block &b, record::Record &rec) {
    const std::string &text = b.paragraph.text;
    if (text.find("от") == std::string::npos)
        return;
    std::vector<Candidate> candidates = kind_words(text);
    if (candidates.empty())
        return;
    std::vector<ParsedDate> dates = find_russian_dates(text);
    std::vector<Match> numbers; // found once, on the first dated mention
    bool numbers_found = false;
    for (const Candidate &c : candidates) {
        std::vector<FromDate> dated = dates_after_from(dates, text, c);
        for (size_t i = 0; i < dated.size(); ++i) {
            if (!numbers_found) {
                numbers = number_sign().all(text);
                numbers_found = true;
            }
            std::optional<Group> number = number_near(numbers, c, dated[i].date);
            if (i > 0 && !number)
                continue;
            std::string num = number ? number->text : std::string();
            if (is_own_document(rec, dated[i].date.iso, num))
                continue;
            int begin = i == 0 ? c.begin : dated[i].from_begin;
            rec.references.push_back(
                make_reference(text, c.kind, begin, dated[i].date, number, b.source.id));
        }
    }
}

void references_in_blocks(const std::vector<model::Block> &blocks, record::Record &rec) {
    for (const model::Block &b : blocks) {
        if (b.kind == model::Block::Kind::Paragraph)
            references_in_paragraph(b, rec);
        else if (b.kind == model::Block::Kind::Table)
            for (const model::Row &r : b.table.rows)
                for (const model::Cell &cell : r.cells)
                    references_in_blocks(cell.blocks, rec);
    }
}

} // namespace

void extract_references(const model::Document &doc, record::Record &rec) {
    references_in_blocks(doc.body, rec);
}

} // namespace prikaz::extract
