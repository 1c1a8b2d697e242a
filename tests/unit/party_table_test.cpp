// The party phrase table (tests/data/party_phrases.tsv): every phrase, read as a point's text or
// a plan cell, must give exactly the listed parties in the nominative. Prints the accuracy.
#include "extract/nominative.h"
#include "extract/party.h"
#include "test_support.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include <gtest/gtest.h>

namespace prikaz::extract {
namespace {

struct Row {
    int line = 0;
    std::string context;
    std::string phrase;
    std::string expected;
    std::vector<record::GlossaryTerm> glossary;
};

std::vector<std::string> split(const std::string &s, const std::string &sep) {
    std::vector<std::string> out;
    size_t from = 0;
    while (true) {
        size_t at = s.find(sep, from);
        out.push_back(s.substr(from, at == std::string::npos ? std::string::npos : at - from));
        if (at == std::string::npos)
            return out;
        from = at + sep.size();
    }
}

std::vector<Row> read_table() {
    std::ifstream in(test::data_path("party_phrases.tsv"));
    std::vector<Row> rows;
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        if (line.empty() || line[0] == '#')
            continue;
        std::vector<std::string> cols = split(line, "\t");
        if (cols.size() < 3)
            ADD_FAILURE() << "line " << n << ": fewer than 3 columns";
        if (cols.size() < 3)
            continue;
        Row row{n, cols[0], cols[1], cols[2], {}};
        if (cols.size() > 3)
            for (const std::string &def : split(cols[3], " | ")) {
                size_t eq = def.find('=');
                row.glossary.push_back({def.substr(0, eq), def.substr(eq + 1), {}});
            }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string describe(const std::vector<record::Party> &parties) {
    if (parties.empty())
        return "-";
    std::string out;
    for (const record::Party &p : parties)
        out += (out.empty() ? "" : " || ") +
               ("org=" + p.org + "; person=" + p.person + "; position=" + p.position);
    return out;
}

std::vector<record::Party> parties_of(const Row &row) {
    if (row.context == "point")
        return party::point_parties(row.phrase, row.glossary);
    return party::parse_parties(row.phrase, nominative::kAnyCase, row.glossary);
}

TEST(PartyTable, EveryPhraseGivesItsParties) {
    std::vector<Row> rows = read_table();
    ASSERT_GE(rows.size(), 100u);
    int right = 0;
    for (const Row &row : rows) {
        ASSERT_TRUE(row.context == "point" || row.context == "cell") << "line " << row.line;
        std::string got = describe(parties_of(row));
        if (got == row.expected)
            ++right;
        EXPECT_EQ(got, row.expected) << "line " << row.line << ": " << row.phrase;
    }
    std::cout << "[ party table ] " << right << " / " << rows.size() << " phrases right ("
              << (100.0 * right / rows.size()) << "%)\n";
    EXPECT_EQ(right, static_cast<int>(rows.size()));
}

} // namespace
} // namespace prikaz::extract
