// The shared safety layer on its own: ZipPackage limits and the libxml2 set-up used by every
// package reader.
#include "read/read_error.h"
#include "read/xml_safe.h"
#include "read/zip_package.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using prikaz::read::Limits;
using prikaz::read::ReadError;
using prikaz::read::XmlStream;
using prikaz::read::ZipPackage;
using testing::HasSubstr;

TEST(ZipPackageLimits, EntryOverSizeLimitRefusedBeforeInflating) {
    std::string zip = prikaz::test::make_zip({{"big.xml", std::string(300000, 'x')}});
    Limits limits;
    limits.max_entry_bytes = 100000;
    ZipPackage package(zip, "p.docx", limits);
    try {
        package.read("big.xml");
        ADD_FAILURE() << "accepted";
    } catch (const ReadError &e) {
        EXPECT_THAT(e.what(), HasSubstr("p.docx"));
        EXPECT_THAT(e.what(), HasSubstr("max_entry_bytes"));
    }
}

TEST(ZipPackageLimits, HighRatioRefusedSmallEntriesAllowed) {
    std::string zip = prikaz::test::make_zip(
        {{"bomb.xml", std::string(2u << 20, ' ')}, {"small.xml", std::string(1000, ' ')}});
    ZipPackage package(zip, "p.docx");
    EXPECT_EQ(package.read("small.xml").size(), 1000u);
    EXPECT_THROW(package.read("bomb.xml"), ReadError);
}

TEST(ZipPackageLimits, TotalInflatedBytesBounded) {
    std::string zip = prikaz::test::make_zip({{"a", std::string(60000, 'a')}, {"b", "b"}});
    Limits limits;
    limits.max_package_bytes = 50000;
    ZipPackage package(zip, "p.odt", limits);
    EXPECT_THROW(package.read("a"), ReadError);
}

TEST(ZipPackageLimits, MissingPartNamed) {
    std::string zip = prikaz::test::make_zip({{"a", "1"}});
    ZipPackage package(zip, "p.odt");
    EXPECT_FALSE(package.has("content.xml"));
    EXPECT_EQ(package.read_if_present("content.xml"), "");
    try {
        package.read("content.xml");
        ADD_FAILURE() << "accepted";
    } catch (const ReadError &e) {
        EXPECT_THAT(e.what(), HasSubstr("content.xml"));
    }
}

TEST(ZipPackageLimits, ReadsEntriesBackExactly) {
    const std::string text = "Приказ № 7/3 от 14.12.2022";
    ZipPackage package(prikaz::test::make_zip({{"mimetype", "x"}, {"t.xml", text}}), "p");
    EXPECT_EQ(package.read("t.xml"), text);
    EXPECT_EQ(package.read("mimetype"), "x");
}

TEST(SafeXml, StreamRefusesDoctypeAfterCommentsAndPis) {
    std::string xml = "<?xml version=\"1.0\"?><!-- c --><?pi x?>\n<!DOCTYPE a [<!ENTITY e "
                      "SYSTEM \"file:///etc/passwd\">]><a>&e;</a>";
    EXPECT_THROW(XmlStream(xml, "f", "p"), ReadError);
    EXPECT_THROW(prikaz::read::parse_xml_dom(xml, "f", "p"), ReadError);
}

TEST(SafeXml, StreamReportsStartEndAndText) {
    XmlStream s("<a xmlns='urn:t'><b x='1'/>текст<c>y</c></a>", "f", "p");
    std::string trace;
    while (s.next()) {
        if (s.is_start())
            trace += std::string("<") + s.local_name() + s.attribute(nullptr, "x") + ">";
        else if (s.is_end())
            trace += std::string("</") + s.local_name() + ">";
        else if (s.is_text())
            trace += s.text();
    }
    EXPECT_EQ(trace, "<a><b1></b>текст<c>y</c></a>");
}

TEST(SafeXml, SkipMovesPastSubtree) {
    XmlStream s("<a><skip><deep>x</deep></skip><keep/></a>", "f", "p");
    std::string seen;
    while (s.next()) {
        if (s.is_start() && std::string(s.local_name()) == "skip") {
            s.skip();
            continue;
        }
        if (s.is_start())
            seen += s.local_name();
    }
    EXPECT_EQ(seen, "akeep");
}

TEST(SafeXml, MalformedGivesLine) {
    try {
        XmlStream s("<a>\n<b>\n</a>", "file.odt", "content.xml");
        while (s.next()) {
        }
        ADD_FAILURE() << "accepted";
    } catch (const ReadError &e) {
        EXPECT_THAT(e.what(), HasSubstr("file.odt"));
        EXPECT_THAT(e.what(), HasSubstr("content.xml"));
        EXPECT_THAT(e.what(), HasSubstr("line"));
    }
}
