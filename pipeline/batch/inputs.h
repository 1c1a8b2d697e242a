// What a batch converts: one InputFile per document, with the relative path its output mirrors.
//
// Relative paths (`rel`):
//   a directory INPUT D      D/x/y.docx -> "x/y.docx" (the tree under D is mirrored)
//   a file INPUT F           "F's file name"
//   a --files-from entry E   E as written, made relative: "/srv/a/b.docx" -> "srv/a/b.docx",
//                            leading ".." dropped ("../a/b.docx" -> "a/b.docx"); an entry that
//                            is a directory is walked like a directory INPUT
// Walks take only document file names (see is_document_name), skip hidden entries (".name":
// the manifest, temporary files, .git) and OUT_DIR itself, and do not follow directory symlinks.
// Files named explicitly are always taken, whatever their extension.
//
// Inputs are not collected into a list: input_stream.h hands them on one at a time.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace prikaz::batch {

struct InputFile {
    std::filesystem::path path; // to open
    std::string rel;            // relative path mirrored under OUT_DIR ('/' separators)
    std::string output;         // rel with the new extension (output_names.h)
};

struct InputProblem {
    std::string input;
    std::string reason;
};

// Where the inputs go as they are found.
struct InputEvents {
    std::function<void(InputFile &&)> file;
    std::function<void(InputProblem &&)> problem; // missing inputs, unreadable directories
    std::function<void()> not_document;           // a file a walk passed over for its extension
};

// .docx .docm .odt .ott .fodt .html .htm .xhtml .txt .text (case-insensitive).
bool is_document_name(const std::filesystem::path &name);

// The `rel` of a --files-from entry (see above).
std::string list_entry_rel(const std::string &entry);

} // namespace prikaz::batch
