#include "serve/template_cache.h"

#include <algorithm>
#include <filesystem>

namespace prikaz::serve {

namespace fs = std::filesystem;

std::vector<std::string> shipped_template_names() {
    // render knows where the shipped templates live ($PRIKAZ_TEMPLATES or the compiled-in
    // directory): ROOT/NAME/docx for any NAME, so ROOT is two levels up.
    const fs::path root = fs::path(render::resolve_template("order", render::Format::Docx))
                              .parent_path()
                              .parent_path();
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code ignored;
        if (fs::is_directory(it->path() / "docx", ignored) ||
            fs::is_directory(it->path() / "odt", ignored))
            names.push_back(it->path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

bool is_template_name(const std::string &name) {
    return !name.empty() && name.find_first_of("/.\\") == std::string::npos;
}

std::shared_ptr<const render::Template> TemplateCache::get(const std::string &name,
                                                           render::Format format) {
    const auto key = std::make_pair(name, format);
    // Loading under the lock: the first request for a template pays for it once, and two
    // requests arriving together do not compile it twice. Loads take milliseconds.
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = loaded_.find(key);
    if (it != loaded_.end())
        return it->second;
    auto tpl = render::load_template(name, format);
    loaded_.emplace(key, tpl);
    return tpl;
}

} // namespace prikaz::serve
