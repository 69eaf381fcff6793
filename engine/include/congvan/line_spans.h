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
//
// A place may also begin or end inside a line (a portal copy that glues a
// clause, a sub-point or a heading to the sentence before it on one physical
// line): `from_byte()` is where the place begins on its first line (0: at
// the line's start), `to_byte()` where it ends on its last (exclusive;
// kLineEnd: at the line's end). A list with such a cut lives on the heap
// whatever its size (the block's second header span holds the two numbers),
// so the common list without a cut stays 8 bytes inline. A part whose cut
// is on a line other than its first or last cannot be stored. `Append`
// joins a later part to this one (the merges of the tree builder): the
// first list's `from_byte`, the appended one's `to_byte`, and two parts of
// one line become one span. push_back and insert leave the cut as it is.
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
  static constexpr int kLineEnd = -1;  // to_byte(): the place runs to its line's end

  LineSpans() { SetBlock(nullptr); }
  LineSpans(std::initializer_list<LineSpan> spans) : LineSpans() {
    Assign(spans.begin(), spans.size());
  }
  LineSpans(const std::vector<LineSpan>& spans) : LineSpans() {  // NOLINT: as the vector
    Assign(spans.data(), spans.size());
  }
  LineSpans(const LineSpans& other) : LineSpans() { AssignList(other); }
  LineSpans(LineSpans&& other) noexcept : inline_(other.inline_) { other.SetBlock(nullptr); }
  LineSpans& operator=(const LineSpans& other) {
    if (this != &other) AssignList(other);
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

  // Where the place begins on its first line and ends on its last (bytes of
  // the source line; see the top of the file).
  int from_byte() const { return HasCutRoom() ? Block()[1].first : 0; }
  int to_byte() const { return HasCutRoom() ? Block()[1].last : kLineEnd; }
  bool cut() const { return from_byte() != 0 || to_byte() != kLineEnd; }
  // REQUIRES: !empty() unless both are the no-cut values.
  void set_cut(int from, int to) {
    if (from == from_byte() && to == to_byte()) return;
    if (!HasCutRoom()) Grow(1);
    Block()[1] = LineSpan{from, to};
  }
  // Adds `other`'s spans after ours: a span on our last line extends it.
  void Append(const LineSpans& other) {
    if (other.empty()) return;
    if (empty()) {
      AssignList(other);
      return;
    }
    const int from = from_byte();
    for (const LineSpan& s : other) {
      if (s.first == back().last && s.last >= s.first) {
        back().last = s.last;
      } else {
        push_back(s);
      }
    }
    set_cut(from, other.to_byte());
  }

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
    return a.from_byte() == b.from_byte() && a.to_byte() == b.to_byte();
  }

 private:
  // The eight bytes hold one span (both numbers at 0 or more: the word's top
  // bit is clear whatever the byte order) or, with the top bit set, the
  // complement of a heap block's address (null: empty). A block is
  // capacity + 2 spans: the first holds the size and the capacity, the
  // second from_byte and to_byte.
  static bool Inlinable(const LineSpan& span) { return span.first >= 0 && span.last >= 0; }
  std::uint64_t Word() const { return std::bit_cast<std::uint64_t>(inline_); }
  bool IsInline() const { return (Word() >> 63) == 0; }
  // REQUIRES: !IsInline().
  LineSpan* Block() const {
    return reinterpret_cast<LineSpan*>(static_cast<std::uintptr_t>(~Word()));
  }
  static LineSpan* Spans(LineSpan* block) { return block == nullptr ? nullptr : block + 2; }
  bool HasCutRoom() const { return !IsInline() && Block() != nullptr; }
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
    LineSpan* grown = new LineSpan[capacity + 2];
    const LineSpan* old = data();
    for (size_type i = 0; i < n; ++i) grown[i + 2] = old[i];
    grown[0] = LineSpan{static_cast<int>(n), static_cast<int>(capacity)};
    grown[1] = LineSpan{from_byte(), to_byte()};
    Free();
    SetBlock(grown);
  }
  void AssignList(const LineSpans& other) {
    const int from = other.from_byte();
    const int to = other.to_byte();
    Assign(other.data(), other.size());
    if (!empty()) set_cut(from, to);
  }
  // Leaves no cut.
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
        Block()[0].first = 0;
        Block()[1] = LineSpan{0, kLineEnd};
      }
      return;
    }
    if (IsInline() || n > Capacity()) {
      Free();
      SetBlock(nullptr);
      Grow(n);
    }
    LineSpan* block = Block();
    block[1] = LineSpan{0, kLineEnd};
    for (size_type i = 0; i < n; ++i) Spans(block)[i] = spans[i];
    block->first = static_cast<int>(n);
  }

  LineSpan inline_;  // a span, or a tagged block address (Word)
};
static_assert(sizeof(void*) != 8 || sizeof(LineSpans) == 8, "LineSpans grew");

}  // namespace congvan

#endif  // CONGVAN_LINE_SPANS_H_
