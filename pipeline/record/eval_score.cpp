#include "record/eval_score.h"

#include <algorithm>
#include <map>

namespace prikaz::record::eval {

void Counts::add(const Counts &other) {
    expected += other.expected;
    actual += other.actual;
    matched += other.matched;
}

double Counts::precision() const {
    return actual == 0 ? 1.0 : static_cast<double>(matched) / static_cast<double>(actual);
}

double Counts::recall() const {
    return expected == 0 ? 1.0 : static_cast<double>(matched) / static_cast<double>(expected);
}

double Counts::f1() const {
    double p = precision(), r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

namespace {

const std::vector<std::string> &items_of(const std::vector<FieldItems> &all,
                                         const std::string &field) {
    static const std::vector<std::string> none;
    for (const FieldItems &f : all)
        if (f.field == field)
            return f.items;
    return none;
}

// Multiset difference and intersection: every expected item consumes one equal actual item.
FieldResult compare_field(const std::string &field, const std::vector<std::string> &expected,
                          const std::vector<std::string> &actual) {
    FieldResult out;
    out.field = field;
    out.counts.expected = expected.size();
    out.counts.actual = actual.size();
    std::map<std::string, size_t> available;
    for (const std::string &a : actual)
        ++available[a];
    for (const std::string &e : expected) {
        auto it = available.find(e);
        if (it != available.end() && it->second > 0) {
            --it->second;
            ++out.counts.matched;
        } else {
            out.missing.push_back(e);
        }
    }
    for (const std::string &a : actual) {
        auto it = available.find(a);
        if (it->second > 0) {
            --it->second;
            out.extra.push_back(a);
        }
    }
    return out;
}

} // namespace

std::vector<FieldResult> compare_items(const std::vector<FieldItems> &expected,
                                       const std::vector<FieldItems> &actual) {
    std::vector<FieldResult> out;
    for (const std::string &field : field_names())
        out.push_back(compare_field(field, items_of(expected, field), items_of(actual, field)));
    return out;
}

std::vector<FieldResult> compare_records(const Record &expected, const Record &actual) {
    return compare_items(record_items(expected), record_items(actual));
}

void add_counts(std::vector<FieldResult> &into, const std::vector<FieldResult> &from) {
    for (const FieldResult &f : from) {
        auto it = std::find_if(into.begin(), into.end(),
                               [&](const FieldResult &r) { return r.field == f.field; });
        if (it == into.end()) {
            into.push_back(FieldResult{f.field, {}, {}, {}});
            it = into.end() - 1;
        }
        it->counts.add(f.counts);
    }
}

Counts overall(const std::vector<FieldResult> &fields) {
    Counts total;
    for (const FieldResult &f : fields)
        total.add(f.counts);
    return total;
}

} // namespace prikaz::record::eval
