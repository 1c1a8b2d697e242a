// Hostile and malformed inputs: every one must give a ReadError that names the file and the
// problem (README "Limits"), never a crash, a hang or a half-read document.
#include "read/reader.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using prikaz::read::read_bytes;
using prikaz::read::ReadError;
using testing::HasSubstr;

namespace {

std::string error_of(const std::string &bytes, const std::string &name) {
    try {
        read_bytes(bytes, name);
    } catch (const ReadError &e) {
        EXPECT_EQ(e.file(), name);
        return e.what();
    }
    ADD_FAILURE() << name << " was accepted";
    return {};
}

std::string document_xml(const std::string &prolog, const std::string &text) {
    return R"(<?xml version="1.0" encoding="UTF-8"?>)" + prolog +
           R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
           R"(<w:body><w:p><w:r><w:t>)" +
           text + "</w:t></w:r></w:p></w:body></w:document>";
}

std::string docx_with_document(const std::string &xml) {
    return prikaz::test::make_zip(
        {{"[Content_Types].xml",
          R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)"},
         {"word/document.xml", xml}});
}

const char *kBillionLaughs = R"(<!DOCTYPE w:document [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>)";

} // namespace

TEST(Safety, EmptyFile) {
    EXPECT_THAT(error_of("", "empty.txt"), HasSubstr("empty file"));
}

TEST(Safety, TruncatedZip) {
    std::string docx = prikaz::test::make_docx("<w:p><w:r><w:t>Приказ</w:t></w:r></w:p>");
    std::string half = docx.substr(0, docx.size() / 2);
    EXPECT_THAT(error_of(half, "half.docx"), HasSubstr("half.docx"));
}

TEST(Safety, ZipBombRefusedByCompressionRatio) {
    // 4 MiB of one character deflates to a few KiB: a ratio far over the limit.
    std::string xml = document_xml("", std::string(4u << 20, 'a'));
    std::string bomb = docx_with_document(xml);
    ASSERT_LT(bomb.size(), 64u * 1024);
    EXPECT_THAT(error_of(bomb, "bomb.docx"), HasSubstr("zip bomb"));
}

TEST(Safety, XxeToLocalFileRefused) {
    std::string xml = document_xml(
        R"(<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>)", "&xxe;");
    std::string msg = error_of(docx_with_document(xml), "xxe.docx");
    EXPECT_THAT(msg, HasSubstr("document type declaration"));
    EXPECT_THAT(msg, testing::Not(HasSubstr("root:")));
}

TEST(Safety, BillionLaughsRefusedInDocx) {
    std::string xml = document_xml(kBillionLaughs, "&lol9;");
    EXPECT_THAT(error_of(docx_with_document(xml), "laughs.docx"),
                HasSubstr("document type declaration"));
}

TEST(Safety, BillionLaughsRefusedInFlatOdt) {
    std::string fodt =
        std::string(R"(<?xml version="1.0" encoding="UTF-8"?>)") + "<!-- flat ODT -->" +
        kBillionLaughs +
        R"(<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">)"
        "<office:body><office:text>&lol9;</office:text></office:body>"
        "</office:document>";
    EXPECT_THAT(error_of(fodt, "laughs.fodt"), HasSubstr("document type declaration"));
}

TEST(Safety, MalformedXmlInPackageNamesPartAndLine) {
    std::string xml = R"(<?xml version="1.0"?><w:document xmlns:w="urn:x">)"
                      "\n<w:body><w:p></w:body></w:document>";
    std::string msg = error_of(docx_with_document(xml), "broken.docx");
    EXPECT_THAT(msg, HasSubstr("word/document.xml"));
    EXPECT_THAT(msg, HasSubstr("line 2"));
}

TEST(Safety, UnknownBinaryFormat) {
    std::string bytes = "\x7f"
                        "ELF";
    bytes += std::string("\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00", 12);
    EXPECT_THAT(error_of(bytes, "a.out"), HasSubstr("unknown binary format"));
}

TEST(Safety, LegacyFormatsGetAdvice) {
    std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    EXPECT_THAT(error_of(ole + std::string(512, '\0'), "old.doc"), HasSubstr("convert-to docx"));
    std::string enc = ole + std::string(64, '\0');
    for (char c : std::string("EncryptionInfo")) {
        enc += c;
        enc += '\0';
    }
    EXPECT_THAT(error_of(enc, "secret.docx"), HasSubstr("password"));
    EXPECT_THAT(error_of("{\\rtf1\\ansi text}", "a.rtf"), HasSubstr("RTF"));
    EXPECT_THAT(error_of("%PDF-1.7\n...", "a.pdf"), HasSubstr("pdftotext"));
}

TEST(Safety, ZipThatIsNotADocument) {
    std::string zip = prikaz::test::make_zip({{"readme.txt", "hello"}});
    EXPECT_THAT(error_of(zip, "x.zip"), HasSubstr("neither DOCX nor ODT"));
    std::string ods =
        prikaz::test::make_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}});
    EXPECT_THAT(error_of(ods, "t.ods"), HasSubstr("not a text document"));
}

TEST(Safety, MissingFileNamesPath) {
    try {
        prikaz::read::read_file("/nonexistent/prikaz.docx");
        ADD_FAILURE() << "accepted";
    } catch (const ReadError &e) {
        EXPECT_THAT(e.what(), HasSubstr("/nonexistent/prikaz.docx"));
    }
}

TEST(FormatDetection, Utf16HtmlWithBomIsHtml) {
    std::string html = "\xFF\xFE";
    for (char c : std::string("<html><body><p>x</p></body></html>")) {
        html += c;
        html += '\0';
    }
    EXPECT_EQ(prikaz::read::read_bytes(html, "u16.html").format, prikaz::model::Format::Html);
}
