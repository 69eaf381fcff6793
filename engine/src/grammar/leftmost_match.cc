// See leftmost_match.h for the approach: one boolean question, then
// anchored probes from `pos` until one matches.
#include "grammar/leftmost_match.h"

namespace congvan::grammar_internal {

bool FindLeftmostMatch(const RE2& re, std::string_view subject, size_t pos, size_t* begin,
                       size_t* end, size_t* probes) {
  re2::StringPiece text(subject.data(), subject.size());
  if (pos > subject.size()) return false;
  if (!re.Match(text, pos, subject.size(), RE2::UNANCHORED, nullptr, 0)) return false;
  // The leftmost match begins at the first place an anchored match begins.
  re2::StringPiece whole;
  for (size_t at = pos; at <= subject.size(); ++at) {
    ++*probes;
    if (re.Match(text, at, subject.size(), RE2::ANCHOR_START, &whole, 1)) {
      *begin = at;
      *end = at + whole.size();
      return true;
    }
  }
  return false;
}

}  // namespace congvan::grammar_internal
