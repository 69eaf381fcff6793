// ShortString (congvan/short_string.h): inline in the header but the heap
// block of a text over 7 bytes — its size, its bytes and a NUL, one
// allocation — and the stream output. A block whose address does not fit
// the 56 bits the layout keeps is refused rather than truncated.
#include "congvan/short_string.h"

#include <ostream>
#include <stdexcept>

namespace congvan {

void ShortString::InitHeap(std::string_view text) {
  const std::size_t n = text.size();
  char* block = new char[sizeof n + n + 1];
  std::memcpy(block, &n, sizeof n);
  std::memcpy(block + sizeof n, text.data(), n);
  block[sizeof n + n] = '\0';
  const std::uint64_t address = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(block));
  if ((address & ~kPointerBits) != 0) {
    delete[] block;
    SetInlineSize(0);
    throw std::length_error("ShortString: a heap address wider than 56 bits");
  }
  const std::uint64_t word = address | (std::uint64_t{kHeap} << 56);
  std::memcpy(bytes_, &word, sizeof word);
}

std::ostream& operator<<(std::ostream& out, const ShortString& text) { return out << text.view(); }

}  // namespace congvan
