// ShortString: a string of its own in 8 bytes — up to 7 bytes inline, a
// longer one behind a pointer to an exact-size heap block — for a member
// that nearly always holds two or three bytes: a Node's marker.
//
// Markers are short: on the 2 MB law-like input 7,029 of 8,406 are two bytes
// ("a)", "1."), 672 three ("đ)", "12."); an article's or a chapter's
// ("Điều 12.", "Chương IV") is 9 to 13 bytes and goes to the heap, one task
// in twenty or so on a law. As a `CompactString` (16 bytes, 15 inline) the
// marker was 16 of a Node's 88 bytes (branch `parse-node5`).
//
// Layout (little-endian, 8 bytes): inline, bytes 0..6 hold the text and a NUL
// after it, and byte 7 holds 7 − size (so a 7-byte text's terminator is that
// byte's 0). On the heap, bytes 0..6 hold the low 56 bits of a pointer to a
// block of the size (a `std::size_t`) followed by the NUL-terminated text, and
// byte 7 is kHeap. A pointer needs its top byte zero (user-space addresses on
// x86-64, with 4- or 5-level paging, and on AArch64 without memory tagging):
// one that has not is refused with std::length_error, never truncated.
//
// It reads like the string it replaces — every read from `StringReads` —
// and has `CompactString`'s own members (`c_str()`, conversion to
// `std::string`, `substr`, `+=`, `clear`, `on_heap`), so a reader of the
// marker compiles unchanged. It is made from and assigned any other
// StringReads type (a `CompactString` marker of the tree builder's drafts)
// without ambiguity.
#ifndef CONGVAN_SHORT_STRING_H_
#define CONGVAN_SHORT_STRING_H_

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

class ShortString : public StringReads<ShortString> {
 public:
  static constexpr std::size_t kInlineCapacity = 7;

  ShortString() { SetInlineSize(0); }
  ShortString(std::string_view text) { Init(text); }    // NOLINT: implicit, as the string
  ShortString(const std::string& text) { Init(text); }  // NOLINT
  ShortString(const char* text) { Init(std::string_view(text)); }  // NOLINT
  // From another of the model's string types (one conversion, no ambiguity
  // between its `std::string` and `std::string_view` conversions).
  template <class Other>
  ShortString(const StringReads<Other>& text) {  // NOLINT: implicit, as the string
    Init(text.view());
  }
  ShortString(const ShortString& other) { Init(other.view()); }
  ShortString(ShortString&& other) noexcept { Steal(other); }
  ShortString& operator=(const ShortString& other) {
    if (this != &other) Assign(other.view());
    return *this;
  }
  ShortString& operator=(ShortString&& other) noexcept {
    if (this != &other) {
      Free();
      Steal(other);
    }
    return *this;
  }
  ShortString& operator=(std::string_view text) { return Assign(text); }
  ShortString& operator=(const std::string& text) { return Assign(text); }
  ShortString& operator=(const char* text) { return Assign(std::string_view(text)); }
  template <class Other>
  ShortString& operator=(const StringReads<Other>& text) {
    return Assign(text.view());
  }
  ~ShortString() { Free(); }

  bool on_heap() const { return Tag() == kHeap; }
  std::size_t size() const { return on_heap() ? HeapSize() : kInlineCapacity - Tag(); }
  const char* data() const { return on_heap() ? HeapText() : bytes_; }
  const char* c_str() const { return data(); }
  // A copy, so readers that take `const std::string&` compile unchanged.
  operator std::string() const { return str(); }  // NOLINT: reads as a string

  std::string substr(std::size_t pos, std::size_t n = npos) const {
    return std::string(view().substr(pos, n));
  }

  ShortString& operator+=(std::string_view more) {
    std::string joined(view());
    joined += more;
    return Assign(joined);
  }
  ShortString& operator+=(char c) { return *this += std::string_view(&c, 1); }
  void clear() { Assign(std::string_view()); }

 private:
  static constexpr unsigned char kHeap = 0xFF;

  unsigned char Tag() const { return static_cast<unsigned char>(bytes_[7]); }
  void SetInlineSize(std::size_t n) {
    bytes_[n] = '\0';
    bytes_[7] = static_cast<char>(kInlineCapacity - n);
  }
  char* HeapBlock() const {
    std::uint64_t word;
    std::memcpy(&word, bytes_, sizeof word);
    return reinterpret_cast<char*>(static_cast<std::uintptr_t>(word & kPointerBits));
  }
  std::size_t HeapSize() const {
    std::size_t n;
    std::memcpy(&n, HeapBlock(), sizeof n);
    return n;
  }
  const char* HeapText() const { return HeapBlock() + sizeof(std::size_t); }
  // REQUIRES: this holds no heap block.
  void Init(std::string_view text) {
    if (text.size() <= kInlineCapacity) {
      // memmove: `text` may be a part of this string's own inline bytes.
      if (!text.empty()) std::memmove(bytes_, text.data(), text.size());
      SetInlineSize(text.size());
      return;
    }
    InitHeap(text);
  }
  // The heap block: out of line (short_string.cc), as a long marker is rare.
  void InitHeap(std::string_view text);
  ShortString& Assign(std::string_view text) {
    if (on_heap()) {  // `text` may be ours: copy it before the block goes
      ShortString copy(text);
      Free();
      Steal(copy);
    } else {
      Init(text);
    }
    return *this;
  }
  void Free() {
    if (on_heap()) delete[] HeapBlock();
  }
  // REQUIRES: this holds no heap block.
  void Steal(ShortString& other) {
    std::memcpy(bytes_, other.bytes_, sizeof bytes_);
    other.SetInlineSize(0);
  }

  static constexpr std::uint64_t kPointerBits = 0x00FFFFFFFFFFFFFFull;
  static_assert(std::endian::native == std::endian::little, "byte 7 is the word's top byte");
  static_assert(sizeof(void*) <= 8, "a pointer fits the word");
  alignas(8) char bytes_[8];
};

std::ostream& operator<<(std::ostream& out, const ShortString& text);

}  // namespace congvan

#endif  // CONGVAN_SHORT_STRING_H_
