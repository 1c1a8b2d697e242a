// Output names of the files named explicitly (file INPUTs and --files-from entries that are
// files). Their siblings are the other explicit files with the same relative directory, and a
// list may give them in any order, so the names are decided in a pass over the inputs before
// any is converted: each file adds (hash64 of its plain output name, hash64 of its relative
// path), 16 bytes an explicit file while the pass runs; sealing keeps only the plain names that
// two different relative paths would share (usually none), which then keep their whole name.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace prikaz::batch {

class ExplicitNames {
public:
    explicit ExplicitNames(std::string extension) : extension_(std::move(extension)) {}

    void add(const std::string &rel);
    void seal(); // after the last add()

    // plain_output_name(rel), or whole_output_name(rel) when another explicit file shares it.
    std::string output(const std::string &rel) const;

private:
    std::string extension_;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> seen_; // (plain output, rel)
    std::vector<std::uint64_t> shared_;                         // sorted plain outputs
};

} // namespace prikaz::batch
