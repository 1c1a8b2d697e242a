// The deadline pass over an extracted record (see deadline.h for the grammar):
//   - every deadline the zones kept as written (kind unknown: a deadline line under a point, a
//     plan table's deadline cell) is parsed; a phrase with several terms becomes several
//     deadlines, each with its own words and code points inside the phrase's block;
//   - the terms stated inside a point's own sentence are added to that point (source = the
//     point's text block and the term's code points in the text) when the point has no term
//     stated on its own (a deadline line, a «Срок: …» label): such a term is the point's, and
//     the dates of its sentence then tell what the work is about («план … в 2023 году»);
//   - a missing year comes from the plan's scope and the document date (deadline_calendar.h):
//     for a plan table the appendix title's scope ("План … на 2020 год"), else the document
//     title's, else the scope an approving point names ("Утвердить план … на 2020 год").
// Deadlines are not inherited: a parent point's term stays with the parent.
#include "extract/deadline.h"
#include "extract/normalise.h"

namespace prikaz::extract {

namespace {

using deadline::Scope;

std::vector<Scope> document_scopes(const record::Record &rec) {
    std::vector<Scope> scopes = deadline::find_scopes(rec.requisites.title.value);
    if (!scopes.empty())
        return scopes;
    for (const record::Point &p : rec.points) {
        scopes = deadline::find_scopes(p.text.value);
        if (!scopes.empty())
            return scopes;
    }
    return scopes;
}

// The phrase's deadlines with sources inside the phrase's block.
std::vector<record::Deadline> parse_kept(const record::Deadline &kept, const DeadlineContext &ctx) {
    std::vector<record::Deadline> parsed = parse_deadline_phrase(kept.as_written, ctx);
    for (record::Deadline &d : parsed) {
        if (parsed.size() == 1) { // the whole phrase: where the zone found it
            d.source = kept.source;
            continue;
        }
        int base = kept.source.begin >= 0 ? kept.source.begin : 0;
        d.source.block = kept.source.block;
        d.source.begin += base;
        d.source.end += base;
    }
    return parsed;
}

std::vector<record::Deadline> parse_all(const std::vector<record::Deadline> &deadlines,
                                        const DeadlineContext &ctx) {
    std::vector<record::Deadline> out;
    for (const record::Deadline &d : deadlines) {
        if (d.kind != record::DeadlineKind::Unknown) {
            out.push_back(d);
            continue;
        }
        for (record::Deadline &parsed : parse_kept(d, ctx))
            out.push_back(std::move(parsed));
    }
    return out;
}

bool has_value(const std::vector<record::Deadline> &list, const record::Deadline &d) {
    for (const record::Deadline &other : list)
        if (same_deadline_value(other, d))
            return true;
    return false;
}

void normalise_point(record::Point &point, const DeadlineContext &ctx) {
    std::vector<record::Deadline> lines = parse_all(point.deadlines, ctx);
    std::vector<record::Deadline> all;
    int base = point.text.source.begin >= 0 ? point.text.source.begin : 0;
    std::vector<record::Deadline> in_text;
    if (lines.empty())
        in_text = find_sentence_deadlines(point.text.value, ctx);
    for (record::Deadline &d : in_text) {
        if (has_value(lines, d) || has_value(all, d))
            continue;
        d.source.block = point.text.source.block;
        d.source.begin += base;
        d.source.end += base;
        all.push_back(std::move(d));
    }
    for (record::Deadline &d : lines)
        all.push_back(std::move(d));
    point.deadlines = std::move(all);
    for (record::Point &child : point.points)
        normalise_point(child, ctx);
}

void normalise_measures(std::vector<record::Measure> &measures, const DeadlineContext &ctx) {
    for (record::Measure &m : measures)
        m.deadlines = parse_all(m.deadlines, ctx);
}

void normalise_appendix(record::Appendix &appendix, DeadlineContext ctx) {
    std::vector<Scope> own = deadline::find_scopes(appendix.title.value);
    if (!own.empty())
        ctx.scopes = own;
    normalise_measures(appendix.measures, ctx);
    for (record::Section &s : appendix.sections)
        normalise_measures(s.measures, ctx);
}

} // namespace

void normalise_deadlines(record::Record &rec) {
    DeadlineContext ctx;
    ctx.ref_date = rec.requisites.date.iso;
    ctx.scopes = document_scopes(rec);
    for (record::Point &p : rec.points)
        normalise_point(p, ctx);
    for (record::Appendix &a : rec.appendices)
        normalise_appendix(a, ctx);
}

} // namespace prikaz::extract
