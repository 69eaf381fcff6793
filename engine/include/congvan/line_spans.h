// LineSpan and LineSpans: the source lines a task's or a block's own text
// stands on, as inclusive ranges of 1-based line numbers.
//
// Nearly every task stands on one run of lines (several when a page break
// interrupts it or a heading's title has a line of its own: 136 of 21,086
// tasks on the 5 MB law, the chapters), yet a
// `std::vector<LineSpan>` cost 24 bytes in the Node plus a heap block for
// that one 8-byte span. LineSpans keeps one span inline and moves to the heap
// from the second on: 16 bytes, no allocation for the common case. It reads
// as the vector it replaces — contiguous (`data()`, pointer iterators, so a
// `std::span<const LineSpan>` views it), `size()`, `empty()`, `[]`,
// `front()`/`back()`, `push_back`, `insert`, `clear()`, `reserve`, `==`,
// made from a vector or a braced list.
#ifndef CONGVAN_LINE_SPANS_H_
#define CONGVAN_LINE_SPANS_H_

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

  LineSpans() : inline_() {}
  LineSpans(std::initializer_list<LineSpan> spans) : LineSpans() {
    Assign(spans.begin(), spans.size());
  }
  LineSpans(const std::vector<LineSpan>& spans) : LineSpans() {  // NOLINT: as the vector
    Assign(spans.data(), spans.size());
  }
  LineSpans(const LineSpans& other) : LineSpans() { Assign(other.data(), other.size()); }
  LineSpans(LineSpans&& other) noexcept : LineSpans() { Steal(other); }
  LineSpans& operator=(const LineSpans& other) {
    if (this != &other) Assign(other.data(), other.size());
    return *this;
  }
  LineSpans& operator=(LineSpans&& other) noexcept {
    if (this != &other) {
      Free();
      Steal(other);
    }
    return *this;
  }
  ~LineSpans() { Free(); }

  const LineSpan* data() const { return OnHeap() ? heap_ : &inline_; }
  LineSpan* data() { return OnHeap() ? heap_ : &inline_; }
  size_type size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const_iterator begin() const { return data(); }
  const_iterator end() const { return data() + size_; }
  iterator begin() { return data(); }
  iterator end() { return data() + size_; }
  // REQUIRES: i < size() (and !empty() for front and back).
  const LineSpan& operator[](size_type i) const { return data()[i]; }
  LineSpan& operator[](size_type i) { return data()[i]; }
  const LineSpan& front() const { return data()[0]; }
  LineSpan& front() { return data()[0]; }
  const LineSpan& back() const { return data()[size_ - 1]; }
  LineSpan& back() { return data()[size_ - 1]; }

  void reserve(size_type n) {
    if (n > capacity_) Grow(n);
  }
  void push_back(const LineSpan& span) {
    LineSpan copy = span;  // `span` may be one of ours, moved by Grow
    if (size_ == capacity_) Grow(capacity_ * 2);
    data()[size_++] = copy;
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
    for (size_type i = size_ - 1; i > at; --i) spans[i] = spans[i - 1];
    spans[at] = copy;
    return spans + at;
  }
  void pop_back() { --size_; }
  void clear() {
    Free();
    size_ = 0;
    capacity_ = 1;
    inline_ = LineSpan{};
  }

  std::vector<LineSpan> ToVector() const { return std::vector<LineSpan>(begin(), end()); }

  friend bool operator==(const LineSpans& a, const LineSpans& b) {
    if (a.size_ != b.size_) return false;
    for (size_type i = 0; i < a.size_; ++i) {
      if (!(a[i] == b[i])) return false;
    }
    return true;
  }

 private:
  bool OnHeap() const { return capacity_ > 1; }
  void Free() {
    if (OnHeap()) delete[] heap_;
  }
  void Grow(size_type capacity) {
    LineSpan* grown = new LineSpan[capacity];
    for (size_type i = 0; i < size_; ++i) grown[i] = data()[i];
    Free();
    heap_ = grown;
    capacity_ = static_cast<std::uint32_t>(capacity);
  }
  void Assign(const LineSpan* spans, size_type n) {
    if (n > capacity_) Grow(n);
    LineSpan* out = data();
    for (size_type i = 0; i < n; ++i) out[i] = spans[i];
    size_ = static_cast<std::uint32_t>(n);
  }
  // REQUIRES: this holds no heap block.
  void Steal(LineSpans& other) {
    if (other.OnHeap()) {
      heap_ = other.heap_;
    } else {
      inline_ = other.inline_;
    }
    size_ = other.size_;
    capacity_ = other.capacity_;
    other.size_ = 0;
    other.capacity_ = 1;
    other.inline_ = LineSpan{};
  }

  union {
    LineSpan inline_;  // while capacity_ == 1
    LineSpan* heap_;   // while capacity_ > 1
  };
  std::uint32_t size_ = 0;
  std::uint32_t capacity_ = 1;
};

}  // namespace congvan

#endif  // CONGVAN_LINE_SPANS_H_
