// VectorBox<T>: a list behind one pointer — null while empty, else one heap
// block holding its size, its capacity and the elements — for a list member
// that many objects of a type leave empty: a Node's children (four tasks in
// five on a law are leaves), a marker's decimal prefix.
//
// It was a `std::unique_ptr<std::vector<T>>` (branch `parse-node3`): two
// allocations per filled list, a 24-byte vector (a 32-byte malloc chunk) and
// its element array. As one block it is one allocation whose header is 8
// bytes (a 32-bit size and capacity), so a parent task saves ≈ 24 bytes and a
// malloc call. Growth doubles, as a vector's; `reserve` is exact (the tree
// builder reserves each node's known child count: no slack in a task tree).
//
// It reads as the vector it replaces — iteration (by pointer), `empty()`,
// `size()`, `[]`, `at`, `data()`, `front()`/`back()` — and is a contiguous
// range, so a `std::span<T>` or `std::span<const T>` views it (and a function
// that takes a span takes it and a `std::vector` alike). It grows and
// shrinks as a vector does: `push_back`/`emplace_back`, `insert` and `erase`
// of one element or a range, `assign`, `reserve`, `clear()` (which frees the
// block). It is made from and assigned a `std::vector<T>` (moving the
// elements), and `take()` moves its elements out into one. Copying copies the
// elements into an exact block, moving moves the pointer and leaves the
// source empty, comparing compares the elements. T may be incomplete where
// the box is declared (a Node's children are Nodes), as for std::vector.
#ifndef CONGVAN_VECTOR_BOX_H_
#define CONGVAN_VECTOR_BOX_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <memory>
#include <new>
#include <span>
#include <stdexcept>
#include <type_traits>
#include <utility>
#include <vector>

namespace congvan {

template <typename T>
class VectorBox {
 public:
  using value_type = T;
  using size_type = std::size_t;
  using difference_type = std::ptrdiff_t;
  using reference = T&;
  using const_reference = const T&;
  using iterator = T*;
  using const_iterator = const T*;

