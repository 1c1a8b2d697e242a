// The progress total, counted by a second walk over the same inputs in its own thread while the
// conversion runs (stream_inputs in CountOnly mode: nothing is stored, only a number), so that
// the first files convert at once and the total and ETA appear as soon as the walk is done.
// Walking twice costs one more directory listing per directory, small next to converting.
#pragma once

#include "batch/input_stream.h"

#include <atomic>
#include <cstddef>
#include <thread>

namespace prikaz::batch {

class InputCounter {
public:
    explicit InputCounter(const InputSpec &spec); // starts counting
    ~InputCounter();                              // stops counting if still at it
    InputCounter(const InputCounter &) = delete;
    InputCounter &operator=(const InputCounter &) = delete;

    size_t count() const { return count_; } // files and problems of this shard so far
    bool finished() const { return finished_; }

private:
    std::atomic<size_t> count_{0};
    std::atomic<bool> finished_{false};
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

} // namespace prikaz::batch
