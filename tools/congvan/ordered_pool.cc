// Ordered parallel map (ordered_pool.h). Approach: one mutex guards a
// counter of the next item to start, the next item to deliver and a map of
// finished results keyed by index. Workers claim the next index only while it
// is within the look-ahead window of the next delivery (condition `room`),
// so at most jobs × lookahead_per_job results wait in memory; the calling
// thread waits on `ready` for the result it must deliver next, waking every
// tick_interval to let a progress bar redraw.
#include "ordered_pool.h"

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace congvan::cli {

void RunOrdered(std::size_t count, const OrderedPoolOptions& options,
                const std::function<std::string(std::size_t)>& work,
                const std::function<void(std::size_t, std::string&)>& deliver,
                const std::function<void()>& tick) {
  const unsigned jobs = std::max(1u, options.jobs);
  const std::size_t window = std::max<std::size_t>(1, jobs * options.lookahead_per_job);
  std::mutex mutex;
  std::condition_variable room;   // a worker may claim another item
  std::condition_variable ready;  // a result was stored
  std::size_t next_to_start = 0;
  std::size_t next_to_deliver = 0;
  std::map<std::size_t, std::string> finished;

  auto worker = [&] {
    for (;;) {
      std::size_t item;
      {
        std::unique_lock lock(mutex);
        room.wait(lock, [&] {
          return next_to_start >= count || next_to_start < next_to_deliver + window;
        });
        if (next_to_start >= count) return;
        item = next_to_start++;
      }
      std::string result = work(item);
      {
        std::lock_guard lock(mutex);
        finished.emplace(item, std::move(result));
      }
      ready.notify_one();
    }
  };
  std::vector<std::jthread> threads;
  threads.reserve(jobs);
  for (unsigned j = 0; j < jobs; ++j) threads.emplace_back(worker);

  for (std::size_t i = 0; i < count; ++i) {
    std::string result;
    {
      std::unique_lock lock(mutex);
      while (!ready.wait_for(lock, options.tick_interval, [&] { return finished.count(i) > 0; })) {
        lock.unlock();
        tick();
        lock.lock();
      }
      auto it = finished.find(i);
      result = std::move(it->second);
      finished.erase(it);
      next_to_deliver = i + 1;
    }
    room.notify_all();
    deliver(i, result);
    tick();
  }
  // The jthreads join here; every worker has returned once all is delivered.
}

}  // namespace congvan::cli
