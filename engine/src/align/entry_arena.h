// One arena for the feature entries of every task vector and subtree vector
// of a feature space, instead of one heap allocation per vector.
//
// Approach: at 10k tasks the per-task entry vectors were ~30k small
// allocations that grew the malloc heap 4 KB page by page (a first write to a
// page costs ~15 µs on the build machine; malloc itself ~10 % of Align()).
// Here entries are handed out front to back from a few blocks whose sizes
// double from 32 KB up to 8 MB; the large blocks ask for transparent huge
// pages (text/huge_pages.h). A request is always contiguous: one that does not fit
// in the rest of the current block opens a new block (the rest is never
// written, so it costs no page). Entries never move, so a vector's span into
// the arena stays valid for the arena's life. Every entry handed out can be
// visited once, block by block (ForEach), e.g. to scale all weights.
#ifndef CONGVAN_SRC_ALIGN_ENTRY_ARENA_H_
#define CONGVAN_SRC_ALIGN_ENTRY_ARENA_H_

#include <cstddef>
#include <memory>
#include <span>
#include <vector>

namespace congvan::align_internal {

// One feature of a vector: its dense id and its weight.
struct FeatureEntry {
  int id;
  float weight;
};

class EntryArena {
 public:
  EntryArena() = default;
  EntryArena(const EntryArena&) = delete;
  EntryArena& operator=(const EntryArena&) = delete;

  // Room for `count` entries, contiguous, uninitialised; the caller writes
  // them all. Stable until the arena is destroyed.
  std::span<FeatureEntry> Allocate(size_t count);
  // Calls f(FeatureEntry&) once for every entry handed out so far.
  template <typename F>
  void ForEach(F f) {
    for (Block& b : blocks_) {
      for (size_t k = 0; k < b.used; ++k) f(b.data[k]);
    }
  }

 private:
  struct Block {
    std::unique_ptr<FeatureEntry[]> data;
    size_t capacity = 0;
    size_t used = 0;
  };
  static constexpr size_t kFirstBlock = 4096;               // 32 KB
  static constexpr size_t kLargestBlock = size_t{1} << 20;  // 8 MB
  std::vector<Block> blocks_;
};

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_ENTRY_ARENA_H_
