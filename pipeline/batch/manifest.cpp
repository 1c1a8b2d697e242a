#include "batch/manifest.h"

#include <Poco/NumberParser.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>
#include <vector>

namespace prikaz::batch {

namespace {

const char *kMagic = "prikaz-batch-1";
const size_t kFields = 9;

std::string escape(const std::string &s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string unescape(const std::string &s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 == s.size()) {
            out += s[i];
            continue;
        }
        char c = s[++i];
        out += c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
    }
    return out;
}

std::vector<std::string> split(const std::string &s, char sep) {
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == sep) {
            parts.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

std::string counts_field(const RecordStats &s) {
    std::ostringstream out;
    out << s.points << ',' << s.points_without_deadline << ',' << s.points_without_responsible
        << ',' << s.measures << ',' << s.measures_without_deadline << ','
        << s.measures_without_responsible << ',' << (s.has_date ? 1 : 0) << ','
        << (s.has_number ? 1 : 0);
    return out.str();
}

bool parse_counts(const std::string &field, RecordStats &s) {
    std::vector<std::string> parts = split(field, ',');
    if (parts.size() != 8)
        return false;
    int v[8];
    for (size_t i = 0; i < 8; ++i)
        if (!Poco::NumberParser::tryParse(parts[i], v[i]) || v[i] < 0)
            return false;
    s.points = v[0];
    s.points_without_deadline = v[1];
    s.points_without_responsible = v[2];
    s.measures = v[3];
    s.measures_without_deadline = v[4];
    s.measures_without_responsible = v[5];
    s.has_date = v[6] != 0;
    s.has_number = v[7] != 0;
    return true;
}

} // namespace

std::string manifest_line(const ManifestEntry &e) {
    std::string line = std::string(kMagic) + '\t' + escape(e.settings) + '\t' + escape(e.version) +
                       '\t' + e.input_sha1 + '\t' + escape(e.input) + '\t' + escape(e.output) +
                       '\t' + std::to_string(e.output_size) + '\t' + escape(e.stats.kind) + '\t' +
                       counts_field(e.stats) + '\n';
    return line;
}

bool parse_manifest_line(const std::string &line, ManifestEntry &out) {
    std::vector<std::string> f = split(line, '\t');
    if (f.size() != kFields || f[0] != kMagic || f[3].size() != 40 || f[5].empty())
        return false;
    ManifestEntry e;
    e.settings = unescape(f[1]);
    e.version = unescape(f[2]);
    e.input_sha1 = f[3];
    e.input = unescape(f[4]);
    e.output = unescape(f[5]);
    if (!Poco::NumberParser::tryParseUnsigned64(f[6], e.output_size))
        return false;
    e.stats.kind = unescape(f[7]);
    if (!parse_counts(f[8], e.stats))
        return false;
    out = std::move(e);
    return true;
}

std::uint64_t read_manifest(const std::filesystem::path &path,
                            const std::function<void(ManifestEntry &&)> &entry) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return 0;
    std::string line;
    std::uint64_t valid_bytes = 0;
    while (std::getline(in, line)) {
        if (in.eof())
            break; // no '\n': the torn last line of a killed run
        valid_bytes += line.size() + 1;
        ManifestEntry e;
        if (parse_manifest_line(line, e))
            entry(std::move(e));
    }
    return valid_bytes;
}

ManifestWriter::ManifestWriter(const std::filesystem::path &path, std::uint64_t keep_bytes)
    : path_(path) {
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd_ < 0 || ::ftruncate(fd_, static_cast<off_t>(keep_bytes)) != 0)
        throw std::runtime_error(path.string() +
                                 ": cannot write the manifest: " + std::strerror(errno));
}

ManifestWriter::~ManifestWriter() {
    if (fd_ >= 0)
        ::close(fd_);
}

void ManifestWriter::append(const ManifestEntry &e) {
    const std::string line = manifest_line(e);
    std::lock_guard<std::mutex> lock(mutex_);
    size_t done = 0;
    while (done < line.size()) {
        ssize_t n = ::write(fd_, line.data() + done, line.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw std::runtime_error(path_.string() +
                                     ": cannot append to the manifest: " + std::strerror(errno));
        done += static_cast<size_t>(n);
    }
}

} // namespace prikaz::batch
