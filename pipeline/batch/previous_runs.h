// What earlier runs finished, for --resume, kept compactly: the manifest is read one line at a
// time and each output becomes a fixed 56-byte Entry (hash64 of the output path, the first 8
// bytes of the input's SHA-1, the output size, the record's counts and an index into the few
// kinds seen), in a vector sorted by the output's hash. The full lines (~300 bytes each) are
// never held. The last line for an output wins, as it describes the output now on disk.
#pragma once

#include "batch/file_result.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace prikaz::batch {

class PreviousRuns {
public:
    struct Entry {
        std::uint64_t output = 0;     // hash64(output path)
        std::uint64_t input_sha1 = 0; // sha1_prefix()
        std::uint64_t output_size = 0;
        std::uint32_t counts[6] = {}; // RecordStats points ... measures_without_responsible
        std::uint32_t kind = 0;       // index into kinds_
        bool has_date = false, has_number = false;
        bool same_settings = false; // written by the settings and version of this run
    };
    static_assert(sizeof(Entry) == 56, "the bytes per entry stated in the README");

    // `settings` and `version` of this run: entries of other ones are kept (they still say
    // what the output on disk is) but never match.
    PreviousRuns(const std::filesystem::path &manifest, const std::string &settings,
                 const std::string &version);

    // The last entry for `output`, or nullptr.
    const Entry *find(std::string_view output) const;
    RecordStats stats(const Entry &e) const;
    size_t size() const { return entries_.size(); }
    // The manifest's length up to its last complete line (the rest is a torn tail).
    std::uint64_t valid_bytes() const { return valid_bytes_; }

private:
    std::uint32_t kind_index(const std::string &kind);

    std::vector<Entry> entries_;
    std::vector<std::string> kinds_;
    std::unordered_map<std::string, std::uint32_t> kind_indices_;
    std::uint64_t valid_bytes_ = 0;
};

// The first 8 bytes of a 40-digit SHA-1 hex string (0 when it is not one).
std::uint64_t sha1_prefix(std::string_view hex);

} // namespace prikaz::batch
