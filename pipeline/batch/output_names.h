// Output names: the input's relative path with its extension replaced (a.docx -> a.xml).
// When several inputs would get the same output name (a.docx and a.odt side by side), each
// of them keeps its whole name instead: a.docx.xml and a.odt.xml. An output lies in its input's
// relative directory, so only siblings can collide: a walk names the files of one directory at
// a time (assign_output_names), and the files named explicitly (file INPUTs, --files-from
// entries) are named among themselves (explicit_names.h). The rule depends only on the set of
// inputs, so a rerun over the same inputs names every output the same way. Clashes that span
// INPUTs are settled by output_claims.h.
#pragma once

#include "batch/inputs.h"

#include <string>
#include <vector>

namespace prikaz::batch {

// "a/b.docx" -> "a/b.xml"; `extension` without the dot.
std::string plain_output_name(const std::string &rel, const std::string &extension);
// "a/b.docx" -> "a/b.docx.xml"
std::string whole_output_name(const std::string &rel, const std::string &extension);

// The files of one directory (distinct relative paths): sorts them by name, fills
// InputFile::output, and removes a leftover clash ("a.docx.txt" -> "a.docx.xml" next to a
// renamed "a.docx"), appended to `problems` with a reason naming the file that keeps the name.
void assign_output_names(std::vector<InputFile> &files, const std::string &extension,
                         std::vector<InputProblem> &problems);

} // namespace prikaz::batch
