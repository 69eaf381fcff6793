// Inside the HTML module: every block gumbo allocates for one page, so that
// the whole tree is released by one flat loop instead of gumbo's own free.
//
// Approach: gumbo 0.10.1 parses with an explicit stack of open elements, but
// gumbo_destroy_output frees the tree by recursion, one native frame per
// level: a page nested some 100,000 elements deep (a broken generator's
// unclosed <span>s) overflows the stack there, after the walk has succeeded.
// So gumbo is given an allocator (GumboOptions.allocator / deallocator) that
// puts a small header before each block and links it into a list. Frees
// during the parse (a string buffer or vector that grows, a token dropped)
// unlink and free the block at once, as before, so the peak memory of a
// parse is gumbo's own plus one header per live block; when the page is done
// the blocks still linked (the tree, its attributes and texts, the error
// list) are freed one after another and gumbo_destroy_output is never
// called.
#ifndef CONGVAN_READ_HTML_MODULE_GUMBO_ALLOCATIONS_H_
#define CONGVAN_READ_HTML_MODULE_GUMBO_ALLOCATIONS_H_

#include <gumbo.h>

#include <cstddef>
#include <cstdlib>

namespace congvan::read {

class GumboAllocations {
 public:
  GumboAllocations() {
    options_ = kGumboDefaultOptions;
    options_.allocator = &Allocate;
    options_.deallocator = &Deallocate;
    options_.userdata = this;
  }
  GumboAllocations(const GumboAllocations&) = delete;
  GumboAllocations& operator=(const GumboAllocations&) = delete;
  ~GumboAllocations() {
    while (head_.next != &head_) {
      Block* block = head_.next;
      Unlink(block);
      std::free(block);
    }
  }

  // Options that allocate through this list (gumbo's defaults otherwise).
  const GumboOptions* options() const { return &options_; }

 private:
  // The header before each block; its alignment keeps the block's.
  struct alignas(std::max_align_t) Block {
    Block* prev;
    Block* next;
  };

  static void* Allocate(void* userdata, std::size_t size) {
    auto* self = static_cast<GumboAllocations*>(userdata);
    auto* block = static_cast<Block*>(std::malloc(sizeof(Block) + size));
    if (block == nullptr) return nullptr;
    block->prev = &self->head_;
    block->next = self->head_.next;
    self->head_.next->prev = block;
    self->head_.next = block;
    return block + 1;
  }

  static void Deallocate(void*, void* pointer) {
    if (pointer == nullptr) return;
    Block* block = static_cast<Block*>(pointer) - 1;
    Unlink(block);
    std::free(block);
  }

  static void Unlink(Block* block) {
    block->prev->next = block->next;
    block->next->prev = block->prev;
  }

  GumboOptions options_;
  Block head_{&head_, &head_};
};

}  // namespace congvan::read

#endif  // CONGVAN_READ_HTML_MODULE_GUMBO_ALLOCATIONS_H_
