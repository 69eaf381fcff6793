// See word_before.h. The walk stops at the first byte that is not a letter
// (or not valid UTF-8); walking backwards, a letter that is not a capital met
// after a capital is a small letter before it in the text.
#include "parse/word_before.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace congvan::parse {

WordBefore ReadWordBefore(std::string_view text, size_t end) {
  WordBefore word;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(end);
  while (i > 0) {
    const int32_t at = i;
    UChar32 c;
    U8_PREV(s, 0, i, c);
    if (c < 0 || !u_isalpha(c)) {
      i = at;
      break;
    }
    if (u_isupper(c))
      word.has_upper = true;
    else if (word.has_upper)
      word.upper_after_lower = true;
    word.beyond_ascii = word.beyond_ascii || c >= 0x80;
    ++word.letters;
  }
  word.start = static_cast<size_t>(i);
  word.led_by_code = i > 0 && (text[word.start - 1] == '-' || text[word.start - 1] == '/');
  return word;
}

}  // namespace congvan::parse
