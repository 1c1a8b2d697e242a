#include "read/reader.h"

#include "read/format_detect.h"
#include "read/format_readers.h"
#include "read/limits.h"

#include <fstream>
#include <sstream>

namespace prikaz::read {

namespace {

const char *kOdtMime = "application/vnd.oasis.opendocument.text";

model::Document read_package(std::string_view bytes, const std::string &name) {
    ZipPackage package(bytes, name);
    if (package.has("mimetype")) {
        std::string mime = package.read("mimetype");
        while (!mime.empty() && (mime.back() == '\n' || mime.back() == '\r' || mime.back() == ' '))
            mime.pop_back();
        if (mime == kOdtMime || mime == std::string(kOdtMime) + "-template")
            return read_odt(package, name);
        throw ReadError(name, "OpenDocument of type '" + mime +
                                  "' is not a text document: only ODT is read");
    }
    if (package.has("[Content_Types].xml")) {
        if (package.has("word/document.xml"))
            return read_docx(package, name);
        if (package.has("xl/workbook.xml"))
            throw ReadError(name,
                            "Excel workbook (XLSX) is not a text document: only DOCX is read");
        if (package.has("ppt/presentation.xml"))
            throw ReadError(name, "PowerPoint (PPTX) is not a text document: only DOCX is read");
        throw ReadError(name, "OOXML package without word/document.xml");
    }
    throw ReadError(name, "zip archive that is neither DOCX nor ODT");
}

} // namespace

model::Document read_bytes(std::string_view bytes, const std::string &name) {
    if (bytes.size() > default_limits().max_file_bytes)
        throw ReadError(name, "file is larger than " +
                                  std::to_string(default_limits().max_file_bytes >> 20) +
                                  " MiB (max_file_bytes)");
    switch (detect_kind(bytes, name)) {
    case DetectedKind::Zip:
        return read_package(bytes, name);
    case DetectedKind::Fodt:
        return read_fodt(bytes, name);
    case DetectedKind::Html:
        return read_html(bytes, name);
    case DetectedKind::Text:
        return read_text(bytes, name);
    }
    throw ReadError(name, "unknown format");
}

model::Document read_file(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ReadError(path, "cannot open file");
    in.seekg(0, std::ios::end);
    std::streamoff size = in.tellg();
    if (size < 0)
        throw ReadError(path, "cannot read file (not a regular file?)");
    if (static_cast<std::uint64_t>(size) > default_limits().max_file_bytes)
        throw ReadError(path, "file is larger than " +
                                  std::to_string(default_limits().max_file_bytes >> 20) +
                                  " MiB (max_file_bytes)");
    std::string bytes(static_cast<size_t>(size), '\0');
    in.seekg(0);
    if (!in.read(bytes.data(), size))
        throw ReadError(path, "cannot read file");
    return read_bytes(bytes, path);
}

} // namespace prikaz::read
