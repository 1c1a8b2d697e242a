// The --files-from list, read line by line (never held whole) and more than once: the batch
// reads it to name the explicit files, to count the inputs for the progress total, and to
// convert them. Standard input, a pipe or `<(find …)` can be read only once, so those are first
// copied into a temporary file that is unlinked at once (the kernel frees it when the batch
// ends, even when it is killed) and reopened through /proc/self/fd for each reading.
#pragma once

#include <functional>
#include <istream>
#include <string>

namespace prikaz::batch {

class FileList {
public:
    // `name`: a path or "-" for `standard_input`. Throws std::runtime_error naming the list
    // when it cannot be read.
    FileList(const std::string &name, std::istream &standard_input);
    ~FileList();
    FileList(const FileList &) = delete;
    FileList &operator=(const FileList &) = delete;

    // Calls `entry` for each non-empty line from the start, a trailing CR dropped. Each call
    // opens the list anew, so two threads may read it at once.
    void for_each(const std::function<void(const std::string &)> &entry) const;

private:
    std::string name_;    // as given, for messages
    std::string open_as_; // the path to open
    int spool_fd_ = -1;   // the unlinked copy of a list that can be read only once
};

} // namespace prikaz::batch
