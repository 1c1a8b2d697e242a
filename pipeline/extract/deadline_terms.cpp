// From tokens to deadlines: scanning a phrase for terms, sharing a list's year, and building
// the record value of a term (dates, inferred year, due date of a relative term, its words).
#include "extract/deadline_rules.h"

namespace prikaz::extract {

namespace deadline {

std::vector<Term> scan_terms(const Tokens &t, Where where) {
    std::vector<Term> terms;
    for (size_t i = 0; i < t.size();) {
        Term term;
        if (deadline::recurring_term(t, i, where, term) ||
            deadline::relative_term(t, i, where, term) || deadline::dated_term(t, i, where, term)) {
            terms.push_back(term);
            i = term.end > i ? term.end : i + 1;
        } else {
            ++i;
        }
    }
    return terms;
}

namespace {

// Only commas, semicolons and "и" between two terms: a list.
bool listed(const Tokens &t, size_t from, size_t to) {
    for (size_t i = from; i < to; ++i)
        if (!t.punct(i, ",;") && !t.word(i, {"и"}))
            return false;
    return true;
}

} // namespace

void share_list_years(const Tokens &t, std::vector<Term> &terms) {
    for (size_t k = terms.size(); k-- > 1;) {
        Term &before = terms[k - 1];
        const Term &after = terms[k];
        if (!before.dated || !after.dated || before.span.year != 0 || after.span.year == 0)
            continue;
        if (!listed(t, before.end, after.first))
            continue;
        before.span.year = after.span.year;
    }
}

namespace {

record::DeadlineKind reading_kind(const Term &term) {
    switch (term.reading) {
    case Reading::On:
        return record::DeadlineKind::On;
    case Reading::By:
    case Reading::ByStart:
        return record::DeadlineKind::By;
    case Reading::Period:
        break;
    }
    return term.span.single_day() ? record::DeadlineKind::On : record::DeadlineKind::Period;
}

// The dates of a dated term; without a year to be had the kind stays and the dates are left out.
void fill_dates(const Term &term, const DeadlineContext &ctx, record::Deadline &d) {
    bool recurring = d.kind == record::DeadlineKind::Recurring;
    if (!recurring)
        d.kind = reading_kind(term);
    CalSpan span = term.span;
    if (span.year == 0) {
        span.year = infer_year(span, ctx.scopes, ctx.ref_date);
        if (span.year == 0)
            return;
        d.year_inferred = true;
    }
    std::string start = iso(span_start(span));
    std::string end = iso(span_end(span));
    if (recurring || term.reading == Reading::By) {
        d.date = end; // a yearly recurrence: its first due date
    } else if (d.kind == record::DeadlineKind::Period) {
        d.from = start;
        d.to = end;
    } else {
        d.date = start;
    }
}

void fill_relative_date(const Term &term, const DeadlineContext &ctx, record::Deadline &d) {
    deadline::Ymd ref;
    if (!term.relative_to_document || !deadline::parse_iso(ctx.ref_date, ref))
        return;
    d.date = deadline::iso(deadline::add_units(ref, d.amount, d.unit));
}

} // namespace

record::Deadline build_deadline(const Term &term, const Tokens &t, const std::string &text,
                                const DeadlineContext &ctx) {
    record::Deadline d = term.value;
    if (term.dated) {
        fill_dates(term, ctx, d);
    } else if (d.kind == record::DeadlineKind::Relative) {
        fill_relative_date(term, ctx, d);
    }
    d.source.begin = t[term.first].begin;
    d.source.end = t[term.end - 1].end;
    d.as_written = deadline::slice(text, d.source.begin, d.source.end);
    return d;
}

} // namespace deadline

} // namespace prikaz::extract
