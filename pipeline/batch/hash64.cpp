#include "batch/hash64.h"

#include <Poco/SHA1Engine.h>

#include <sys/stat.h>

namespace prikaz::batch {

std::uint64_t hash64(std::string_view text) {
    Poco::SHA1Engine sha1;
    sha1.update(text.data(), static_cast<unsigned>(text.size()));
    const Poco::DigestEngine::Digest &d = sha1.digest();
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | d[i];
    return v;
}

std::uint64_t file_identity(const char *path) {
    struct stat st {};
    if (::stat(path, &st) != 0)
        return 0;
    // Mixed, not concatenated: device and inode numbers together need more than 64 bits.
    std::uint64_t dev = static_cast<std::uint64_t>(st.st_dev);
    std::uint64_t ino = static_cast<std::uint64_t>(st.st_ino);
    return (dev * 0x9E3779B97F4A7C15ull) ^ ino ^ 1; // ^1: never 0, the "unknown" value
}

} // namespace prikaz::batch
