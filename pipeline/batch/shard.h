// --shard K/N: a stable 1/N of the inputs. K is 0-based (0 <= K < N). A file belongs to shard
// SHA-1(relative path) mod N, the digest's first 8 bytes read big-endian: the same on every
// machine and every run, whatever the order or number of the other files.
#pragma once

#include <string>

namespace prikaz::batch {

struct Shard {
    unsigned index = 0; // K
    unsigned count = 1; // N
};

// "K/N" -> true and `out` filled; false for anything else (N = 0, K >= N, junk).
bool parse_shard(const std::string &text, Shard &out);

unsigned shard_of(const std::string &relative_path, unsigned count);

} // namespace prikaz::batch
