// A line or cell without the characters around it: spaces and line ends by
// default, or the set the caller names (the signature reader also drops the
// Markdown emphasis around a cell, " \t*_#>"). One copy for signer.cc and the
// PDF's signature stamp (read/pdf_signature_stamp.cc).
#ifndef CONGVAN_SRC_TEXT_TRIMMED_H_
#define CONGVAN_SRC_TEXT_TRIMMED_H_

#include <string_view>

namespace congvan::text {

inline constexpr std::string_view kSpacesAndLineEnds = " \t\r\n";

inline std::string_view Trimmed(std::string_view s, std::string_view around = kSpacesAndLineEnds) {
  size_t begin = s.find_first_not_of(around);
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(around) + 1 - begin);
}

}  // namespace congvan::text

#endif  // CONGVAN_SRC_TEXT_TRIMMED_H_
