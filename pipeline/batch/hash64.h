// 64-bit fingerprints of paths and file identities, for the sets a batch keeps per file (output
// names already claimed, the previous run's manifest). The first 8 bytes of SHA-1 (Poco), read
// big-endian: stable across machines and runs, which --shard relies on, and spread well enough
// that two of a million paths share a fingerprint with odds of about 1 in 30 million.
#pragma once

#include <cstdint>
#include <string_view>

namespace prikaz::batch {

std::uint64_t hash64(std::string_view text);

// Which file this is on disk (device and inode, as stat(2) gives them); 0 when it cannot be
// stat'ed. Two paths naming the same file get the same value.
std::uint64_t file_identity(const char *path);

} // namespace prikaz::batch
