// Terms stated inside a point's sentence (see deadline.h for what counts).
#include "extract/deadline.h"

#include "extract/deadline_rules.h"
#include "extract/text_util.h"

namespace prikaz::extract {

namespace {

using deadline::Term;
using deadline::Tokens;

// "Принять к сведению", "Принять информацию …", "Признать …", "Отметить …", "Считать …":
// a point that notes facts gives no instruction, so no term.
bool notes_facts(const Tokens &t) {
    size_t i = 0;
    while (i < t.size() && !t.is(i, deadline::Tok::Word))
        ++i;
    if (t.word(i, {"признать", "отметить", "считать"}))
        return true;
    return t.word(i, {"принять"}) &&
           (t.word(i + 1, {"к"}) || t.stem(i + 1, {"информаци", "сведени", "доклад"}) ||
            (t.word(i + 1, {"во"}) && t.word(i + 2, {"внимание"})));
}

bool opening_quote(const std::string &p) {
    return p == "«" || p == "“" || p == "„";
}

bool closing_quote(const std::string &p) {
    return p == "»" || p == "”";
}

// Tokens inside quotes and inside a ", что …" clause (up to a semicolon or the end).
std::vector<bool> excluded_tokens(const Tokens &t) {
    std::vector<bool> out(t.size(), false);
    int depth = 0;
    bool straight = false;
    bool clause = false;
    for (size_t i = 0; i < t.size(); ++i) {
        const std::string &w = t[i].word;
        if (t.is(i, deadline::Tok::Punct)) {
            if (opening_quote(w))
                ++depth;
            else if (closing_quote(w) && depth > 0)
                --depth;
            else if (w == "\"")
                straight = !straight;
            else if (w == ";")
                clause = false;
            else if (w == "," && t.word(i + 1, {"что"}))
                clause = true;
        }
        out[i] = depth > 0 || straight || clause;
    }
    return out;
}

// "на период до 2025 года": the scope of a programme, not a term; "в основной период с 24 мая
// по 1 июля" is a term.
bool after_scope_word(const Tokens &t, const Term &term) {
    return term.first > 0 && t.word(term.first - 1, {"период", "периода"}) &&
           term.reading != deadline::Reading::Period;
}

// «подготовка … к 2025/2026 учебному году», «к новому учебному году»: what the work prepares
// for, not when it is due.
bool toward_school_year(const Tokens &t, const Term &term) {
    if (!t.word(term.first, {"к", "ко"}))
        return false;
    for (size_t i = term.first; i < term.end && i < t.size(); ++i)
        if (t.stem(i, {"учебн"}))
            return true;
    return false;
}

// "мониторинга, проведенного в 2021 году": a term inside a past participle's phrase tells when
// something was done, not when it is due.
bool after_participle(const Tokens &t, const Term &term) {
    if (term.first == 0 || !t.is(term.first - 1, deadline::Tok::Word))
        return false;
    static const char *const endings[] = {"нного", "нной",  "нных", "нным", "нную", "нный",
                                          "нное",  "вшего", "вших", "вшей", "вшим", "вший"};
    const std::string &w = t[term.first - 1].word;
    for (const char *e : endings) {
        std::string ending = e;
        if (w.size() > ending.size() &&
            w.compare(w.size() - ending.size(), ending.size(), ending) == 0)
            return true;
    }
    return false;
}

// After a sentence's first term, only a "by" term, a recurrence or a relative term adds a
// deadline: a later "в 2022 году" qualifies a noun ("для участия в проекте в 2022 году").
bool adds_deadline(const Term &term, bool first) {
    if (first || !term.dated)
        return true;
    return term.reading == deadline::Reading::By || term.reading == deadline::Reading::ByStart;
}

bool ended_before(const record::Deadline &d, const std::string &ref_date) {
    if (ref_date.empty() || d.year_inferred)
        return false;
    const std::string &end = !d.to.empty() ? d.to : d.date;
    if (d.kind == record::DeadlineKind::Relative || d.kind == record::DeadlineKind::Recurring)
        return false;
    return !end.empty() && end < ref_date;
}

} // namespace

std::vector<record::Deadline> find_sentence_deadlines(const std::string &text,
                                                      const DeadlineContext &ctx) {
    std::vector<deadline::Token> tokens = deadline::tokenize(text);
    Tokens t(tokens);
    if (notes_facts(t))
        return {};
    std::vector<Term> terms = deadline::scan_terms(t, deadline::Where::Sentence);
    deadline::share_list_years(t, terms);
    std::vector<bool> excluded = excluded_tokens(t);
    std::vector<record::Deadline> out;
    for (const Term &term : terms) {
        if (excluded[term.first] || after_scope_word(t, term) || after_participle(t, term) ||
            toward_school_year(t, term) || !adds_deadline(term, out.empty()))
            continue;
        record::Deadline d = deadline::build_deadline(term, t, text, ctx);
        if (!ended_before(d, ctx.ref_date))
            out.push_back(std::move(d));
    }
    return out;
}

} // namespace prikaz::extract
