// LineSpan and LineSpans: the source lines a task's or a block's own text
// stands on, as inclusive ranges of 1-based line numbers.
//
// Nearly every task stands on one run of lines (several when a page break
// interrupts it or a heading's title has a line of its own: 136 of 21,086
// tasks on the 5 MB law, the chapters), yet a
// `std::vector<LineSpan>` cost 24 bytes in the Node plus a heap block for
// that one 8-byte span. LineSpans keeps one span inline and moves to the heap
// from the second on: 8 bytes, no allocation for the common case (16 bytes
// with a size and a capacity beside the span until the size and capacity
// went into the heap block's first span, and the tag into the signs of the
// inline span's numbers, which are line numbers, never negative). It reads
// as the vector it replaces — contiguous (`data()`, pointer iterators, so a
// `std::span<const LineSpan>` views it), `size()`, `empty()`, `[]`,
// `front()`/`back()`, `push_back`, `insert`, `clear()`, `reserve`, `==`,
// made from a vector or a braced list.
#ifndef CONGVAN_LINE_SPANS_H_
#define CONGVAN_LINE_SPANS_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace congvan {

// An inclusive range of 1-based source line numbers.
struct LineSpan {
  int first = 0;
  int last = 0;
  bool operator==(const LineSpan&) const = default;
};

class LineSpans {
 public:
  using value_type = LineSpan;
  using size_type = std::size_t;
  using iterator = LineSpan*;
  using const_iterator = const LineSpan*;

  LineSpans() { SetBlock(nullptr); }
  LineSpans(std::initializer_list<LineSpan> spans) : LineSpans() {
    Assign(spans.begin(), spans.size());
  }
  LineSpans(const std::vector<LineSpan>& spans) : LineSpans() {  // NOLINT: as the vector
    Assign(spans.data(), spans.size());
  }
  LineSpans(const LineSpans& other) : LineSpans() { Assign(other.data(), other.size()); }
  LineSpans(LineSpans&& other) noexcept : inline_(other.inline_) { other.SetBlock(nullptr); }
  LineSpans& operator=(const LineSpans& other) {
    if (this != &other) Assign(other.data(), other.size());
    return *this;
  }
  LineSpans& operator=(LineSpans&& other) noexcept {
    if (this != &other) {
      Free();
      inline_ = other.inline_;
      other.SetBlock(nullptr);
    }
    return *this;
  }
  ~LineSpans() { Free(); }

  const LineSpan* data() const { return IsInline() ? &inline_ : Spans(Block()); }
  LineSpan* data() { return IsInline() ? &inline_ : Spans(Block()); }
  size_type size() const {
    if (IsInline()) return 1;
    const LineSpan* block = Block();
    return block == nullptr ? 0 : static_cast<size_type>(block->first);
  }
  bool empty() const { return size() == 0; }
  const_iterator begin() const { return data(); }
  const_iterator end() const { return data() + size(); }
  iterator begin() { return data(); }
  iterator end() { return data() + size(); }
  // REQUIRES: i < size() (and !empty() for front and back). A span changed
  // through these references keeps its line numbers at 0 or more (an inline
  // span's signs are the tag; push_back and insert take any span).
  const LineSpan& operator[](size_type i) const { return data()[i]; }
  LineSpan& operator[](size_type i) { return data()[i]; }
  const LineSpan& front() const { return data()[0]; }
  LineSpan& front() { return data()[0]; }
  const LineSpan& back() const { return data()[size() - 1]; }
  LineSpan& back() { return data()[size() - 1]; }

