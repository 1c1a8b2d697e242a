// A zip package (DOCX, ODT) held in memory, read with Poco Zip under the safety limits:
// entry sizes and compression ratios are checked from the headers before inflating, and the
// inflated byte count is checked again while reading (headers can lie).
#pragma once

#include "read/limits.h"

#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace Poco::Zip {
class ZipArchive;
}

namespace prikaz::read {

class ZipPackage {
public:
    // Parses the directory. Throws ReadError for a truncated or corrupt archive.
    ZipPackage(std::string_view bytes, const std::string &file_name,
               const Limits &limits = default_limits());
    ~ZipPackage();
    ZipPackage(const ZipPackage &) = delete;
    ZipPackage &operator=(const ZipPackage &) = delete;

    bool has(const std::string &entry) const;
    std::vector<std::string> entries() const;
    // Inflates one entry. Throws ReadError if it is missing, encrypted, too large or corrupt.
    std::string read(const std::string &entry) const;
    // Like read() but returns an empty string when the entry does not exist.
    std::string read_if_present(const std::string &entry) const;
    const std::string &file_name() const { return file_name_; }

private:
    std::string file_name_;
    Limits limits_;
    mutable std::istringstream stream_;
    std::unique_ptr<Poco::Zip::ZipArchive> archive_;
    mutable std::uint64_t inflated_total_ = 0;
};

} // namespace prikaz::read
