#include "record/eval_report.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <cstdio>
#include <map>

namespace prikaz::record::eval {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

// Scores summed over a group of renditions (one format, or all).
struct Group {
    std::string name;
    std::vector<FieldResult> fields;
};

std::vector<Group> groups_by_format(const std::vector<RenditionResult> &results) {
    std::map<std::string, std::vector<FieldResult>> by_format;
    Group all{"ALL", {}};
    for (const RenditionResult &r : results) {
        add_counts(by_format[r.format], r.fields);
        add_counts(all.fields, r.fields);
    }
    std::vector<Group> out;
    for (auto &[format, fields] : by_format)
        out.push_back(Group{format, std::move(fields)});
    out.push_back(std::move(all));
    return out;
}

std::string fixed3(double v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

std::string pad(const std::string &s, size_t width) {
    // Widths count bytes; the names padded here (file names, field names) are ASCII.
    return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
}

// ---- text -------------------------------------------------------------------------------

void print_f1_row(std::ostream &out, const std::string &name, const std::vector<FieldResult> &f,
                  size_t name_width) {
    out << pad(name, name_width);
    for (const FieldResult &r : f)
        out << pad(fixed3(r.counts.f1()), 11);
    out << fixed3(overall(f).f1()) << '\n';
}

void print_f1_matrix(std::ostream &out, const std::vector<RenditionResult> &results,
                     const std::vector<Group> &groups) {
    size_t width = 8;
    for (const RenditionResult &r : results)
        width = std::max(width, r.name.size() + 2);
    out << "F1 per field\n" << pad("", width);
    for (const std::string &field : field_names())
        out << pad(field, 11);
    out << "overall\n";
    for (const RenditionResult &r : results)
        print_f1_row(out, r.name, r.fields, width);
    for (const Group &g : groups)
        print_f1_row(out, "[" + g.name + "]", g.fields, width);
}

void print_counts_table(std::ostream &out, const Group &g) {
    out << "\n" << g.name << ": precision / recall / F1 per field\n";
    out << pad("field", 12) << pad("expected", 10) << pad("actual", 10) << pad("matched", 10)
        << pad("P", 8) << pad("R", 8) << "F1\n";
    auto row = [&](const std::string &name, const Counts &c) {
        out << pad(name, 12) << pad(std::to_string(c.expected), 10)
            << pad(std::to_string(c.actual), 10) << pad(std::to_string(c.matched), 10)
            << pad(fixed3(c.precision()), 8) << pad(fixed3(c.recall()), 8) << fixed3(c.f1())
            << '\n';
    };
    for (const FieldResult &f : g.fields)
        row(f.field, f.counts);
    row("overall", overall(g.fields));
}

void print_list(std::ostream &out, const char *what, const std::vector<std::string> &items,
                size_t limit) {
    for (size_t i = 0; i < items.size() && i < limit; ++i)
        out << "    " << what << ' ' << items[i] << '\n';
    if (items.size() > limit)
        out << "    … " << items.size() - limit << " more " << what << '\n';
}

void print_mismatches(std::ostream &out, const std::vector<RenditionResult> &results,
                      size_t limit) {
    out << "\nMismatches (- expected, not extracted; + extracted, not expected)\n";
    for (const RenditionResult &r : results) {
        out << r.name << '\n';
        if (!r.error.empty())
            out << "  extraction failed: " << r.error << '\n';
        for (const FieldResult &f : r.fields) {
            if (f.missing.empty() && f.extra.empty())
                continue;
            out << "  " << f.field << '\n';
            print_list(out, "-", f.missing, limit);
            print_list(out, "+", f.extra, limit);
        }
    }
}

void print_text(const std::vector<RenditionResult> &results, const ReportOptions &options,
                std::ostream &out) {
    std::vector<Group> groups = groups_by_format(results);
    print_f1_matrix(out, results, groups);
    for (const Group &g : groups)
        print_counts_table(out, g);
    for (const RenditionResult &r : results)
        if (!r.error.empty())
            out << "\nextraction failed: " << r.name << ": " << r.error;
    if (options.verbose > 0)
        print_mismatches(out, results, options.verbose);
}

// ---- JSON -------------------------------------------------------------------------------

Object::Ptr object() {
    return new Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

Object::Ptr counts_json(const Counts &c) {
    Object::Ptr o = object();
    o->set("expected", c.expected);
    o->set("actual", c.actual);
    o->set("matched", c.matched);
    o->set("precision", c.precision());
    o->set("recall", c.recall());
    o->set("f1", c.f1());
    return o;
}

Array::Ptr strings_json(const std::vector<std::string> &items, size_t limit) {
    Array::Ptr a = new Array;
    for (size_t i = 0; i < items.size() && i < limit; ++i)
        a->add(items[i]);
    return a;
}

Object::Ptr fields_json(const std::vector<FieldResult> &fields, size_t limit) {
    Object::Ptr o = object();
    for (const FieldResult &f : fields) {
        Object::Ptr field = counts_json(f.counts);
        if (limit > 0) {
            field->set("missing", strings_json(f.missing, limit));
            field->set("extra", strings_json(f.extra, limit));
        }
        o->set(f.field, field);
    }
    o->set("overall", counts_json(overall(fields)));
    return o;
}

void print_json(const std::vector<RenditionResult> &results, const ReportOptions &options,
                std::ostream &out) {
    Object::Ptr root = object();
    Array::Ptr renditions = new Array;
    for (const RenditionResult &r : results) {
        Object::Ptr o = object();
        o->set("file", r.name);
        o->set("format", r.format);
        if (!r.error.empty())
            o->set("error", r.error);
        o->set("fields", fields_json(r.fields, options.verbose));
        renditions->add(o);
    }
    root->set("renditions", renditions);
    Object::Ptr formats = object();
    Object::Ptr all;
    for (const Group &g : groups_by_format(results)) {
        if (g.name == "ALL")
            all = fields_json(g.fields, 0);
        else
            formats->set(g.name, fields_json(g.fields, 0));
    }
    root->set("formats", formats);
    root->set("overall", all);
    root->stringify(out, 2);
    out << '\n';
}

} // namespace

void print_report(const std::vector<RenditionResult> &results, const ReportOptions &options,
                  std::ostream &out) {
    if (options.json)
        print_json(results, options, out);
    else
        print_text(results, options, out);
}

} // namespace prikaz::record::eval
