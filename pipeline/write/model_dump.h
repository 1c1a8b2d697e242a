// Views of the document model for people and tools: `prikaz text FILE [--format text|json]`.
#pragma once

#include "model/document.h"

#include <ostream>

namespace prikaz::write {

// One line per paragraph ("[b12] 3.2.1. | текст"), tables as rows of cells, so that a person
// can see what the reader saw.
void dump_model_text(const model::Document &doc, std::ostream &out);

// The same as JSON (UTF-8, unescaped, key order preserved).
void dump_model_json(const model::Document &doc, std::ostream &out);

} // namespace prikaz::write
