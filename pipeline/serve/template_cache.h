// Templates for /render, compiled once per (template, format) and shared by all requests:
// compiling parses every templated part, which costs more than rendering one record.
#pragma once

#include "render/render.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace prikaz::serve {

// The names of the shipped templates (directories with a docx/ or odt/ package), sorted.
std::vector<std::string> shipped_template_names();

// True for a bare word such as "order" (no path separators or dots): render::load_template
// looks such a name up among the shipped templates. The service takes nothing else.
bool is_template_name(const std::string &name);

class TemplateCache {
public:
    // The compiled template; loads it on first use. Throws render::TemplateError (a failed load
    // is not cached, so a template fixed on disk is picked up by the next request).
    std::shared_ptr<const render::Template> get(const std::string &name, render::Format format);

private:
    std::mutex mutex_;
    std::map<std::pair<std::string, render::Format>, std::shared_ptr<const render::Template>>
        loaded_;
};

} // namespace prikaz::serve
