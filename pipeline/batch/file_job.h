// One file of the batch, from disk to disk: read the bytes once, hash them (SHA-1, Poco), skip
// the file when --resume finds it unchanged with its output in place, else convert, write the
// output atomically and append the manifest line. Never throws: failures come back as results.
#pragma once

#include "batch/convert_one.h"
#include "batch/file_result.h"
#include "batch/inputs.h"
#include "batch/manifest.h"
#include "batch/previous_runs.h"

#include <filesystem>
#include <string>

namespace prikaz::batch {

struct JobContext {
    std::filesystem::path out_dir;
    ConvertSettings convert;
    std::string settings;                   // as written in the manifest: "xml", "docx:order"
    const PreviousRuns *previous = nullptr; // --resume only
    ManifestWriter *manifest = nullptr;
};

FileResult process_file(const InputFile &in, const JobContext &ctx);

std::string sha1_hex(std::string_view bytes);

} // namespace prikaz::batch
