#include "batch/explicit_names.h"

#include "batch/hash64.h"
#include "batch/output_names.h"

#include <algorithm>

namespace prikaz::batch {

void ExplicitNames::add(const std::string &rel) {
    seen_.emplace_back(hash64(plain_output_name(rel, extension_)), hash64(rel));
}

void ExplicitNames::seal() {
    // The same relative path twice is one file given twice (or refused later by OutputClaims),
    // not two siblings: count distinct relative paths per plain name.
    std::sort(seen_.begin(), seen_.end());
    seen_.erase(std::unique(seen_.begin(), seen_.end()), seen_.end());
    for (size_t i = 1; i < seen_.size(); ++i)
        if (seen_[i].first == seen_[i - 1].first &&
            (shared_.empty() || shared_.back() != seen_[i].first))
            shared_.push_back(seen_[i].first);
    std::vector<std::pair<std::uint64_t, std::uint64_t>>().swap(seen_); // free it now
}

std::string ExplicitNames::output(const std::string &rel) const {
    std::string plain = plain_output_name(rel, extension_);
    if (std::binary_search(shared_.begin(), shared_.end(), hash64(plain)))
        return whole_output_name(rel, extension_);
    return plain;
}

} // namespace prikaz::batch
