#include "render/template_package.h"

#include "read/zip_package.h"

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace prikaz::render {

namespace fs = std::filesystem;

namespace {

std::string read_whole_file(const fs::path &file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw std::runtime_error(file.string() + ": cannot open");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::vector<PackageEntry> load_directory(const fs::path &dir) {
    std::vector<PackageEntry> entries;
    for (const auto &item : fs::recursive_directory_iterator(dir)) {
        if (!item.is_regular_file())
            continue;
        std::string rel = fs::relative(item.path(), dir).generic_string();
        entries.push_back({rel, read_whole_file(item.path())});
    }
    // Directory order is arbitrary; a stable order makes rendered packages reproducible.
    std::sort(entries.begin(), entries.end(),
              [](const PackageEntry &a, const PackageEntry &b) { return a.path < b.path; });
    return entries;
}

std::vector<PackageEntry> load_zip(const fs::path &file) {
    std::string bytes = read_whole_file(file);
    read::ZipPackage package(bytes, file.string());
    std::vector<PackageEntry> entries;
    for (const std::string &name : package.entries()) {
        if (name.empty() || name.back() == '/')
            continue; // directory entries carry nothing
        entries.push_back({name, package.read(name)});
    }
    return entries;
}

void put_mimetype_first(std::vector<PackageEntry> &entries) {
    auto it = std::find_if(entries.begin(), entries.end(),
                           [](const PackageEntry &e) { return e.path == "mimetype"; });
    if (it != entries.end())
        std::rotate(entries.begin(), it, it + 1);
}

} // namespace

std::vector<PackageEntry> load_package(const std::string &path) {
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw std::runtime_error(path + ": no such template file or directory");
    std::vector<PackageEntry> entries =
        fs::is_directory(path, ec) ? load_directory(path) : load_zip(path);
    if (entries.empty())
        throw std::runtime_error(path + ": the template package is empty");
    put_mimetype_first(entries);
    return entries;
}

std::string write_package(const std::vector<PackageEntry> &entries) {
    std::ostringstream out;
    Poco::Zip::Compress zip(out, true);
    const Poco::DateTime stamp(2025, 8, 1); // fixed: the same record renders to the same bytes
    for (const PackageEntry &entry : entries) {
        std::istringstream data(entry.data);
        const bool stored = entry.path == "mimetype";
        zip.addFile(data, stamp, Poco::Path(entry.path, Poco::Path::PATH_UNIX),
                    stored ? Poco::Zip::ZipCommon::CM_STORE : Poco::Zip::ZipCommon::CM_DEFLATE,
                    stored ? Poco::Zip::ZipCommon::CL_NORMAL : Poco::Zip::ZipCommon::CL_SUPERFAST);
    }
    zip.close();
    return out.str();
}

} // namespace prikaz::render
