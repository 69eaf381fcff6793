// CompactString: a short string of its own in 16 bytes — up to 15 bytes
// inline, a longer one in an exact-size heap block — for a member that
// nearly always holds a few bytes.
//
// A task tree holds one `Node` per line of a law, and each names its path
// ("12.345.6.c") and its marker as written ("Điều 12.", "b)"): on the 5 MB
// law-like input no path is over 14 bytes, no marker over 13. As
// `std::string`s they were 64 of a Node's 192 bytes; as CompactStrings 32,
// with the same allocations (a std::string also keeps up to 15 bytes inline).
// Paths and markers are not interned (as `InternedName`s are): they are text
// of the document, not names of a grammar, and a table that only grows would
// grow with every document of a corpus run.
//
// Layout: 16 bytes. Inline, bytes 0..14 hold the text and a NUL after it, and
// byte 15 holds 15 − size (so a 15-byte text's terminator is that byte's 0).
// On the heap, bytes 0..7 hold the pointer (to size + 1 bytes, NUL-terminated)
// and 8..15 the size; byte 15 is then kHeap (sizes stay below 2^56).
//
// It reads like the string it replaces — every read (`view()`, `find`,
// comparison, `+` with strings, ...) from `StringReads`, shared with
// `SharedText` — and adds conversion to `std::string` (a copy), `c_str()`,
// `substr` (a `std::string`) and `+=`. Copying copies the text, moving moves
// the heap block.
#ifndef CONGVAN_COMPACT_STRING_H_
#define CONGVAN_COMPACT_STRING_H_

#include <bit>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iosfwd>
#include <string>
#include <string_view>

#include "congvan/string_reads.h"

namespace congvan {

class CompactString : public StringReads<CompactString> {
 public:
  static constexpr std::size_t kInlineCapacity = 15;

  CompactString() { SetInlineSize(0); }
  CompactString(std::string_view text) { Init(text); }    // NOLINT: implicit, as the string
  CompactString(const std::string& text) { Init(text); }  // NOLINT
  CompactString(const char* text) { Init(std::string_view(text)); }  // NOLINT
  CompactString(const CompactString& other) { Init(other.view()); }
  CompactString(CompactString&& other) noexcept { Steal(other); }
  CompactString& operator=(const CompactString& other) {
    if (this != &other) Assign(other.view());
    return *this;
  }
  CompactString& operator=(CompactString&& other) noexcept {
    if (this != &other) {
      Free();
      Steal(other);
    }
    return *this;
  }
  CompactString& operator=(std::string_view text) { return Assign(text); }
  CompactString& operator=(const std::string& text) { return Assign(text); }
  CompactString& operator=(const char* text) { return Assign(std::string_view(text)); }
  ~CompactString() { Free(); }

  bool on_heap() const { return Tag() == kHeap; }
  std::size_t size() const { return on_heap() ? HeapSize() : kInlineCapacity - Tag(); }
  const char* data() const { return on_heap() ? HeapPointer() : bytes_; }
  const char* c_str() const { return data(); }
  // A copy, so readers that take `const std::string&` compile unchanged.
  operator std::string() const { return str(); }  // NOLINT: reads as a string

  std::string substr(std::size_t pos, std::size_t n = npos) const {
    return std::string(view().substr(pos, n));
  }

  CompactString& operator+=(std::string_view more) {
    std::string joined(view());
    joined += more;
    return Assign(joined);
  }
  CompactString& operator+=(char c) { return *this += std::string_view(&c, 1); }
  void clear() { Assign(std::string_view()); }

 private:
  static constexpr unsigned char kHeap = 0xFF;

  unsigned char Tag() const { return static_cast<unsigned char>(bytes_[15]); }
  void SetInlineSize(std::size_t n) {
    bytes_[n] = '\0';
    bytes_[15] = static_cast<char>(kInlineCapacity - n);
  }
  const char* HeapPointer() const {
    const char* p;
    std::memcpy(&p, bytes_, sizeof p);
    return p;
  }
  std::size_t HeapSize() const {
    std::uint64_t n;
    std::memcpy(&n, bytes_ + 8, sizeof n);
    return static_cast<std::size_t>(n & 0x00FFFFFFFFFFFFFFull);
  }
  // REQUIRES: this holds no heap block.
  void Init(std::string_view text) {
    if (text.size() <= kInlineCapacity) {
      // memmove: `text` may be a part of this string's own inline bytes.
      if (!text.empty()) std::memmove(bytes_, text.data(), text.size());
      SetInlineSize(text.size());
      return;
    }
    char* block = new char[text.size() + 1];
    std::memcpy(block, text.data(), text.size());
    block[text.size()] = '\0';
    std::uint64_t n = static_cast<std::uint64_t>(text.size()) | (std::uint64_t{kHeap} << 56);
    std::memcpy(bytes_, &block, sizeof block);
    std::memcpy(bytes_ + 8, &n, sizeof n);
  }
  CompactString& Assign(std::string_view text) {
    if (on_heap()) {  // `text` may be ours: copy it before the block goes
      CompactString copy(text);
      Free();
      Steal(copy);
    } else {
      Init(text);
    }
    return *this;
  }
  void Free() {
    if (on_heap()) delete[] HeapPointer();
  }
  // REQUIRES: this holds no heap block.
  void Steal(CompactString& other) {
    std::memcpy(bytes_, other.bytes_, sizeof bytes_);
    other.SetInlineSize(0);
  }

  static_assert(std::endian::native == std::endian::little, "byte 15 is the size's top byte");
  alignas(8) char bytes_[16];
};

std::ostream& operator<<(std::ostream& out, const CompactString& text);

}  // namespace congvan

#endif  // CONGVAN_COMPACT_STRING_H_
