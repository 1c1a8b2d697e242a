#include "batch/input_counter.h"

namespace prikaz::batch {

namespace {

struct Stopped {}; // thrown from the events to leave the walk early

} // namespace

InputCounter::InputCounter(const InputSpec &spec) {
    thread_ = std::thread([this, spec] {
        InputEvents events;
        auto one = [this] {
            if (stop_)
                throw Stopped{};
            ++count_;
        };
        events.file = [one](InputFile &&) { one(); };
        events.problem = [one](InputProblem &&) { one(); };
        events.not_document = [] {};
        try {
            stream_inputs(spec, events, StreamMode::CountOnly);
            finished_ = true;
        } catch (...) {
            // Stopped, or a list that cannot be read: the conversion reports that itself.
        }
    });
}

InputCounter::~InputCounter() {
    stop_ = true;
    thread_.join();
}

} // namespace prikaz::batch
