#include "batch/record_stats.h"

namespace prikaz::batch {

namespace {

void count_points(const std::vector<record::Point> &points, RecordStats &s) {
    for (const record::Point &p : points) {
        ++s.points;
        if (p.deadlines.empty())
            ++s.points_without_deadline;
        if (p.responsible.empty())
            ++s.points_without_responsible;
        count_points(p.points, s);
    }
}

void count_measures(const std::vector<record::Measure> &measures, RecordStats &s) {
    for (const record::Measure &m : measures) {
        ++s.measures;
        if (m.deadlines.empty())
            ++s.measures_without_deadline;
        if (m.responsible.empty())
            ++s.measures_without_responsible;
    }
}

} // namespace

RecordStats record_stats(const record::Record &rec) {
    RecordStats s;
    s.kind = rec.kind;
    count_points(rec.points, s);
    for (const record::Appendix &a : rec.appendices) {
        count_measures(a.measures, s);
        for (const record::Section &sec : a.sections)
            count_measures(sec.measures, s);
    }
    s.has_date = !rec.requisites.date.empty();
    s.has_number = !rec.requisites.number.empty();
    return s;
}

} // namespace prikaz::batch
