// Longest increasing subsequence (see longest_increasing.h).
//
// Approach: patience sorting. tails[k] is the index of the smallest value
// that ends an increasing run of length k + 1; each element finds its pile by
// binary search and remembers the tail of the pile before it, so one run is
// read back from the last pile through those links.
#include "text/longest_increasing.h"

#include <algorithm>
#include <cstdint>

namespace congvan::text {

std::vector<std::size_t> LongestIncreasingSubsequence(const std::vector<int>& seq) {
  std::vector<std::size_t> tails, prev(seq.size(), SIZE_MAX);
  for (std::size_t i = 0; i < seq.size(); ++i) {
    auto it = std::lower_bound(tails.begin(), tails.end(), seq[i],
                               [&](std::size_t t, int v) { return seq[t] < v; });
    if (it != tails.begin()) prev[i] = *(it - 1);
    if (it == tails.end()) {
      tails.push_back(i);
    } else {
      *it = i;
    }
  }
  std::vector<std::size_t> out;
  for (std::size_t i = tails.empty() ? SIZE_MAX : tails.back(); i != SIZE_MAX; i = prev[i]) {
    out.push_back(i);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace congvan::text
