// Progress on stderr. On a terminal: one line redrawn with '\r' at most ~10 times a second
// (done/total, files/s, failures, ETA). Elsewhere (a log, a pipe): a plain line every few
// seconds. Quiet: nothing. The caller ticks it from one thread.
// The total comes from a counting walk that runs alongside the conversion (the inputs are
// never listed in memory): until it ends the total is shown as a lower bound ("120/4000+") and
// no ETA is given.
#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>

namespace prikaz::batch {

enum class ProgressStyle { Bar, Lines, Quiet };

class Progress {
public:
    using Clock = std::chrono::steady_clock;

    Progress(std::ostream &out, ProgressStyle style, size_t total = 0, bool total_final = true);

    // `final`: every input has been counted.
    void set_total(size_t total, bool final);

    // Draws when enough time has passed since the last drawing.
    void tick(size_t done, size_t failed);
    // The final state, always drawn (then a newline after a bar).
    void finish(size_t done, size_t failed);

    // The text of one update, without '\r' or newline (exposed for tests).
    static std::string describe(size_t done, size_t total, size_t failed, double seconds, bool bar,
                                bool total_final = true);

private:
    void draw(size_t done, size_t failed);

    std::ostream &out_;
    ProgressStyle style_;
    size_t total_;
    bool total_final_;
    Clock::time_point start_;
    Clock::time_point last_draw_;
};

// isatty(stderr)
bool stderr_is_terminal();

} // namespace prikaz::batch
