// The running-header gate's out-of-line part (parse/running_header_gate.h):
// whether a hash has enough spread lines at page edges, by sorting them — a
// law has a dozen lines at page edges, a web copy with blank lines between
// its paragraphs every short line.
#include "parse/running_header_gate.h"

#include <algorithm>

namespace congvan::parse {

bool AnyHashSpread(std::vector<EdgeLine>& lines, size_t needed, size_t min_gap) {
  std::stable_sort(lines.begin(), lines.end(),
                   [](const EdgeLine& a, const EdgeLine& b) { return a.hash < b.hash; });
  for (size_t at = 0; at < lines.size();) {
    // One hash's lines, ascending: the most that are spread, taken greedily.
    size_t taken = 1, last = lines[at].index, end = at + 1;
    for (; end < lines.size() && lines[end].hash == lines[at].hash; ++end) {
      if (lines[end].index - last >= min_gap) {
        ++taken;
        last = lines[end].index;
      }
    }
    if (taken >= needed) return true;
    at = end;
  }
  return false;
}

}  // namespace congvan::parse
