// Rendering a compiled part: one walk over the node tree, appending to one string. Lookups of
// names go innermost loop variable first, then `loop` (the innermost loop's state), then the
// context; a name that resolves to nothing is null and prints empty (Jinja's Undefined).
#pragma once

#include "render/template_ast.h"

#include <string>

namespace prikaz::render::tpl {

void render_block(const CompiledPart &part, const Value &context, FilterLookup filters,
                  std::string &out);

} // namespace prikaz::render::tpl
