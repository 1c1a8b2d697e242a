// Writing one output so that no reader (and no resumed run) ever sees half of it: the bytes go
// to a hidden temporary file in the target's directory, which is then renamed over the target
// (rename(2) is atomic within a file system). A killed run can leave only temporary files,
// which are hidden (".NAME.prikaz-tmp-…") and found by find_temporaries for the next run to remove.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

namespace prikaz::batch {

// Creates the parent directories. Throws std::runtime_error naming the path on failure.
void write_atomically(const std::filesystem::path &target, std::string_view content);

bool is_temporary_name(const std::string &file_name);

// The output a temporary was written for ("d/.a.xml.prikaz-tmp-12-3" -> "d/a.xml").
std::filesystem::path target_of_temporary(const std::filesystem::path &temp);

// The temporaries a killed run left under `dir` (usually none).
std::vector<std::filesystem::path> find_temporaries(const std::filesystem::path &dir);

} // namespace prikaz::batch