  VectorBox() = default;
  VectorBox(std::vector<T> items) { *this = std::move(items); }  // NOLINT: as the vector
  VectorBox(std::initializer_list<T> items) { assign(items.begin(), items.end()); }
  VectorBox(const VectorBox& other) { assign(other.begin(), other.end()); }
  VectorBox(VectorBox&& other) noexcept : block_(std::exchange(other.block_, nullptr)) {}
  VectorBox& operator=(const VectorBox& other) {
    if (this != &other) assign(other.begin(), other.end());
    return *this;
  }
  VectorBox& operator=(VectorBox&& other) noexcept {
    if (this != &other) {
      clear();
      block_ = std::exchange(other.block_, nullptr);
    }
    return *this;
  }
  VectorBox& operator=(std::vector<T> items) {
    assign(std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
    return *this;
  }
  ~VectorBox() { clear(); }

  // The elements as a span, to read or to edit in place.
  std::span<T> span() { return {data(), size()}; }
  std::span<const T> span() const { return {data(), size()}; }
  // Moves the elements out and leaves the box empty.
  std::vector<T> take() {
    std::vector<T> out(std::make_move_iterator(begin()), std::make_move_iterator(end()));
    clear();
    return out;
  }

  bool empty() const { return block_ == nullptr || block_->size == 0; }
  size_type size() const { return block_ ? block_->size : 0; }
  size_type capacity() const { return block_ ? block_->capacity : 0; }
  const_iterator begin() const { return data(); }
  const_iterator end() const { return data() + size(); }
  iterator begin() { return data(); }
  iterator end() { return data() + size(); }
  // REQUIRES: i < size() (and !empty() for front and back).
  const T& operator[](size_type i) const { return data()[i]; }
  T& operator[](size_type i) { return data()[i]; }
  // As the vector's: std::out_of_range when i >= size().
  const T& at(size_type i) const { return data()[CheckedIndex(i)]; }
  T& at(size_type i) { return data()[CheckedIndex(i)]; }
  // The first element, or null while there is no block.
  const T* data() const { return block_ ? ElementsOf(block_) : nullptr; }
  T* data() { return block_ ? ElementsOf(block_) : nullptr; }
  const T& front() const { return data()[0]; }
  T& front() { return data()[0]; }
  const T& back() const { return data()[size() - 1]; }
  T& back() { return data()[size() - 1]; }

  void push_back(const T& item) { emplace_back(item); }
  void push_back(T&& item) { emplace_back(std::move(item)); }
  // The new element is made before any element moves, so `args` may refer to
  // one of this box's elements.
  template <typename... Args>
  T& emplace_back(Args&&... args) {
    if (size() < capacity()) {
      T* slot = ::new (static_cast<void*>(end())) T(std::forward<Args>(args)...);
      ++block_->size;
      return *slot;
    }
    return GrowAndEmplace(std::forward<Args>(args)...);
  }
  iterator insert(const_iterator pos, const T& item) { return EmplaceAt(pos, item); }
  iterator insert(const_iterator pos, T&& item) { return EmplaceAt(pos, std::move(item)); }
  template <typename InputIt>
  iterator insert(const_iterator pos, InputIt first, InputIt last) {
    const size_type at = Offset(pos);
    const size_type old_size = size();
    for (; first != last; ++first) emplace_back(*first);
    std::rotate(begin() + at, begin() + old_size, end());
    return begin() + at;
  }
  // REQUIRES: pos in [begin(), end()).
  iterator erase(const_iterator pos) { return erase(pos, pos + 1); }
  iterator erase(const_iterator first, const_iterator last) {
    const size_type at = Offset(first);
    const size_type count = Offset(last) - at;
    if (count == 0) return begin() + at;
    std::move(begin() + at + count, end(), begin() + at);
    std::destroy(end() - count, end());
    block_->size -= static_cast<std::uint32_t>(count);
    return begin() + at;
  }
  template <typename InputIt>
  void assign(InputIt first, InputIt last) {
    VectorBox fresh;
    if constexpr (std::is_base_of_v<std::forward_iterator_tag,
                                    typename std::iterator_traits<InputIt>::iterator_category>) {
      fresh.reserve(static_cast<size_type>(std::distance(first, last)));
    }
    for (; first != last; ++first) fresh.emplace_back(*first);
    *this = std::move(fresh);
  }
  // Exact: a block of capacity `n` when it has less (none for n == 0).
  void reserve(size_type n) {
    if (n > capacity()) Reallocate(n);
  }
  // Destroys the elements and frees the block.
  void clear() {
    if (block_ == nullptr) return;
    std::destroy(begin(), end());
    FreeBlock(block_);
    block_ = nullptr;
  }

  friend bool operator==(const VectorBox& a, const VectorBox& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }
  // Against a vector without making a box of it (C++20 also reads b == a, !=).
  friend bool operator==(const VectorBox& a, const std::vector<T>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  // The block's header; the elements follow it at ElementsOffset().
  struct Block {
    std::uint32_t size;
    std::uint32_t capacity;
  };
  static constexpr size_type kMaxSize = std::numeric_limits<std::uint32_t>::max();

  static constexpr size_type ElementsOffset() {
    return (sizeof(Block) + alignof(T) - 1) / alignof(T) * alignof(T);
  }
  static T* ElementsOf(Block* block) {
    return std::launder(reinterpret_cast<T*>(reinterpret_cast<char*>(block) + ElementsOffset()));
  }
  static const T* ElementsOf(const Block* block) { return ElementsOf(const_cast<Block*>(block)); }
  static Block* NewBlock(size_type capacity) {
    static_assert(alignof(T) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__, "operator new aligns the block");
    if (capacity > kMaxSize) throw std::length_error("VectorBox: more than 2^32 - 1 elements");
    void* raw = ::operator new(ElementsOffset() + capacity * sizeof(T));
    return ::new (raw) Block{0, static_cast<std::uint32_t>(capacity)};
  }
  static void FreeBlock(Block* block) { ::operator delete(static_cast<void*>(block)); }

  size_type Offset(const_iterator pos) const { return static_cast<size_type>(pos - begin()); }
  size_type CheckedIndex(size_type i) const {
    if (i >= size()) throw std::out_of_range("VectorBox::at");
    return i;
  }
  // Moves the elements (copies them when a move may throw) into a new block.
  static void Relocate(T* from, size_type n, T* to) {
    if constexpr (std::is_nothrow_move_constructible_v<T>) {
      std::uninitialized_move_n(from, n, to);
    } else {
      std::uninitialized_copy_n(from, n, to);
    }
    std::destroy_n(from, n);
  }
  void Reallocate(size_type capacity) {
    Block* grown = NewBlock(capacity);
    if (block_ != nullptr) {
      Relocate(ElementsOf(block_), block_->size, ElementsOf(grown));
      grown->size = block_->size;
      FreeBlock(block_);
    }
    block_ = grown;
  }
  template <typename... Args>
  T& GrowAndEmplace(Args&&... args) {
    const size_type n = size();
    Block* grown = NewBlock(std::max<size_type>(n == 0 ? 1 : 2 * n, n + 1));
    T* slot;
    try {
      slot = ::new (static_cast<void*>(ElementsOf(grown) + n)) T(std::forward<Args>(args)...);
    } catch (...) {
      FreeBlock(grown);
      throw;
    }
    if (block_ != nullptr) {
      Relocate(ElementsOf(block_), n, ElementsOf(grown));
      FreeBlock(block_);
    }
    grown->size = static_cast<std::uint32_t>(n + 1);
    block_ = grown;
    return *slot;
  }
  template <typename Arg>
  iterator EmplaceAt(const_iterator pos, Arg&& item) {
    const size_type at = Offset(pos);
    emplace_back(std::forward<Arg>(item));
    std::rotate(begin() + at, end() - 1, end());
    return begin() + at;
  }

  Block* block_ = nullptr;
};

}  // namespace congvan

#endif  // CONGVAN_VECTOR_BOX_H_
