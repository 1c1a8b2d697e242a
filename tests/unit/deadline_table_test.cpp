// The deadline phrase table (tests/data/deadline_phrases.tsv): every phrase, read with its
// reference date and plan scope, must give exactly the expected deadlines. Prints the accuracy;
// requires 100%. With PRIKAZ_DEADLINE_DUMP=FILE set, also writes each phrase's result as one
// JSON line (used by scripts/compare_dateparser.py when `prikaz deadline` is not at hand).
#include "extract/deadline.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace prikaz {
namespace {

struct Row {
    std::string phrase, ref, scope, mode, expected;
    int line = 0;
};

std::vector<std::string> split_tabs(const std::string &line) {
    std::vector<std::string> out;
    std::stringstream in(line);
    std::string field;
    while (std::getline(in, field, '\t'))
        out.push_back(field);
    if (!line.empty() && line.back() == '\t')
        out.emplace_back();
    return out;
}

std::vector<Row> read_table() {
    std::ifstream in(test::data_path("deadline_phrases.tsv"));
    std::vector<Row> rows;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty() || line[0] == '#')
            continue;
        std::vector<std::string> f = split_tabs(line);
        if (f.size() == 4)
            f.emplace_back(); // no deadline expected
        if (f.size() != 5)
            throw std::runtime_error("deadline_phrases.tsv line " + std::to_string(number));
        rows.push_back(
            Row{f[0], f[1] == "-" ? "" : f[1], f[2] == "-" ? "" : f[2], f[3], f[4], number});
    }
    return rows;
}

std::string describe(const record::Deadline &d) {
    std::string s = record::deadline_kind_name(d.kind);
    auto add = [&](const char *key, const std::string &v) {
        if (!v.empty())
            s += std::string(" ") + key + "=" + v;
    };
    add("date", d.date);
    add("from", d.from);
    add("to", d.to);
    add("every", d.every);
    add("day", d.day > 0 ? std::to_string(d.day) : "");
    add("amount", d.amount > 0 ? std::to_string(d.amount) : "");
    add("unit", d.unit);
    if (d.year_inferred)
        s += " inferred";
    return s;
}

std::vector<record::Deadline> run(const Row &row) {
    extract::DeadlineContext ctx;
    ctx.ref_date = row.ref;
    ctx.scopes = extract::deadline::find_scopes(row.scope);
    return row.mode == "sentence" ? extract::find_sentence_deadlines(row.phrase, ctx)
                                  : extract::parse_deadline_phrase(row.phrase, ctx);
}

std::string describe_all(const std::vector<record::Deadline> &found) {
    std::string s;
    for (const record::Deadline &d : found)
        s += (s.empty() ? "" : " | ") + describe(d);
    return s;
}

std::string json_escape(const std::string &s) {
    std::string out;
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

void dump_line(std::ofstream &out, const Row &row, const std::vector<record::Deadline> &found) {
    out << "{\"phrase\":\"" << json_escape(row.phrase) << "\",\"deadlines\":[";
    for (size_t i = 0; i < found.size(); ++i) {
        const record::Deadline &d = found[i];
        out << (i ? "," : "") << "{\"kind\":\"" << record::deadline_kind_name(d.kind)
            << "\",\"date\":\"" << d.date << "\",\"from\":\"" << d.from << "\",\"to\":\"" << d.to
            << "\"}";
    }
    out << "],\"correct\":" << (describe_all(found) == row.expected ? "true" : "false") << "}\n";
}

TEST(DeadlineTable, EveryPhraseGivesItsExpectedDeadlines) {
    std::vector<Row> rows = read_table();
    ASSERT_GE(rows.size(), 150u);
    const char *dump_path = std::getenv("PRIKAZ_DEADLINE_DUMP");
    std::ofstream dump;
    if (dump_path != nullptr)
        dump.open(dump_path);
    size_t right = 0;
    for (const Row &row : rows) {
        std::vector<record::Deadline> found = run(row);
        std::string got = describe_all(found);
        if (got == row.expected)
            ++right;
        EXPECT_EQ(got, row.expected) << "line " << row.line << ": " << row.phrase;
        if (dump.is_open())
            dump_line(dump, row, found);
    }
    std::printf("[ table    ] prikaz deadline: %zu / %zu phrases right (%.1f%%)\n", right,
                rows.size(), 100.0 * static_cast<double>(right) / static_cast<double>(rows.size()));
    EXPECT_EQ(right, rows.size());
}

} // namespace
} // namespace prikaz
