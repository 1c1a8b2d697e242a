#include "batch/file_list.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unistd.h>

namespace fs = std::filesystem;

namespace prikaz::batch {

namespace {

void write_all(int fd, const char *data, size_t size) {
    while (size > 0) {
        ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw std::runtime_error(std::string("cannot copy the file list: ") +
                                     std::strerror(errno));
        data += n;
        size -= static_cast<size_t>(n);
    }
}

// An unlinked temporary file holding `in`'s bytes.
int spool(std::istream &in) {
    std::string pattern = (fs::temp_directory_path() / "prikaz-files-from-XXXXXX").string();
    int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        throw std::runtime_error(std::string("cannot copy the file list: ") + std::strerror(errno));
    ::unlink(pattern.c_str());
    try {
        char buf[1 << 16];
        while (in.read(buf, sizeof buf) || in.gcount() > 0)
            write_all(fd, buf, static_cast<size_t>(in.gcount()));
    } catch (...) {
        ::close(fd);
        throw;
    }
    return fd;
}

} // namespace

FileList::FileList(const std::string &name, std::istream &standard_input) : name_(name) {
    if (name == "-") {
        spool_fd_ = spool(standard_input);
    } else {
        std::error_code ec;
        if (fs::is_regular_file(name, ec)) {
            open_as_ = name;
        } else {
            std::ifstream once(name, std::ios::binary);
            if (!once)
                throw std::runtime_error(name + ": cannot read the file list");
            spool_fd_ = spool(once);
        }
    }
    if (spool_fd_ >= 0)
        open_as_ = "/proc/self/fd/" + std::to_string(spool_fd_);
    if (!std::ifstream(open_as_))
        throw std::runtime_error(name + ": cannot read the file list");
}

FileList::~FileList() {
    if (spool_fd_ >= 0)
        ::close(spool_fd_);
}

void FileList::for_each(const std::function<void(const std::string &)> &entry) const {
    std::ifstream in(open_as_, std::ios::binary);
    if (!in)
        throw std::runtime_error(name_ + ": cannot read the file list");
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!line.empty())
            entry(line);
    }
    if (in.bad())
        throw std::runtime_error(name_ + ": cannot read the file list");
}

} // namespace prikaz::batch
