// Writing a printed value into the part's XML: escaped, and with what plain text cannot carry
// in WordprocessingML/ODF (line breaks, tabs, runs of spaces) written as the dialect's elements.
#pragma once

#include "render/template_engine.h"

#include <string>
#include <string_view>

namespace prikaz::render::tpl {

// `prefix`: the namespace prefix (no colon, may be empty) of w: (DOCX, the value sits inside a
// w:t) or text: (ODT, inside a text:p/text:span).
void append_text(std::string &out, std::string_view text, Dialect dialect, std::string_view prefix);

} // namespace prikaz::render::tpl
