// What the endpoint handlers share for the lifetime of a server: its limits and the compiled
// templates. Owned by the server; handlers hold a reference.
#pragma once

#include "serve/template_cache.h"

#include <cstdint>

namespace prikaz::serve {

struct Service {
    std::uint64_t max_body = 0; // bytes of one request body
    TemplateCache templates;
};

} // namespace prikaz::serve
