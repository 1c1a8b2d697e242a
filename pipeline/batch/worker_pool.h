// A fixed pool of worker threads pulling item indices from a shared counter: memory in flight
// is one item per worker, whatever the number of items. The calling thread waits, calling
// `tick` about every 100 ms (progress drawing) until every item is done.
#pragma once

#include <cstddef>
#include <functional>

namespace prikaz::batch {

// `work` must not throw (it records its own failures); it is called once per index in
// [0, count), from `jobs` threads at once.
void run_pool(size_t count, unsigned jobs, const std::function<void(size_t)> &work,
              const std::function<void()> &tick);

// std::thread::hardware_concurrency(), at least 1.
unsigned default_jobs();

} // namespace prikaz::batch