  // Room for one span is always there (inline), so reserving one makes no block.
  void reserve(size_type n) {
    if (n > 1 && n > Capacity()) Grow(n);
  }
  void push_back(const LineSpan& span) {
    LineSpan copy = span;  // `span` may be one of ours, moved by Grow
    const size_type n = size();
    if (n == 0 && Block() == nullptr && Inlinable(copy)) {
      inline_ = copy;
      return;
    }
    if (n == Capacity()) Grow(n == 0 ? 1 : 2 * n);
    LineSpan* block = Block();
    Spans(block)[n] = copy;
    block->first = static_cast<int>(n + 1);
  }
  LineSpan& emplace_back(int first, int last) {
    push_back(LineSpan{first, last});
    return back();
  }
  // Inserts `span` before `pos`; returns where it went.
  iterator insert(const_iterator pos, const LineSpan& span) {
    size_type at = static_cast<size_type>(pos - data());
    LineSpan copy = span;
    push_back(copy);
    LineSpan* spans = data();
    for (size_type i = size() - 1; i > at; --i) spans[i] = spans[i - 1];
    spans[at] = copy;
    return spans + at;
  }
  void pop_back() {
    if (IsInline()) {
      SetBlock(nullptr);
    } else {
      --Block()->first;
    }
  }
  void clear() {
    Free();
    SetBlock(nullptr);
  }

  std::vector<LineSpan> ToVector() const { return std::vector<LineSpan>(begin(), end()); }

  friend bool operator==(const LineSpans& a, const LineSpans& b) {
    const size_type n = a.size();
    if (n != b.size()) return false;
    for (size_type i = 0; i < n; ++i) {
      if (!(a[i] == b[i])) return false;
    }
    return true;
  }

 private:
  // The eight bytes hold one span (both numbers at 0 or more: the word's top
  // bit is clear whatever the byte order) or, with the top bit set, the
  // complement of a heap block's address (null: empty). A block is
  // capacity + 1 spans: the first holds the size and the capacity.
  static bool Inlinable(const LineSpan& span) { return span.first >= 0 && span.last >= 0; }
  std::uint64_t Word() const { return std::bit_cast<std::uint64_t>(inline_); }
  bool IsInline() const { return (Word() >> 63) == 0; }
  // REQUIRES: !IsInline().
  LineSpan* Block() const {
    return reinterpret_cast<LineSpan*>(static_cast<std::uintptr_t>(~Word()));
  }
  static LineSpan* Spans(LineSpan* block) { return block == nullptr ? nullptr : block + 1; }
  void SetBlock(LineSpan* block) {
    std::uint64_t word = ~static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(block));
    inline_ = std::bit_cast<LineSpan>(word);
  }
  size_type Capacity() const {
    if (IsInline()) return 1;
    const LineSpan* block = Block();
    return block == nullptr ? 0 : static_cast<size_type>(block->last);
  }
  void Free() {
    if (!IsInline()) delete[] Block();  // delete[] of null does nothing
  }
  void Grow(size_type capacity) {
    const size_type n = size();
    LineSpan* grown = new LineSpan[capacity + 1];
    const LineSpan* old = data();
    for (size_type i = 0; i < n; ++i) grown[i + 1] = old[i];
    grown[0] = LineSpan{static_cast<int>(n), static_cast<int>(capacity)};
    Free();
    SetBlock(grown);
  }
  void Assign(const LineSpan* spans, size_type n) {
    if (n == 1 && Inlinable(spans[0])) {
      LineSpan copy = spans[0];
      Free();
      inline_ = copy;
      return;
    }
    if (n == 0) {
      if (IsInline()) {
        SetBlock(nullptr);
      } else if (Block() != nullptr) {
        Block()->first = 0;
      }
      return;
    }
    if (IsInline() || n > Capacity()) {
      Free();
      SetBlock(nullptr);
      Grow(n);
    }
    LineSpan* block = Block();
    for (size_type i = 0; i < n; ++i) Spans(block)[i] = spans[i];
    block->first = static_cast<int>(n);
  }

  LineSpan inline_;  // a span, or a tagged block address (Word)
};
static_assert(sizeof(void*) != 8 || sizeof(LineSpans) == 8, "LineSpans grew");

}  // namespace congvan

#endif  // CONGVAN_LINE_SPANS_H_
