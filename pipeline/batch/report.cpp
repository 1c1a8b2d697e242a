#include "batch/report.h"

#include <algorithm>

namespace prikaz::batch {

namespace {

void add_stats(ReportTotals &t, const RecordStats &s) {
    t.points += s.points;
    t.points_without_deadline += s.points_without_deadline;
    t.points_without_responsible += s.points_without_responsible;
    t.measures += s.measures;
    t.measures_without_deadline += s.measures_without_deadline;
    t.measures_without_responsible += s.measures_without_responsible;
    t.records_without_date += s.has_date ? 0 : 1;
    t.records_without_number += s.has_number ? 0 : 1;
}

// Keeps the kSlowest slowest, slowest first; a handful of entries, so insertion is cheap.
void keep_slowest(std::vector<TimedFile> &slowest, const FileResult &r) {
    if (slowest.size() == Report::kSlowest && slowest.back().seconds >= r.seconds)
        return;
    TimedFile t{r.input, r.seconds};
    auto at = std::upper_bound(
        slowest.begin(), slowest.end(), t,
        [](const TimedFile &a, const TimedFile &b) { return a.seconds > b.seconds; });
    slowest.insert(at, t);
    if (slowest.size() > Report::kSlowest)
        slowest.pop_back();
}

void list_failure(Report &report, const std::string &file, const std::string &reason) {
    if (report.failures.size() < Report::kFailuresListed)
        report.failures.push_back({file, reason});
    else
        ++report.failures_not_listed;
}

} // namespace

void Report::add(const FileResult &r) {
    switch (r.outcome) {
    case Outcome::Converted:
        ++converted;
        converted_bytes += r.input_bytes;
        break;
    case Outcome::SkippedUnchanged:
        ++skipped_unchanged;
        break;
    case Outcome::Failed:
        ++failed;
        list_failure(*this, r.input, r.reason);
        break;
    }
    if (r.outcome != Outcome::Failed) {
        ++by_kind[r.stats.kind];
        add_stats(totals, r.stats);
    }
    if (r.outcome != Outcome::SkippedUnchanged)
        keep_slowest(slowest, r);
}

void Report::add_problem(const std::string &input, const std::string &reason) {
    ++failed;
    list_failure(*this, input, reason);
}

} // namespace prikaz::batch
