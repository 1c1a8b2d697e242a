#include "batch/directory_walk.h"

#include "batch/hash64.h"
#include "batch/output_names.h"

#include <algorithm>
#include <vector>

namespace fs = std::filesystem;

namespace prikaz::batch {

namespace {

struct Walk {
    std::uint64_t out_dir_identity;
    const std::string &extension;
    const InputEvents &events;

    void cannot_read(const fs::path &dir, const std::error_code &ec) const {
        events.problem({dir.string(), "cannot read directory: " + ec.message()});
    }

    // The document files and the subdirectory names of `dir`.
    void list(const fs::path &dir, const std::string &rel_dir, std::vector<InputFile> &files,
              std::vector<std::string> &subdirs) const {
        std::error_code ec;
        fs::directory_iterator it(dir, ec);
        if (ec)
            return cannot_read(dir, ec);
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            const fs::path &p = it->path();
            std::string name = p.filename().string();
            if (name.empty() || name[0] == '.')
                continue;
            std::error_code sec;
            if (it->is_directory(sec) && !it->is_symlink(sec)) {
                if (file_identity(p.c_str()) != out_dir_identity)
                    subdirs.push_back(std::move(name));
            } else if (it->is_regular_file(sec)) {
                if (is_document_name(p))
                    files.push_back({p, rel_dir.empty() ? name : rel_dir + "/" + name, ""});
                else
                    events.not_document();
            }
        }
        if (ec)
            cannot_read(dir, ec);
    }

    void walk(const fs::path &dir, const std::string &rel_dir) const {
        std::vector<std::string> subdirs;
        {
            std::vector<InputFile> files;
            list(dir, rel_dir, files, subdirs);
            std::vector<InputProblem> problems;
            assign_output_names(files, extension, problems); // also sorts them by name
            for (InputProblem &p : problems)
                events.problem(std::move(p));
            for (InputFile &f : files)
                events.file(std::move(f));
        } // this directory's files are gone before its subdirectories are listed
        std::sort(subdirs.begin(), subdirs.end());
        for (const std::string &name : subdirs)
            walk(dir / name, rel_dir.empty() ? name : rel_dir + "/" + name);
    }
};

} // namespace

void walk_directory(const fs::path &root, std::uint64_t out_dir_identity,
                    const std::string &extension, const InputEvents &events) {
    Walk{out_dir_identity, extension, events}.walk(root, "");
}

} // namespace prikaz::batch
