#include "batch/output_names.h"

#include <algorithm>
#include <filesystem>
#include <string_view>
#include <unordered_map>

namespace fs = std::filesystem;

namespace prikaz::batch {

std::string plain_output_name(const std::string &rel, const std::string &extension) {
    return fs::path(rel).replace_extension(extension).generic_string();
}

std::string whole_output_name(const std::string &rel, const std::string &extension) {
    return rel + "." + extension;
}

void assign_output_names(std::vector<InputFile> &files, const std::string &extension,
                         std::vector<InputProblem> &problems) {
    std::stable_sort(files.begin(), files.end(),
                     [](const InputFile &a, const InputFile &b) { return a.rel < b.rel; });
    // The maps below hold views into `files`: a directory may hold very many files.
    for (InputFile &f : files)
        f.output = plain_output_name(f.rel, extension);
    std::vector<bool> shared(files.size());
    {
        std::unordered_map<std::string_view, int> uses;
        for (const InputFile &f : files)
            ++uses[f.output];
        for (size_t i = 0; i < files.size(); ++i)
            shared[i] = uses[files[i].output] > 1;
    }
    for (size_t i = 0; i < files.size(); ++i)
        if (shared[i])
            files[i].output = whole_output_name(files[i].rel, extension);

    // Rare leftovers ("a.docx.txt" -> "a.docx.xml" next to a renamed "a.docx"): refuse them.
    std::vector<bool> refused(files.size());
    {
        std::unordered_map<std::string_view, size_t> owner;
        for (size_t i = 0; i < files.size(); ++i) {
            auto [it, fresh] = owner.emplace(files[i].output, i);
            if (!fresh) {
                refused[i] = true;
                problems.push_back({files[i].path.string(), "its output name " + files[i].output +
                                                                " is already taken by " +
                                                                files[it->second].path.string()});
            }
        }
    }
    size_t i = 0;
    files.erase(
        std::remove_if(files.begin(), files.end(), [&](const InputFile &) { return refused[i++]; }),
        files.end());
}

} // namespace prikaz::batch
