// ChunkedStore: records numbered in the order they are added, kept in chunks
// of a fixed count, each chunk freed once every record in it is released.
//
// The tree builder makes one draft per task of a law, and all of them are
// alive at the end of placing, beside the paragraph records: one of the
// parse's memory peaks. Each draft was its own allocation behind a
// `unique_ptr` in a vector, so that making the nodes could free it: 16 bytes
// a draft on top of its 88 (the malloc header and the pointer), and a malloc
// and a free per task. Here records live in arrays of kChunk; the nodes are
// made in the order the drafts were (a subtree's drafts are made while its
// root is open, so preorder is index order) and release them as they go, so
// the chunks are freed from the first on and drafts and nodes are still not
// all alive at once. A record is never moved: references stay valid until
// its chunk is freed.
#ifndef CONGVAN_PARSE_CHUNKED_STORE_H_
#define CONGVAN_PARSE_CHUNKED_STORE_H_

#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

namespace congvan::parse {

template <typename T, size_t kChunk = 256>
class ChunkedStore {
 public:
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  // Adds `value` as record size() - 1.
  T& Add(T value) {
    T& slot = AddDefault();
    slot = std::move(value);
    return slot;
  }
  // Adds a record as T{} makes it, to be filled in place (no record made
  // aside and moved in): a chunk's records are made with it.
  T& AddDefault() {
    if (size_ % kChunk == 0) {
      chunks_.push_back(std::make_unique<T[]>(kChunk));
      released_.push_back(0);
    }
    return chunks_.back()[size_++ % kChunk];
  }

  // REQUIRES: index < size(), and its chunk not freed.
  T& operator[](size_t index) { return chunks_[index / kChunk][index % kChunk]; }
  const T& operator[](size_t index) const { return chunks_[index / kChunk][index % kChunk]; }

  // The record is not read again; its chunk is freed with the last of its
  // records (the last chunk counts only the records added).
  // REQUIRES: each record released at most once, none added afterwards.
  void Release(size_t index) {
    const size_t chunk = index / kChunk;
    const size_t held = chunk + 1 < chunks_.size() ? kChunk : size_ - chunk * kChunk;
    if (++released_[chunk] == held) chunks_[chunk].reset();
  }

 private:
  std::vector<std::unique_ptr<T[]>> chunks_;
  std::vector<size_t> released_;  // per chunk
  size_t size_ = 0;
};

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_CHUNKED_STORE_H_
