// A fixed pool of worker threads, each taking one item at a time until there are none left:
// memory in flight is one item per worker, whatever the number of items. The calling thread
// waits, calling `tick` about every 100 ms (progress drawing) until every worker is done.
#pragma once

#include <functional>

namespace prikaz::batch {

// `work_one` takes the next item and does it, returning false when there is none left (it may
// block waiting for one); it must not throw (it records its own failures). Called from `jobs`
// threads at once.
void run_pool(unsigned jobs, const std::function<bool()> &work_one,
              const std::function<void()> &tick);

// std::thread::hardware_concurrency(), at least 1.
unsigned default_jobs();

} // namespace prikaz::batch
