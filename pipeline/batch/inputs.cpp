#include "batch/inputs.h"

#include <algorithm>
#include <array>
#include <unicode/unistr.h>

namespace fs = std::filesystem;

namespace prikaz::batch {

bool is_document_name(const fs::path &name) {
    // Not ".md": in a document tree those are READMEs far more often than documents.
    static const std::array<const char *, 10> kExt = {".docx", ".docm", ".odt",   ".ott", ".fodt",
                                                      ".html", ".htm",  ".xhtml", ".txt", ".text"};
    std::string ext;
    icu::UnicodeString::fromUTF8(name.extension().string()).toLower().toUTF8String(ext);
    return std::find(kExt.begin(), kExt.end(), ext) != kExt.end();
}

// Made relative so that it can live under OUT_DIR.
std::string list_entry_rel(const std::string &entry) {
    fs::path rel;
    for (const fs::path &part : fs::path(entry).lexically_normal().relative_path()) {
        if (part == ".." || part == "." || part.empty())
            continue;
        rel /= part;
    }
    return rel.empty() ? fs::path(entry).filename().string() : rel.generic_string();
}

} // namespace prikaz::batch
