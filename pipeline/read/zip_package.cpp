#include "read/zip_package.h"

#include "read/read_error.h"

#include <Poco/Exception.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

namespace prikaz::read {

const Limits &default_limits() {
    static const Limits limits;
    return limits;
}

namespace {
std::string mib(std::uint64_t bytes) {
    return std::to_string(bytes >> 20) + " MiB";
}
} // namespace

ZipPackage::ZipPackage(std::string_view bytes, const std::string &file_name, const Limits &limits)
    : file_name_(file_name), limits_(limits), stream_(std::string(bytes)) {
    try {
        archive_ = std::make_unique<Poco::Zip::ZipArchive>(stream_);
    } catch (const Poco::Exception &e) {
        throw ReadError(file_name_, "corrupt or truncated zip package (" + e.displayText() + ")");
    } catch (const std::exception &e) {
        throw ReadError(file_name_,
                        std::string("corrupt or truncated zip package (") + e.what() + ")");
    }
    std::uint64_t count = 0;
    for (auto it = archive_->headerBegin(); it != archive_->headerEnd(); ++it)
        if (++count > limits_.max_zip_entries)
            throw ReadError(file_name_, "zip package has more than " +
                                            std::to_string(limits_.max_zip_entries) +
                                            " entries (limit max_zip_entries)");
}

ZipPackage::~ZipPackage() = default;

bool ZipPackage::has(const std::string &entry) const {
    return archive_->findHeader(entry) != archive_->headerEnd();
}

std::vector<std::string> ZipPackage::entries() const {
    std::vector<std::string> names;
    for (auto it = archive_->headerBegin(); it != archive_->headerEnd(); ++it)
        names.push_back(it->first);
    return names;
}

std::string ZipPackage::read_if_present(const std::string &entry) const {
    return has(entry) ? read(entry) : std::string();
}

std::string ZipPackage::read(const std::string &entry) const {
    auto it = archive_->findHeader(entry);
    if (it == archive_->headerEnd())
        throw ReadError(file_name_, "zip package has no part '" + entry + "'");
    const Poco::Zip::ZipLocalFileHeader &header = it->second;
    if (header.isEncrypted())
        throw ReadError(file_name_, "part '" + entry + "' is encrypted");
    const std::uint64_t declared = header.getUncompressedSize();
    const std::uint64_t compressed = header.getCompressedSize();
    if (declared > limits_.max_entry_bytes)
        throw ReadError(file_name_, "part '" + entry + "' inflates to " + mib(declared) +
                                        ", over the limit of " + mib(limits_.max_entry_bytes) +
                                        " (max_entry_bytes)");
    if (declared >= limits_.ratio_check_from_bytes &&
        declared > compressed * limits_.max_compression_ratio)
        throw ReadError(file_name_, "part '" + entry + "' has compression ratio " +
                                        std::to_string(declared / (compressed ? compressed : 1)) +
                                        ":1, over the limit of " +
                                        std::to_string(limits_.max_compression_ratio) +
                                        ":1 (zip bomb?)");
    std::string out;
    try {
        stream_.clear();
        Poco::Zip::ZipInputStream zin(stream_, header, true);
        char buf[65536];
        while (zin.read(buf, sizeof buf) || zin.gcount() > 0) {
            out.append(buf, static_cast<size_t>(zin.gcount()));
            if (out.size() > limits_.max_entry_bytes || out.size() > declared + 65536)
                throw ReadError(file_name_, "part '" + entry + "' inflates past its declared " +
                                                "size or the limit of " +
                                                mib(limits_.max_entry_bytes) + " (zip bomb?)");
        }
    } catch (const ReadError &) {
        throw;
    } catch (const Poco::Exception &e) {
        throw ReadError(file_name_, "part '" + entry + "' is corrupt (" + e.displayText() + ")");
    } catch (const std::exception &e) {
        throw ReadError(file_name_, "part '" + entry + "' is corrupt (" + e.what() + ")");
    }
    if (out.size() != declared)
        throw ReadError(file_name_, "part '" + entry + "' is truncated or corrupt (" +
                                        std::to_string(out.size()) + " of " +
                                        std::to_string(declared) + " bytes)");
    inflated_total_ += out.size();
    if (inflated_total_ > limits_.max_package_bytes)
        throw ReadError(file_name_, "package inflates to more than " +
                                        mib(limits_.max_package_bytes) + " (max_package_bytes)");
    return out;
}

} // namespace prikaz::read
