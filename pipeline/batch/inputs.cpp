#include "batch/inputs.h"

#include <algorithm>
#include <array>
#include <unicode/unistr.h>

namespace fs = std::filesystem;

namespace prikaz::batch {

namespace {

std::string lower_utf8(const std::string &s) {
    std::string out;
    icu::UnicodeString::fromUTF8(s).toLower().toUTF8String(out);
    return out;
}

struct Walker {
    InputList &list;
    std::string out_dir_canonical;

    bool is_out_dir(const fs::path &dir) const {
        std::error_code ec;
        fs::path c = fs::weakly_canonical(dir, ec);
        return !ec && c.string() == out_dir_canonical;
    }

    // Recursion by hand (not recursive_directory_iterator) so that one unreadable directory
    // is recorded and the walk goes on with its siblings.
    void walk(const fs::path &dir, const fs::path &rel_dir) {
        std::error_code ec;
        fs::directory_iterator it(dir, ec);
        if (ec) {
            list.problems.push_back({dir.string(), "cannot read directory: " + ec.message()});
            return;
        }
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            const fs::path &p = it->path();
            std::string name = p.filename().string();
            if (name.empty() || name[0] == '.')
                continue;
            std::error_code sec;
            if (it->is_directory(sec) && !it->is_symlink(sec)) {
                if (!is_out_dir(p))
                    walk(p, rel_dir / name);
            } else if (it->is_regular_file(sec)) {
                if (is_document_name(p))
                    list.files.push_back({p, (rel_dir / name).generic_string(), ""});
                else
                    ++list.not_documents;
            }
        }
        if (ec)
            list.problems.push_back({dir.string(), "cannot read directory: " + ec.message()});
    }

    void add(const fs::path &p, const std::string &file_rel) {
        std::error_code ec;
        fs::file_status st = fs::status(p, ec);
        if (ec || !fs::exists(st)) {
            list.problems.push_back({p.string(), "no such file or directory"});
        } else if (fs::is_directory(st)) {
            walk(p, "");
        } else {
            list.files.push_back({p, file_rel, ""});
        }
    }
};

// A list entry made relative so that it can live under OUT_DIR.
std::string list_entry_rel(const fs::path &entry) {
    fs::path rel;
    for (const fs::path &part : entry.lexically_normal().relative_path()) {
        if (part == ".." || part == "." || part.empty())
            continue;
        rel /= part;
    }
    return rel.empty() ? entry.filename().string() : rel.generic_string();
}

} // namespace

bool is_document_name(const fs::path &name) {
    // Not ".md": in a document tree those are READMEs far more often than documents.
    static const std::array<const char *, 10> kExt = {".docx", ".docm", ".odt",   ".ott", ".fodt",
                                                      ".html", ".htm",  ".xhtml", ".txt", ".text"};
    std::string ext = lower_utf8(name.extension().string());
    return std::find(kExt.begin(), kExt.end(), ext) != kExt.end();
}

InputList collect_inputs(const std::vector<std::string> &inputs, std::istream *list,
                         const fs::path &out_dir) {
    InputList result;
    std::error_code ec;
    Walker walker{result, fs::weakly_canonical(out_dir, ec).string()};
    for (const std::string &in : inputs)
        walker.add(in, fs::path(in).filename().string());
    if (list) {
        std::string line;
        while (std::getline(*list, line)) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            if (!line.empty())
                walker.add(line, list_entry_rel(line));
        }
    }
    return result;
}

} // namespace prikaz::batch
