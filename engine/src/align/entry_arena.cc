// Blocks of feature entries handed out front to back (see entry_arena.h).
#include "align/entry_arena.h"

#include <algorithm>

#include "text/huge_pages.h"

namespace congvan::align_internal {

std::span<FeatureEntry> EntryArena::Allocate(size_t count) {
  if (count == 0) return {};
  if (blocks_.empty() || blocks_.back().capacity - blocks_.back().used < count) {
    size_t size =
        blocks_.empty() ? kFirstBlock : std::min(blocks_.back().capacity * 2, kLargestBlock);
    size = std::max(size, count);
    Block b;
    // For overwrite: a block's pages are first touched when entries are
    // written, and the unused rest of a block never is.
    b.data = std::make_unique_for_overwrite<FeatureEntry[]>(size);
    b.capacity = size;
    text::AdviseHugePages(b.data.get(), size * sizeof(FeatureEntry));
    blocks_.push_back(std::move(b));
  }
  Block& b = blocks_.back();
  std::span<FeatureEntry> room(b.data.get() + b.used, count);
  b.used += count;
  return room;
}

}  // namespace congvan::align_internal
