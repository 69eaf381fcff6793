// ASCII character tests and the skip of leading spaces, one copy for the
// stages that read markers, AKN names and diffs byte by byte (issue 10, item
// 6: inline_first_items.cc, akn_vocabulary.cc and shared_ends.cc each had
// their own; nine files had their own digit test). Bytes of UTF-8 beyond ASCII are never letters or
// digits here: a caller that wants Vietnamese letters asks ICU.
#ifndef CONGVAN_SRC_TEXT_ASCII_CHARS_H_
#define CONGVAN_SRC_TEXT_ASCII_CHARS_H_

#include <string_view>

namespace congvan::text {

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

inline bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// `s` without the spaces and tabs it opens with.
inline std::string_view SkipSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

}  // namespace congvan::text

#endif  // CONGVAN_SRC_TEXT_ASCII_CHARS_H_
