#include "batch/stale_temporaries.h"

#include "batch/atomic_write.h"

namespace fs = std::filesystem;

namespace prikaz::batch {

StaleTemporaries::StaleTemporaries(const fs::path &out_dir) {
    for (const fs::path &t : find_temporaries(out_dir))
        by_output_.emplace(target_of_temporary(t).lexically_relative(out_dir).generic_string(), t);
}

void StaleTemporaries::remove_for(const std::string &output) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (by_output_.empty())
        return;
    auto [first, last] = by_output_.equal_range(output);
    for (auto it = first; it != last; ++it) {
        std::error_code ec;
        fs::remove(it->second, ec);
    }
    by_output_.erase(first, last);
}

} // namespace prikaz::batch
