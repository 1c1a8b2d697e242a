#include "batch/worker_pool.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace prikaz::batch {

void run_pool(size_t count, unsigned jobs, const std::function<void(size_t)> &work,
              const std::function<void()> &tick) {
    std::atomic<size_t> next{0};
    std::mutex mutex;
    std::condition_variable all_done;
    unsigned running = std::max(1u, std::min<unsigned>(jobs, std::max<size_t>(count, 1)));
    unsigned left = running;
    std::vector<std::thread> threads;
    threads.reserve(running);
    for (unsigned t = 0; t < running; ++t) {
        threads.emplace_back([&] {
            for (size_t i = next++; i < count; i = next++)
                work(i);
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
