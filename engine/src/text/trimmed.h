// A line or cell without the characters around it: spaces and line ends by
// default, or the set the caller names (the signature reader also drops the
// Markdown emphasis around a cell, " \t*_#>"). One copy for signer.cc and the
// PDF's signature stamp (read/pdf_signature_stamp.cc); TrimmedEnd, the end
// alone, for the passes that cut and join lines (line_cuts.cc,
// glued_division_words.cc, kind_line.cc, metadata.cc).
#ifndef CONGVAN_SRC_TEXT_TRIMMED_H_
#define CONGVAN_SRC_TEXT_TRIMMED_H_

#include <string_view>

namespace congvan::text {

inline constexpr std::string_view kSpacesAndLineEnds = " \t\r\n";
inline constexpr std::string_view kSpacesAndTabs = " \t";

inline std::string_view Trimmed(std::string_view s, std::string_view around = kSpacesAndLineEnds) {
  size_t begin = s.find_first_not_of(around);
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(around) + 1 - begin);
}

// `s` without the characters of `around` it ends with; a view into `s`
// (empty at its start when nothing else is left).
inline std::string_view TrimmedEnd(std::string_view s, std::string_view around = kSpacesAndTabs) {
  return s.substr(0, s.find_last_not_of(around) + 1);  // npos + 1: nothing left
}

}  // namespace congvan::text

#endif  // CONGVAN_SRC_TEXT_TRIMMED_H_
