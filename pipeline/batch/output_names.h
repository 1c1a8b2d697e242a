// Output names: the input's relative path with its extension replaced (a.docx -> a.xml).
// When several inputs would get the same output name (a.docx and a.odt side by side), each
// of them keeps its whole name instead: a.docx.xml and a.odt.xml. The rule depends only on
// the set of inputs, so a rerun over the same inputs names every output the same way.
// Two inputs with the same relative path (the same tree given twice, or two INPUT
// directories holding the same names) cannot both be mirrored: the same file given twice is
// taken once; a different file is refused with a reason naming the one that keeps the name.
#pragma once

#include "batch/inputs.h"

#include <string>
#include <vector>

namespace prikaz::batch {

// Sorts `files` by relative path, fills InputFile::output, removes the refused duplicates
// (appended to `problems`). `extension` without the dot: "xml".
void assign_output_names(std::vector<InputFile> &files, const std::string &extension,
                         std::vector<InputProblem> &problems);

} // namespace prikaz::batch
