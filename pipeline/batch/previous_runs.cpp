#include "batch/previous_runs.h"

#include "batch/hash64.h"
#include "batch/manifest.h"

#include <algorithm>
#include <limits>

namespace prikaz::batch {

namespace {

std::uint32_t count32(int n) {
    if (n <= 0)
        return 0;
    return static_cast<std::uint32_t>(
        std::min<long long>(n, std::numeric_limits<std::uint32_t>::max()));
}

} // namespace

std::uint64_t sha1_prefix(std::string_view hex) {
    if (hex.size() != 40)
        return 0;
    std::uint64_t v = 0;
    for (char c : hex.substr(0, 16)) {
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0)
            return 0;
        v = (v << 4) | static_cast<std::uint64_t>(d);
    }
    return v;
}

std::uint32_t PreviousRuns::kind_index(const std::string &kind) {
    auto [it, fresh] = kind_indices_.emplace(kind, static_cast<std::uint32_t>(kinds_.size()));
    if (fresh)
        kinds_.push_back(kind);
    return it->second;
}

PreviousRuns::PreviousRuns(const std::filesystem::path &manifest, const std::string &settings,
                           const std::string &version) {
    valid_bytes_ = read_manifest(manifest, [&](ManifestEntry &&m) {
        Entry e;
        e.output = hash64(m.output);
        e.input_sha1 = sha1_prefix(m.input_sha1);
        e.output_size = m.output_size;
        const RecordStats &s = m.stats;
        int counts[6] = {s.points,   s.points_without_deadline,   s.points_without_responsible,
                         s.measures, s.measures_without_deadline, s.measures_without_responsible};
        for (int i = 0; i < 6; ++i)
            e.counts[i] = count32(counts[i]);
        e.kind = kind_index(s.kind);
        e.has_date = s.has_date;
        e.has_number = s.has_number;
        e.same_settings = m.settings == settings && m.version == version;
        entries_.push_back(e);
    });
    // Stable, then the last of each run of equal hashes: the line written last wins.
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const Entry &a, const Entry &b) { return a.output < b.output; });
    size_t kept = 0;
    for (size_t i = 0; i < entries_.size(); ++i) {
        if (i + 1 < entries_.size() && entries_[i + 1].output == entries_[i].output)
            continue;
        entries_[kept++] = entries_[i];
    }
    entries_.resize(kept);
    entries_.shrink_to_fit();
}

const PreviousRuns::Entry *PreviousRuns::find(std::string_view output) const {
    const std::uint64_t key = hash64(output);
    auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                               [](const Entry &e, std::uint64_t k) { return e.output < k; });
    return it != entries_.end() && it->output == key ? &*it : nullptr;
}

RecordStats PreviousRuns::stats(const Entry &e) const {
    RecordStats s;
    s.kind = kinds_[e.kind];
    s.points = static_cast<int>(e.counts[0]);
    s.points_without_deadline = static_cast<int>(e.counts[1]);
    s.points_without_responsible = static_cast<int>(e.counts[2]);
    s.measures = static_cast<int>(e.counts[3]);
    s.measures_without_deadline = static_cast<int>(e.counts[4]);
    s.measures_without_responsible = static_cast<int>(e.counts[5]);
    s.has_date = e.has_date;
    s.has_number = e.has_number;
    return s;
}

} // namespace prikaz::batch
