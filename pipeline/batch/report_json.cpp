// report.json: the report's numbers for programs. Keys in a fixed order (Poco preserves the
// insertion order when asked), so that two reports diff well.
#include "batch/report.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <sstream>

namespace prikaz::batch {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Object::Ptr ordered() {
    return new Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

Object::Ptr settings_json(const Report &r) {
    Object::Ptr o = ordered();
    o->set("to", r.target);
    if (!r.template_name.empty())
        o->set("template", r.template_name);
    o->set("jobs", r.jobs);
    if (!r.shard.empty())
        o->set("shard", r.shard);
    o->set("out_dir", r.out_dir);
    return o;
}

Object::Ptr counts_json(const Report &r) {
    Object::Ptr o = ordered();
    o->set("total", r.total());
    o->set("converted", r.converted);
    o->set("skipped_unchanged", r.skipped_unchanged);
    o->set("failed", r.failed);
    o->set("not_documents", r.not_documents);
    return o;
}

Object::Ptr fields_json(const ReportTotals &t) {
    Object::Ptr o = ordered();
    o->set("points", t.points);
    o->set("points_without_deadline", t.points_without_deadline);
    o->set("points_without_responsible", t.points_without_responsible);
    o->set("measures", t.measures);
    o->set("measures_without_deadline", t.measures_without_deadline);
    o->set("measures_without_responsible", t.measures_without_responsible);
    o->set("records_without_date", t.records_without_date);
    o->set("records_without_number", t.records_without_number);
    return o;
}

Object::Ptr speed_json(const Report &r) {
    Object::Ptr o = ordered();
    o->set("elapsed_seconds", r.elapsed_seconds);
    double secs = r.elapsed_seconds > 0 ? r.elapsed_seconds : 0;
    o->set("converted_per_second", secs > 0 ? r.converted / secs : 0.0);
    o->set("converted_mb_per_second", secs > 0 ? r.converted_bytes / 1e6 / secs : 0.0);
    return o;
}

} // namespace

std::string report_json(const Report &r) {
    Object::Ptr root = ordered();
    root->set("settings", settings_json(r));
    root->set("counts", counts_json(r));
    Object::Ptr kinds = ordered();
    for (const auto &[kind, n] : r.by_kind)
        kinds->set(kind.empty() ? "(none)" : kind, n);
    root->set("by_kind", kinds);
    root->set("fields", fields_json(r.totals));
    Array::Ptr failures = new Array;
    for (const Failure &f : r.failures) {
        Object::Ptr o = ordered();
        o->set("file", f.file);
        o->set("reason", f.reason);
        failures->add(o);
    }
    root->set("failures", failures);
    root->set("failures_not_listed", r.failures_not_listed);
    Array::Ptr slowest = new Array;
    for (const TimedFile &t : r.slowest) {
        Object::Ptr o = ordered();
        o->set("file", t.file);
        o->set("seconds", t.seconds);
        slowest->add(o);
    }
    root->set("slowest", slowest);
    root->set("speed", speed_json(r));
    std::ostringstream out;
    root->stringify(out, 2);
    out << '\n';
    return out.str();
}

} // namespace prikaz::batch
