// The temporary files a killed run left in OUT_DIR (atomic_write.h), removed as their outputs
// come up in this run: only this run's own, because other shards may be writing into OUT_DIR
// now. Found once at the start; usually there are none, at most a few per killed run (one per
// worker), so keeping them costs nothing that grows with the archive.
#pragma once

#include <filesystem>
#include <mutex>
#include <string>
#include <unordered_map>

namespace prikaz::batch {

class StaleTemporaries {
public:
    explicit StaleTemporaries(const std::filesystem::path &out_dir);

    // Removes the temporaries left for `output` (relative to OUT_DIR).
    void remove_for(const std::string &output);

private:
    std::unordered_multimap<std::string, std::filesystem::path> by_output_;
    std::mutex mutex_;
};

} // namespace prikaz::batch
