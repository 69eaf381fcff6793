// A parallel map whose results come back in input order: `jobs` worker
// threads take the items one by one, and the calling thread receives each
// result as soon as it and every result before it are done. Used by
// `congvan parse --jsonl` to parse many files at once while writing one line
// per file in the order the files were given.
#ifndef CONGVAN_TOOLS_ORDERED_POOL_H_
#define CONGVAN_TOOLS_ORDERED_POOL_H_

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

namespace congvan::cli {

struct OrderedPoolOptions {
  unsigned jobs = 1;  // worker threads; 0 is taken as 1
  // How far the workers may run ahead of delivery, in items per worker:
  // bounds the results held in memory (a slow item holds back delivery, not
  // the memory of everything parsed after it).
  std::size_t lookahead_per_job = 4;
  // `tick` is called on the calling thread at least this often while it
  // waits (for a progress bar).
  std::chrono::milliseconds tick_interval{100};
};

// Runs `work(i)` for i in [0, count) on the worker threads and calls
// `deliver(i, result)` on the calling thread in increasing order of i, and
// `tick()` between deliveries. REQUIRES: `work` does not throw (catch inside
// it and return an error result); `work` may run concurrently with itself,
// `deliver` and `tick` never do.
void RunOrdered(std::size_t count, const OrderedPoolOptions& options,
                const std::function<std::string(std::size_t)>& work,
                const std::function<void(std::size_t, std::string&)>& deliver,
                const std::function<void()>& tick);

}  // namespace congvan::cli

#endif  // CONGVAN_TOOLS_ORDERED_POOL_H_
