// The walk of one INPUT directory, one directory at a time: list it, name its document files
// among themselves (only siblings can share an output name), hand them on in name order, then
// descend into its subdirectories in name order. Memory: the names of the directory being
// listed plus the subdirectory names pending on each level of the current path, never the tree.
// Recursion by hand (not recursive_directory_iterator) so that one unreadable directory is
// reported and the walk goes on with its siblings.
#pragma once

#include "batch/inputs.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace prikaz::batch {

// `out_dir_identity`: file_identity() of OUT_DIR, skipped when found inside the tree.
// `extension`: the output extension without the dot.
void walk_directory(const std::filesystem::path &root, std::uint64_t out_dir_identity,
                    const std::string &extension, const InputEvents &events);

} // namespace prikaz::batch
