#include "batch/shard.h"

#include "batch/hash64.h"

#include <Poco/NumberParser.h>

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
    return static_cast<unsigned>(hash64(relative_path) % count);
}

} // namespace prikaz::batch
