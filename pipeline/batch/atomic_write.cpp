#include "batch/atomic_write.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

namespace prikaz::batch {

namespace {

const char *kTempMark = ".prikaz-tmp-";

std::runtime_error write_error(const fs::path &p, const std::string &what) {
    return std::runtime_error(p.string() + ": cannot write output: " + what);
}

void write_all(int fd, std::string_view content, const fs::path &temp) {
    size_t done = 0;
    while (done < content.size()) {
        ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw write_error(temp, std::strerror(errno));
        done += static_cast<size_t>(n);
    }
}

// Unique among the threads and processes writing into the same directory.
fs::path temporary_for(const fs::path &target) {
    static std::atomic<unsigned long> counter{0};
    std::string name = "." + target.filename().string() + kTempMark + std::to_string(::getpid()) +
                       "-" + std::to_string(++counter);
    return target.parent_path() / name;
}

} // namespace

void write_atomically(const fs::path &target, std::string_view content) {
    std::error_code ec;
    if (target.has_parent_path()) {
        fs::create_directories(target.parent_path(), ec);
        if (ec)
            throw write_error(target.parent_path(), ec.message());
    }
    const fs::path temp = temporary_for(target);
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        throw write_error(temp, std::strerror(errno));
    try {
        write_all(fd, content, temp);
    } catch (...) {
        ::close(fd);
        ::unlink(temp.c_str());
        throw;
    }
    if (::close(fd) != 0 || ::rename(temp.c_str(), target.c_str()) != 0) {
        std::string why = std::strerror(errno);
        ::unlink(temp.c_str());
        throw write_error(target, why);
    }
}

bool is_temporary_name(const std::string &file_name) {
    size_t mark = file_name.rfind(kTempMark);
    return !file_name.empty() && file_name[0] == '.' && mark != std::string::npos && mark > 1;
}

fs::path target_of_temporary(const fs::path &temp) {
    std::string name = temp.filename().string();
    size_t mark = name.rfind(kTempMark);
    return temp.parent_path() / name.substr(1, mark - 1);
}

std::vector<fs::path> find_temporaries(const fs::path &dir) {
    std::vector<fs::path> found;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code sec;
        if (it->is_regular_file(sec) && is_temporary_name(it->path().filename().string()))
            found.push_back(it->path());
    }
    return found;
}

} // namespace prikaz::batch
