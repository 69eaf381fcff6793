// SharedEndsOf(): the bytes two texts share at either end, so the redline
// tokenizes and diffs only the middles.
//
// Approach: the ends are cut where ICU's word breaking necessarily breaks and
// looks no further: after a space and before an ASCII letter or digit (no
// rule joins a space to a letter, and no rule that joins the characters
// before a space looks past it). So each text's tokens are the tokens of its
// shared prefix, then of its middle, then of its shared suffix, as if each
// part stood alone. The prefix is cut within the bytes both texts share from
// the start, the suffix within those they share at the end apart from that
// prefix; then the token diff's own prefix trim stops inside both middles
// (tokens it matches cover bytes both texts share from the start), and the
// diff of the whole token sequences is: the prefix's tokens equal, the diff
// of the middles, the suffix's tokens equal. Most redlines are of texts
// reworded in a few places, and ICU word breaking was most of their cost.
#include "diff/shared_ends.h"

#include <algorithm>

#include "text/ascii_chars.h"

namespace congvan::diff {
using text::IsAsciiAlnum;

SharedEnds SharedEndsOf(std::string_view a, std::string_view b) {
  SharedEnds ends;
  size_t shortest = std::min(a.size(), b.size());
  size_t same_start = 0;
  while (same_start < shortest && a[same_start] == b[same_start]) ++same_start;
  // A cut at byte `cut` needs a[cut - 1] and a[cut] among the shared bytes.
  for (size_t cut = same_start; cut-- > 1;) {
    if (a[cut - 1] == ' ' && IsAsciiAlnum(a[cut])) {
      ends.prefix = cut;
      break;
    }
  }
  size_t same_end = 0;
  while (same_end < shortest - same_start &&
         a[a.size() - 1 - same_end] == b[b.size() - 1 - same_end])
    ++same_end;
  // The suffix opens at a.size() - k, with a[that - 1] shared: k < same_end.
  for (size_t k = same_end; k-- > 1;) {
    size_t cut = a.size() - k;
    if (a[cut - 1] == ' ' && IsAsciiAlnum(a[cut])) {
      ends.suffix = k;
      break;
    }
  }
  return ends;
}

}  // namespace congvan::diff
