#include "test_support.h"

#include <Poco/DateTime.h>
#include <Poco/Zip/Compress.h>

#include <unicode/ucnv.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>

namespace prikaz::test {

std::string make_zip(const ZipEntries &entries) {
    std::ostringstream out;
    Poco::Zip::Compress zip(out, true);
    for (const auto &[name, content] : entries) {
        std::istringstream in(content);
        auto method =
            name == "mimetype" ? Poco::Zip::ZipCommon::CM_STORE : Poco::Zip::ZipCommon::CM_DEFLATE;
        zip.addFile(in, Poco::DateTime(), name, method, Poco::Zip::ZipCommon::CL_NORMAL);
    }
    zip.close();
    return out.str();
}

std::string make_docx(const std::string &body_xml, const ZipEntries &extra_parts) {
    const std::string content_types =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
        R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
        R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
        R"(<Default Extension="xml" ContentType="application/xml"/>)"
        R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
        R"(</Types>)";
    const std::string rels =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
        R"(</Relationships>)";
    const std::string document =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
        R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
        R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
        R"(<w:body>)" +
        body_xml + R"(</w:body></w:document>)";
    ZipEntries entries = {{"[Content_Types].xml", content_types},
                          {"_rels/.rels", rels},
                          {"word/document.xml", document}};
    entries.insert(entries.end(), extra_parts.begin(), extra_parts.end());
    return make_zip(entries);
}

std::string make_odt(const std::string &text_xml, const std::string &automatic_styles,
                     const std::string &styles_xml) {
    const std::string ns =
        R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
        R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
        R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
        R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
        R"(xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" )"
        R"(office:version="1.3")";
    const std::string content =
        R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content )" + ns +
        "><office:automatic-styles>" + automatic_styles +
        "</office:automatic-styles><office:body><office:text>" + text_xml +
        "</office:text></office:body></office:document-content>";
    const std::string manifest =
        R"(<?xml version="1.0" encoding="UTF-8"?>)"
        R"(<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">)"
        R"(<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>)"
        R"(<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>)"
        R"(</manifest:manifest>)";
    ZipEntries entries = {{"mimetype", "application/vnd.oasis.opendocument.text"},
                          {"content.xml", content},
                          {"META-INF/manifest.xml", manifest}};
    if (!styles_xml.empty())
        entries.push_back({"styles.xml", styles_xml});
    return make_zip(entries);
}

std::string encode(const std::string &utf8, const char *charset) {
    UErrorCode status = U_ZERO_ERROR;
    std::string out(utf8.size() * 4 + 8, '\0');
    int32_t length = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                  utf8.data(), static_cast<int32_t>(utf8.size()), &status);
    if (U_FAILURE(status))
        throw std::runtime_error("test conversion to " + std::string(charset) + " failed");
    out.resize(static_cast<size_t>(length));
    return out;
}

std::string read_file(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot open " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string corpus_path(const std::string &relative) {
    return std::string(PRIKAZ_CORPUS_DIR) + "/" + relative;
}

std::string data_path(const std::string &relative) {
    return std::string(PRIKAZ_TEST_DATA_DIR) + "/" + relative;
}

CommandResult run_command(const std::string &shell_command) {
    FILE *pipe = popen(shell_command.c_str(), "r");
    if (!pipe)
        return {-1, ""};
    std::string out;
    std::array<char, 4096> buf;
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0)
        out.append(buf.data(), n);
    int status = pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

} // namespace prikaz::test
