// The batch's input list: INPUT arguments (files or directories walked recursively) and the
// entries of a file list (--files-from), each with the relative path its output mirrors.
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
#pragma once

#include <cstddef>
#include <filesystem>
#include <istream>
#include <string>
#include <vector>

namespace prikaz::batch {

struct InputFile {
    std::filesystem::path path; // to open
    std::string rel;            // relative path mirrored under OUT_DIR ('/' separators)
    std::string output;         // set by assign_output_names: rel with the new extension
};

struct InputProblem {
    std::string input;
    std::string reason;
};

struct InputList {
    std::vector<InputFile> files;
    std::vector<InputProblem> problems; // missing inputs, unreadable directories
    size_t not_documents = 0;           // files a walk passed over for their extension
};

// .docx .docm .odt .ott .fodt .html .htm .xhtml .txt .text (case-insensitive).
bool is_document_name(const std::filesystem::path &name);

// `list` (may be null): one path per line, empty lines ignored, a trailing CR dropped.
InputList collect_inputs(const std::vector<std::string> &inputs, std::istream *list,
                         const std::filesystem::path &out_dir);

} // namespace prikaz::batch
