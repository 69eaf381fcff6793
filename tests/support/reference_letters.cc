// The plain letter predicates: see reference_letters.h.
#include "support/reference_letters.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace congvan::testing {

int ReferenceLetterCount(std::string_view s, int enough) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  int count = 0;
  for (int32_t i = 0; i < n && count < enough;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && u_isalpha(c)) ++count;
  }
  return count;
}

bool ReferenceStartsLowercase(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
    if (u_isalpha(c)) return u_islower(c);
    if (u_isdigit(c)) return false;
  }
  return false;
}

}  // namespace congvan::testing
