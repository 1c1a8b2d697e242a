// report.html: the report for people, one self-contained page (inline CSS, no scripts, no
// external resources). Built as a libxml2 HTML tree so that every file name and reason is
// escaped by the serialiser, never by hand.
#include "batch/report.h"

#include <libxml/HTMLtree.h>
#include <libxml/tree.h>

#include <cstdio>
#include <stdexcept>

namespace prikaz::batch {

namespace {

const char *kStyle =
    "body{font-family:sans-serif;margin:2em;color:#222}"
    "table{border-collapse:collapse;margin:0.5em 0 1.5em}"
    "th,td{border:1px solid #bbb;padding:0.25em 0.6em;text-align:left;vertical-align:top}"
    "td.n{text-align:right;font-variant-numeric:tabular-nums}"
    ".failed{color:#a00}";

const xmlChar *X(const char *s) {
    return reinterpret_cast<const xmlChar *>(s);
}

xmlNode *el(xmlNode *parent, const char *name, const std::string &text = "") {
    return xmlNewTextChild(parent, nullptr, X(name), text.empty() ? nullptr : X(text.c_str()));
}

std::string number(double v, const char *format) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

void row(xmlNode *table, const std::string &label, const std::string &value) {
    xmlNode *tr = el(table, "tr");
    el(tr, "th", label);
    xmlNode *td = el(tr, "td", value);
    xmlNewProp(td, X("class"), X("n"));
}

void header_row(xmlNode *table, std::initializer_list<const char *> names) {
    xmlNode *tr = el(table, "tr");
    for (const char *n : names)
        el(tr, "th", n);
}

void counts_section(xmlNode *body, const Report &r) {
    el(body, "h2", "Outcome");
    xmlNode *t = el(body, "table");
    row(t, "files", std::to_string(r.total()));
    row(t, "converted", std::to_string(r.converted));
    row(t, "skipped, unchanged since the last run (--resume)", std::to_string(r.skipped_unchanged));
    row(t, "failed", std::to_string(r.failed));
    row(t, "not documents (passed over by extension)", std::to_string(r.not_documents));
    row(t, "elapsed", number(r.elapsed_seconds, "%.1f s"));
    row(t, "converted per second",
        number(r.elapsed_seconds > 0 ? r.converted / r.elapsed_seconds : 0, "%.1f"));
}

void kinds_section(xmlNode *body, const Report &r) {
    el(body, "h2", "Documents by kind");
    xmlNode *t = el(body, "table");
    header_row(t, {"kind", "records"});
    for (const auto &[kind, n] : r.by_kind)
        row(t, kind.empty() ? "(none found)" : kind, std::to_string(n));
}

void fields_section(xmlNode *body, const Report &r) {
    el(body, "h2", "Fields");
    xmlNode *t = el(body, "table");
    const ReportTotals &f = r.totals;
    row(t, "points", std::to_string(f.points));
    row(t, "points without a deadline", std::to_string(f.points_without_deadline));
    row(t, "points without a responsible party", std::to_string(f.points_without_responsible));
    row(t, "measures", std::to_string(f.measures));
    row(t, "measures without a deadline", std::to_string(f.measures_without_deadline));
    row(t, "measures without a responsible party", std::to_string(f.measures_without_responsible));
    row(t, "records without a date", std::to_string(f.records_without_date));
    row(t, "records without a number", std::to_string(f.records_without_number));
}

void failures_section(xmlNode *body, const Report &r) {
    xmlNode *h = el(body, "h2", "Failures (" + std::to_string(r.failed) + ")");
    if (!r.failures.empty())
        xmlNewProp(h, X("class"), X("failed"));
    if (r.failures.empty()) {
        el(body, "p", "None.");
        return;
    }
    xmlNode *t = el(body, "table");
    header_row(t, {"file", "reason"});
    for (const Failure &f : r.failures) {
        xmlNode *tr = el(t, "tr");
        el(tr, "td", f.file);
        el(tr, "td", f.reason);
    }
    if (r.failures_not_listed > 0)
        el(body, "p",
           "… and " + std::to_string(r.failures_not_listed) + " more, not listed (the first " +
               std::to_string(Report::kFailuresListed) + " are).");
}

void slowest_section(xmlNode *body, const Report &r) {
    el(body, "h2", "Slowest files");
    xmlNode *t = el(body, "table");
    header_row(t, {"file", "seconds"});
    for (const TimedFile &f : r.slowest) {
        xmlNode *tr = el(t, "tr");
        el(tr, "td", f.file);
        xmlNewProp(el(tr, "td", number(f.seconds, "%.3f")), X("class"), X("n"));
    }
}

} // namespace

std::string report_html(const Report &r) {
    htmlDocPtr doc = htmlNewDocNoDtD(nullptr, nullptr);
    xmlNode *html = xmlNewNode(nullptr, X("html"));
    xmlNewProp(html, X("lang"), X("en"));
    xmlDocSetRootElement(doc, html);
    xmlNode *head = el(html, "head");
    xmlNode *meta = el(head, "meta");
    xmlNewProp(meta, X("charset"), X("utf-8"));
    el(head, "title", "prikaz batch report");
    el(head, "style", kStyle);
    xmlNode *body = el(html, "body");
    el(body, "h1", "prikaz batch report");
    std::string settings = "to " + r.target;
    if (!r.template_name.empty())
        settings += ", template " + r.template_name;
    settings += ", " + std::to_string(r.jobs) + " jobs";
    if (!r.shard.empty())
        settings += ", shard " + r.shard;
    settings += ", output in " + r.out_dir;
    el(body, "p", settings);
    counts_section(body, r);
    kinds_section(body, r);
    fields_section(body, r);
    failures_section(body, r);
    slowest_section(body, r);

    xmlChar *buf = nullptr;
    int size = 0;
    htmlDocDumpMemoryFormat(doc, &buf, &size, 1);
    xmlFreeDoc(doc);
    if (!buf)
        throw std::runtime_error("cannot serialise the HTML report");
    std::string out = "<!DOCTYPE html>\n" + std::string(reinterpret_cast<char *>(buf), size);
    xmlFree(buf);
    return out;
}

} // namespace prikaz::batch
