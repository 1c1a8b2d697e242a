// Safety limits applied to every input. They are documented in README.md ("Limits"); change
// both together.
#pragma once

#include <cstdint>

namespace prikaz::read {

struct Limits {
    std::uint64_t max_file_bytes = 256ull << 20;       // whole input file
    std::uint64_t max_entry_bytes = 128ull << 20;      // one uncompressed zip entry
    std::uint64_t max_package_bytes = 512ull << 20;    // all entries we inflate, together
    std::uint64_t ratio_check_from_bytes = 1ull << 20; // entries smaller than this skip the ratio
    std::uint64_t max_compression_ratio = 200;         // uncompressed / compressed
    std::uint32_t max_zip_entries = 20000;
    // XML nesting is bounded by libxml2's own limit of 256 levels (we never pass
    // XML_PARSE_HUGE); it is not configurable here.
};

const Limits &default_limits();

} // namespace prikaz::read
