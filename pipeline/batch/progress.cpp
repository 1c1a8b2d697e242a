#include "batch/progress.h"

#include <algorithm>
#include <cstdio>
#include <iomanip>
#include <sstream>
#include <unistd.h>

namespace prikaz::batch {

namespace {

const auto kBarInterval = std::chrono::milliseconds(100);
const auto kLineInterval = std::chrono::seconds(5);

std::string clock_text(double seconds) {
    long s = static_cast<long>(seconds + 0.5);
    std::ostringstream out;
    if (s >= 3600)
        out << s / 3600 << ':' << std::setw(2) << std::setfill('0') << (s / 60) % 60;
    else
        out << s / 60;
    out << ':' << std::setw(2) << std::setfill('0') << s % 60;
    return out.str();
}

} // namespace

Progress::Progress(std::ostream &out, ProgressStyle style, size_t total, bool total_final)
    : out_(out), style_(style), total_(total), total_final_(total_final), start_(Clock::now()),
      last_draw_(start_) {}

void Progress::set_total(size_t total, bool final) {
    total_ = total;
    total_final_ = final;
}

std::string Progress::describe(size_t done, size_t total, size_t failed, double seconds, bool bar,
                               bool total_final) {
    total = std::max(total, done); // a count still running may lag behind the conversions
    std::ostringstream out;
    if (bar) {
        const int width = 24;
        int filled = total ? static_cast<int>(width * done / total) : total_final ? width : 0;
        out << '[' << std::string(filled, '#') << std::string(width - filled, '.') << "] ";
    } else {
        out << "prikaz batch: ";
    }
    double rate = seconds > 0 ? done / seconds : 0;
    out << done << '/' << total << (total_final ? "" : "+") << " files, " << std::fixed
        << std::setprecision(1) << rate << " files/s, " << failed << " failed";
    if (!total_final)
        return out.str();
    if (done < total && rate > 0)
        out << ", ETA " << clock_text((total - done) / rate);
    else if (done == total)
        out << ", " << clock_text(seconds) << " elapsed";
    return out.str();
}

void Progress::draw(size_t done, size_t failed) {
    Clock::time_point now = Clock::now();
    double seconds = std::chrono::duration<double>(now - start_).count();
    if (style_ == ProgressStyle::Bar)
        out_ << '\r' << describe(done, total_, failed, seconds, true, total_final_) << "\x1b[K"
             << std::flush;
    else
        out_ << describe(done, total_, failed, seconds, false, total_final_) << '\n' << std::flush;
    last_draw_ = now;
}

void Progress::tick(size_t done, size_t failed) {
    if (style_ == ProgressStyle::Quiet)
        return;
    auto interval = style_ == ProgressStyle::Bar
                        ? std::chrono::duration_cast<Clock::duration>(kBarInterval)
                        : std::chrono::duration_cast<Clock::duration>(kLineInterval);
    if (Clock::now() - last_draw_ >= interval)
        draw(done, failed);
}

void Progress::finish(size_t done, size_t failed) {
    if (style_ == ProgressStyle::Quiet)
        return;
    draw(done, failed);
    if (style_ == ProgressStyle::Bar)
        out_ << '\n' << std::flush;
}

bool stderr_is_terminal() {
    return ::isatty(STDERR_FILENO) == 1;
}

} // namespace prikaz::batch
