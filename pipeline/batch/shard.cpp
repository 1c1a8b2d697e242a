#include "batch/shard.h"

#include <Poco/NumberParser.h>
#include <Poco/SHA1Engine.h>

#include <cstdint>

namespace prikaz::batch {

bool parse_shard(const std::string &text, Shard &out) {
    size_t slash = text.find('/');
    if (slash == std::string::npos)
        return false;
    unsigned k = 0, n = 0;
    if (!Poco::NumberParser::tryParseUnsigned(text.substr(0, slash), k) ||
        !Poco::NumberParser::tryParseUnsigned(text.substr(slash + 1), n) || n == 0 || k >= n)
        return false;
    out = {k, n};
    return true;
}

unsigned shard_of(const std::string &relative_path, unsigned count) {
    Poco::SHA1Engine sha1;
    sha1.update(relative_path);
    const Poco::DigestEngine::Digest &d = sha1.digest();
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | d[i];
    return static_cast<unsigned>(v % count);
}

} // namespace prikaz::batch
