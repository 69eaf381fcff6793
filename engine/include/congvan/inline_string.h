// InlineString<Capacity>: a string of its own in Capacity + 1 bytes (8 or
// 16) — up to Capacity bytes inline, a longer one in an exact-size heap block
// — for a member that nearly always holds a few bytes. The model keeps two:
// `CompactString` (16 bytes, 15 inline: a Node's path, the tree builder's
// markers) and `ShortString` (8 bytes, 7 inline: a Node's marker); see their
// headers for why each size.
//
// Layout (little-endian). Inline, bytes 0..Capacity-1 hold the text and a NUL
// after it, and the last byte holds Capacity − size (so a text of Capacity
// bytes has that byte's 0 as its terminator). On the heap the last byte is
// kHeap and the rest says where the text is, in one of two ways:
// - 16 bytes: bytes 0..7 the pointer (to size + 1 bytes, NUL-terminated),
//   bytes 8..15 the size (sizes stay below 2^56);
// - 8 bytes: bytes 0..6 the low 56 bits of a pointer to a block of the size
//   (a `std::size_t`) followed by the NUL-terminated text. A pointer needs its
//   top byte zero (user-space addresses on x86-64, with 4- or 5-level paging,
//   and on AArch64 without memory tagging): one that has not is refused with
//   std::length_error, never truncated.
// Either way the inline text starts at the object's first byte, so a reader
// that knows what follows the object in memory may read past a short text
// (io/json_cursor.h's StringWithin16), and a heap block has no byte beyond
// its NUL (an over-read is caught by ASan).
//
// It reads like the string it replaces — every read from `StringReads` —
// and adds conversion to `std::string` (a copy), `c_str()`, `substr` (a
// `std::string`), `+=`, `clear` and `on_heap`. The 8-byte one is made from
// and assigned any other StringReads type (a `CompactString` marker of the
// tree builder's drafts into a Node's `ShortString`) without ambiguity.
// Copying copies the text, moving moves the heap block.
#ifndef CONGVAN_INLINE_STRING_H_
#define CONGVAN_INLINE_STRING_H_

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

template <std::size_t Capacity>
class InlineString : public StringReads<InlineString<Capacity>> {
 public:
  static constexpr std::size_t kInlineCapacity = Capacity;
  static constexpr std::size_t npos = std::string_view::npos;

  InlineString() { SetInlineSize(0); }
  InlineString(std::string_view text) { Init(text); }    // NOLINT: implicit, as the string
  InlineString(const std::string& text) { Init(text); }  // NOLINT
  InlineString(const char* text) { Init(std::string_view(text)); }  // NOLINT
  // From another of the model's string types (one conversion, no ambiguity
  // between its `std::string` and `std::string_view` conversions): for the
  // 8-byte string only, so that where either could become the other
  // (`cond ? path : marker`) the common type is the 16-byte one.
  template <class Other>
  requires(Capacity < 15)
      InlineString(const StringReads<Other>& text) {  // NOLINT: implicit, as the string
    Init(text.view());
  }
  InlineString(const InlineString& other) { Init(other.view()); }
  InlineString(InlineString&& other) noexcept { Steal(other); }
  InlineString& operator=(const InlineString& other) {
    if (this != &other) Assign(other.view());
    return *this;
  }
  InlineString& operator=(InlineString&& other) noexcept {
    if (this != &other) {
      Free();
      Steal(other);
    }
    return *this;
  }
  InlineString& operator=(std::string_view text) { return Assign(text); }
  InlineString& operator=(const std::string& text) { return Assign(text); }
  InlineString& operator=(const char* text) { return Assign(std::string_view(text)); }
  template <class Other>
  requires(Capacity < 15) InlineString& operator=(const StringReads<Other>& text) {
    return Assign(text.view());
  }
  ~InlineString() { Free(); }

  bool on_heap() const { return Tag() == kHeap; }
  std::size_t size() const { return on_heap() ? HeapSize() : kInlineCapacity - Tag(); }
  const char* data() const { return on_heap() ? HeapText() : bytes_; }
  const char* c_str() const { return data(); }
  // A copy, so readers that take `const std::string&` compile unchanged.
  operator std::string() const { return this->str(); }  // NOLINT: reads as a string

  std::string substr(std::size_t pos, std::size_t n = npos) const {
    return std::string(this->view().substr(pos, n));
  }

  InlineString& operator+=(std::string_view more) {
    std::string joined(this->view());
    joined += more;
    return Assign(joined);
  }
  InlineString& operator+=(char c) { return *this += std::string_view(&c, 1); }
  void clear() { Assign(std::string_view()); }

 private:
  static constexpr std::size_t kBytes = Capacity + 1;
  static_assert(kBytes == 8 || kBytes == 16, "one word, or a pointer and a size");
  // Where a heap string keeps its size: beside the pointer when there is a
  // word for it, else at the start of its block.
  static constexpr bool kSizeInBlock = kBytes < 16;
  static constexpr unsigned char kHeap = 0xFF;
  static constexpr std::uint64_t kLow56 = 0x00FFFFFFFFFFFFFFull;

  unsigned char Tag() const { return static_cast<unsigned char>(bytes_[Capacity]); }
  void SetInlineSize(std::size_t n) {
    bytes_[n] = '\0';
    bytes_[Capacity] = static_cast<char>(kInlineCapacity - n);
  }
  // The heap block: the text, or (kSizeInBlock) the size and then the text.
  char* HeapBlock() const {
    std::uint64_t word;
    std::memcpy(&word, bytes_, sizeof word);
    if constexpr (kSizeInBlock) word &= kLow56;
    return reinterpret_cast<char*>(static_cast<std::uintptr_t>(word));
  }
  std::size_t HeapSize() const {
    std::uint64_t n;
    if constexpr (kSizeInBlock) {
      std::memcpy(&n, HeapBlock(), sizeof n);
    } else {
      std::memcpy(&n, bytes_ + 8, sizeof n);
      n &= kLow56;
    }
    return static_cast<std::size_t>(n);
  }
  const char* HeapText() const {
    if constexpr (kSizeInBlock) return HeapBlock() + sizeof(std::size_t);
    return HeapBlock();
  }
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
  // The heap block: out of line (inline_string.cc), as a long text is rare.
  void InitHeap(std::string_view text);
  InlineString& Assign(std::string_view text) {
    if (on_heap()) {  // `text` may be ours: copy it before the block goes
      InlineString copy(text);
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
  void Steal(InlineString& other) {
    std::memcpy(bytes_, other.bytes_, sizeof bytes_);
    other.SetInlineSize(0);
  }

  static_assert(std::endian::native == std::endian::little, "the tag is the top word's top byte");
  static_assert(sizeof(void*) <= 8, "a pointer fits the word");
  alignas(8) char bytes_[kBytes];
};

// The text's bytes, as a std::string's would be written. Defined, with
// InitHeap, in inline_string.cc for the two capacities the model uses.
template <std::size_t Capacity>
std::ostream& operator<<(std::ostream& out, const InlineString<Capacity>& text);

}  // namespace congvan

#endif  // CONGVAN_INLINE_STRING_H_
