// write::record_to_checked_xml: the record tree is validated before it is serialised, and an
// invalid record never comes out as XML.
#include "record/validate.h"
#include "write/record_xml.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using prikaz::record::Record;
using prikaz::write::record_to_checked_xml;
using prikaz::write::record_to_xml;
using testing::HasSubstr;

namespace {

Record sample() {
    Record r;
    r.kind = "приказ";
    r.kind_as_written = {"П Р И К А З", {"b1", -1, -1}};
    r.requisites.date = {"2022-12-14", "от 14.12.2022", {"b2", 0, 13}};
    r.requisites.title = {"О плане «дорожной карты» & \"кавычках\"", {"b3", -1, -1}};
    prikaz::record::Point p;
    p.num = "1";
    p.text = {"Утвердить план.", {"b4", -1, -1}};
    r.points.push_back(p);
    return r;
}

} // namespace

TEST(CheckedXml, ValidRecordComesOutAsRecordToXmlWritesIt) {
    auto checked = record_to_checked_xml(sample());
    EXPECT_TRUE(checked.issues.empty());
    EXPECT_EQ(checked.xml, record_to_xml(sample()));
    EXPECT_TRUE(prikaz::record::validate_record_xml(checked.xml).empty());
    // The namespace is declared after the root's attributes, as the record was always written.
    EXPECT_THAT(checked.xml, HasSubstr(R"(<document kind="приказ" kind-written="П Р И К А З" )"
                                       R"(xmlns="urn:prikaz:document:1">)"));
    EXPECT_THAT(checked.xml, HasSubstr("&amp;"));
}

TEST(CheckedXml, InvalidRecordGivesIssuesWithLineAndNoXml) {
    Record r = sample();
    r.requisites.date.iso = "14.12.2022"; // the schema wants YYYY-MM-DD
    auto checked = record_to_checked_xml(r);
    ASSERT_FALSE(checked.issues.empty());
    EXPECT_TRUE(checked.xml.empty());
    EXPECT_GT(checked.issues[0].line, 0);
    EXPECT_THAT(checked.issues[0].message, HasSubstr("value"));
}

TEST(CheckedXml, CharacterXmlCannotCarryIsRefused) {
    Record r = sample();
    r.points[0].text.value = std::string("Утвердить\x01 план");
    auto checked = record_to_checked_xml(r);
    EXPECT_FALSE(checked.issues.empty());
    EXPECT_TRUE(checked.xml.empty());

    r.points[0].text.value = "bad \xC3 UTF-8";
    EXPECT_FALSE(record_to_checked_xml(r).issues.empty());
}

TEST(CheckedXml, ValidationContextReusedAfterAFailure) {
    // One validation context per thread is reused: a failed record must leave nothing behind.
    Record bad = sample();
    bad.requisites.date.iso = "14.12.2022";
    for (int i = 0; i < 3; ++i) {
        EXPECT_FALSE(record_to_checked_xml(bad).issues.empty());
        EXPECT_TRUE(record_to_checked_xml(sample()).issues.empty());
    }
}
