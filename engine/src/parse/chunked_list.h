// ChunkedList: records numbered like a vector's, kept in chunks of a fixed
// count, whose beginning can be let go while the rest is still read.
//
// A law has one paragraph record per body line, and the tree builder reads
// them in order: once a paragraph is placed its text and spans are in a
// draft and the record is an empty shell, but a vector keeps every shell
// alive beside the growing drafts until placing ends (the parse's memory
// peak on a long law). Here the records live in chunks, and ReleaseBefore
// frees the chunks wholly before an index; the few records a predicate keeps
// (paragraphs given a role, which the blocks read) are moved aside first and
// come back, in order, ahead of the rest when KeepOnly ends the numbering.
// A record is never moved by adding: references stay valid until its chunk
// is released. Reading a released record is a contract violation.
#ifndef CONGVAN_PARSE_CHUNKED_LIST_H_
#define CONGVAN_PARSE_CHUNKED_LIST_H_

#include <algorithm>
#include <cstddef>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace congvan::parse {

template <typename T, size_t kChunk = 1024>
class ChunkedList {
 public:
  ChunkedList() = default;
  ChunkedList(ChunkedList&& other) noexcept { *this = std::move(other); }
  ChunkedList& operator=(ChunkedList&& other) noexcept {
    if (this != &other) {
      Clear();
      chunks_ = std::exchange(other.chunks_, {});
      kept_ = std::exchange(other.kept_, {});
      released_ = std::exchange(other.released_, 0);
      size_ = std::exchange(other.size_, 0);
    }
    return *this;
  }
  ~ChunkedList() { Clear(); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  // Adds a default record as record size() - 1. A chunk's records are made
  // as they are added, not with the chunk: a short text (or a quotation's
  // few paragraphs) makes and destroys only its own.
  T& emplace_back() {
    if (size_ % kChunk == 0) chunks_.push_back(std::allocator<T>().allocate(kChunk));
    T* slot = new (chunks_.back() + size_ % kChunk) T();
    ++size_;
    return *slot;
  }
  void push_back(T value) { emplace_back() = std::move(value); }
  T& back() { return (*this)[size_ - 1]; }

  // REQUIRES: index < size(), and not released.
  T& operator[](size_t index) { return chunks_[index / kChunk][index % kChunk]; }
  const T& operator[](size_t index) const { return chunks_[index / kChunk][index % kChunk]; }

  // The records before `end` are not read again: each chunk wholly before
  // it is freed, the records `keep` holds true of moved aside first.
  // REQUIRES: no record added afterwards, until KeepOnly.
  template <typename Keep>
  void ReleaseBefore(size_t end, Keep keep) {
    for (; released_ < end / kChunk && released_ < chunks_.size(); ++released_) {
      T* chunk = chunks_[released_];
      for (size_t k = 0; k < Held(released_); ++k) {
        if (keep(chunk[k])) kept_.push_back(std::move(chunk[k]));
      }
      FreeChunk(released_);
    }
  }

  // Only the records `keep` holds true of from now on, in order (those moved
  // aside by ReleaseBefore first), numbered from 0 again.
  template <typename Keep>
  void KeepOnly(Keep keep) {
    std::vector<T> kept = std::move(kept_);
    for (size_t i = std::min(released_ * kChunk, size_); i < size_; ++i) {
      if (keep((*this)[i])) kept.push_back(std::move((*this)[i]));
    }
    *this = ChunkedList();
    for (T& record : kept) push_back(std::move(record));
  }

  // Iteration over every record. REQUIRES: none released.
  template <typename List, typename Record>
  class Iterator {
   public:
    Iterator(List* list, size_t index) : list_(list), index_(index) {}
    Record& operator*() const { return (*list_)[index_]; }
    Record* operator->() const { return &(*list_)[index_]; }
    Iterator& operator++() {
      ++index_;
      return *this;
    }
    bool operator==(const Iterator& other) const { return index_ == other.index_; }
    bool operator!=(const Iterator& other) const { return index_ != other.index_; }

   private:
    List* list_;
    size_t index_;
  };
  using iterator = Iterator<ChunkedList, T>;
  using const_iterator = Iterator<const ChunkedList, const T>;
  iterator begin() { return {this, 0}; }
  iterator end() { return {this, size_}; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

 private:
  // The records made in chunk `c` (all but in the last).
  size_t Held(size_t c) const { return std::min(kChunk, size_ - c * kChunk); }
  void FreeChunk(size_t c) {
    std::destroy_n(chunks_[c], Held(c));
    std::allocator<T>().deallocate(chunks_[c], kChunk);
    chunks_[c] = nullptr;
  }
  void Clear() {
    for (size_t c = released_; c < chunks_.size(); ++c) FreeChunk(c);
    chunks_.clear();
    kept_.clear();
    released_ = 0;
    size_ = 0;
  }

  std::vector<T*> chunks_;  // each room for kChunk records, made as added
  std::vector<T> kept_;     // records of released chunks that `keep` held
  size_t released_ = 0;     // chunks released, from the first
  size_t size_ = 0;
};

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_CHUNKED_LIST_H_
