#include "batch/worker_pool.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace prikaz::batch {

void run_pool(unsigned jobs, const std::function<bool()> &work_one,
              const std::function<void()> &tick) {
    std::mutex mutex;
    std::condition_variable all_done;
    const unsigned running = std::max(1u, jobs);
    unsigned left = running;
    std::vector<std::thread> threads;
    threads.reserve(running);
    for (unsigned t = 0; t < running; ++t) {
        threads.emplace_back([&] {
            while (work_one()) {
            }
            std::lock_guard<std::mutex> lock(mutex);
            if (--left == 0)
                all_done.notify_all();
        });
    }
    {
        std::unique_lock<std::mutex> lock(mutex);
        while (left > 0) {
            all_done.wait_for(lock, std::chrono::milliseconds(100));
            lock.unlock();
            tick();
            lock.lock();
        }
    }
    for (std::thread &t : threads)
        t.join();
}

unsigned default_jobs() {
    return std::max(1u, std::thread::hardware_concurrency());
}

} // namespace prikaz::batch
