// Reading a marker's ordinal text without allocating (ordinal_reads.h): the
// lower-casing of a letter ordinal, short ASCII in a caller's buffer.
#include "grammar/ordinal_reads.h"

#include <algorithm>

#include "grammar/grammar_impl.h"

namespace congvan::grammar_internal {

int AtoiOfOther(std::string_view text) { return std::atoi(std::string(text).c_str()); }

std::string_view LowerLongerOrdinal(std::string_view text, std::array<char, 16>& buffer,
                                    std::string* other) {
  if (text.size() <= buffer.size()) {
    size_t n = 0;
    for (char c : text) {
      if (static_cast<unsigned char>(c) >= 0x80 || c == 'I') break;
      buffer[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    if (n == text.size()) return std::string_view(buffer.data(), n);
  }
  *other = ToLowerUtf8(text);
  return *other;
}

}  // namespace congvan::grammar_internal
