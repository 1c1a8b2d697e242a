// Format detection from content: zip signature and package manifest, OLE/RTF/PDF signatures,
// BOM and markup sniffing. The file name is never trusted.
#pragma once

#include <string>
#include <string_view>

namespace prikaz::read {

enum class DetectedKind {
    Zip,  // DOCX or ODT: the package decides (see read_bytes)
    Fodt, // flat ODF XML
    Html,
    Text,
};

// Returns the kind, or throws ReadError naming the format and what to do for formats we do
// not read (legacy .doc, encrypted OOXML, RTF, PDF, other binaries, empty files).
DetectedKind detect_kind(std::string_view bytes, const std::string &name);

} // namespace prikaz::read
