// The resume manifest, OUT_DIR/.prikaz-manifest.tsv: one line per converted file, appended and
// flushed (one write(2) each) right after its output was renamed into place, so a SIGKILL loses
// at most the files in flight. A line is trusted only when it ends with '\n' and has every
// field; a torn last line is cut off before the next run appends to the file.
//
// Fields, tab-separated, tabs/newlines/backslashes in values escaped as \t \n \r \\:
//   prikaz-batch-1  SETTINGS  VERSION  INPUT-SHA1  INPUT  OUTPUT  OUTPUT-SIZE  KIND  COUNTS
// SETTINGS is "xml", "json", "docx:TEMPLATE", "odt:TEMPLATE"; VERSION the prikaz version;
// COUNTS the RecordStats numbers comma-separated, so that a resumed run's report still
// counts the files it did not redo.
#pragma once

#include "batch/file_result.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>

namespace prikaz::batch {

struct ManifestEntry {
    std::string settings;
    std::string version;
    std::string input_sha1;
    std::string input;
    std::string output; // relative to OUT_DIR, the key
    std::uint64_t output_size = 0;
    RecordStats stats;
};

std::string manifest_line(const ManifestEntry &e);
// False for a line that is not a whole, well-formed entry (without its '\n').
bool parse_manifest_line(const std::string &line, ManifestEntry &out);

// Calls `entry` for each well-formed complete line, in file order (a later line for the same
// output supersedes an earlier one), one line in memory at a time. Returns the length up to the
// end of the last complete line. A missing file is an empty manifest.
std::uint64_t read_manifest(const std::filesystem::path &path,
                            const std::function<void(ManifestEntry &&)> &entry);

// Appends lines from many threads. `keep_bytes`: the file is cut to this length first (the
// torn tail of a killed run); 0 starts a new manifest.
class ManifestWriter {
public:
    ManifestWriter(const std::filesystem::path &path, std::uint64_t keep_bytes);
    ~ManifestWriter();
    ManifestWriter(const ManifestWriter &) = delete;
    ManifestWriter &operator=(const ManifestWriter &) = delete;

    void append(const ManifestEntry &e); // throws std::runtime_error when the write fails

private:
    std::filesystem::path path_;
    int fd_ = -1;
    std::mutex mutex_;
};

} // namespace prikaz::batch
