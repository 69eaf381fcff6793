// InlineString (congvan/inline_string.h): inline in the header but the heap
// block of a text longer than the capacity — one allocation: the bytes and a
// NUL, after the size when the string has no word for it — and the stream
// output, both instantiated here for the model's two capacities (7: the
// ShortString, 15: the CompactString). A block whose address does not fit
// the 56 bits an 8-byte string keeps is refused rather than truncated.
#include "congvan/inline_string.h"

#include <ostream>
#include <stdexcept>

namespace congvan {

template <std::size_t Capacity>
void InlineString<Capacity>::InitHeap(std::string_view text) {
  const std::size_t n = text.size();
  const std::size_t header = kSizeInBlock ? sizeof n : 0;
  char* block = new char[header + n + 1];
  if constexpr (kSizeInBlock) std::memcpy(block, &n, sizeof n);
  std::memcpy(block + header, text.data(), n);
  block[header + n] = '\0';
  const auto address = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(block));
  const std::uint64_t tag = std::uint64_t{kHeap} << 56;
  if constexpr (kSizeInBlock) {
    if ((address & ~kLow56) != 0) {
      delete[] block;
      SetInlineSize(0);
      throw std::length_error("InlineString: a heap address wider than 56 bits");
    }
    const std::uint64_t word = address | tag;
    std::memcpy(bytes_, &word, sizeof word);
  } else {
    const std::uint64_t size_and_tag = static_cast<std::uint64_t>(n) | tag;
    std::memcpy(bytes_, &address, sizeof address);
    std::memcpy(bytes_ + 8, &size_and_tag, sizeof size_and_tag);
  }
}

template <std::size_t Capacity>
std::ostream& operator<<(std::ostream& out, const InlineString<Capacity>& text) {
  return out << text.view();
}

template void InlineString<7>::InitHeap(std::string_view text);
template void InlineString<15>::InitHeap(std::string_view text);
template std::ostream& operator<<(std::ostream& out, const InlineString<7>& text);
template std::ostream& operator<<(std::ostream& out, const InlineString<15>& text);

}  // namespace congvan
