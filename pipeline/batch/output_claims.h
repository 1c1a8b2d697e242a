// Which output names earlier inputs already took, for the one rule that spans INPUTs: two
// inputs (two INPUT directories holding the same names, a file named twice, a list entry that
// a walk also found) must not write the same output. The first keeps it; the same file met again
// is taken once; a different file is refused. Only fingerprints are kept (hash64 of the output
// path, file_identity of the file that took it): 16 bytes a file in an open-addressing table
// kept at most half full, so 16-32 bytes a file; a batch of one INPUT directory needs none.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace prikaz::batch {

class OutputClaims {
public:
    enum class Claim { Taken, SameFileAgain, TakenByAnother };

    // `identity`: file_identity() of the input claiming `output` (relative to OUT_DIR).
    Claim claim(std::string_view output, std::uint64_t identity);

    size_t size() const { return used_; }

private:
    struct Slot {
        std::uint64_t key = 0; // 0: empty
        std::uint64_t identity = 0;
    };
    void grow();
    Slot &find(std::uint64_t key);

    std::vector<Slot> slots_;
    size_t used_ = 0;
};

} // namespace prikaz::batch
