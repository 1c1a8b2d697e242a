// Every input of a batch, handed on one at a time with its output name, in a fixed order: the
// INPUTs as given, then the --files-from entries, each directory walked one directory at a time
// (directory_walk.h). Nothing is collected: the memory is one directory's names, plus, when
// there is more than one INPUT or a list, the 16-32 bytes a file of OutputClaims and, during
// the naming pass over the explicit files, 16 bytes each of ExplicitNames.
// Output names are decided over ALL inputs before --shard picks its share, so a file's output
// name does not depend on the shard it falls in.
#pragma once

#include "batch/file_list.h"
#include "batch/inputs.h"
#include "batch/shard.h"

#include <filesystem>
#include <string>
#include <vector>

namespace prikaz::batch {

struct InputSpec {
    std::vector<std::string> inputs; // files and directories
    const FileList *list = nullptr;  // --files-from, or none
    std::filesystem::path out_dir;   // must exist: walks skip it
    std::string extension;           // of the outputs, without the dot
    Shard shard;
};

enum class StreamMode {
    Convert,  // names, claims, the shard's share
    CountOnly // the same files and problems for the progress total, without naming them or
              // settling clashes between INPUTs (a file given twice is counted twice)
};

// Calls `events` from the calling thread. Throws std::runtime_error when the list cannot be read.
void stream_inputs(const InputSpec &spec, const InputEvents &events,
                   StreamMode mode = StreamMode::Convert);

} // namespace prikaz::batch
