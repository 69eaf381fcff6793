// The longest increasing subsequence: the one copy, shared by move detection
// (align/moves.cc: which matched tasks kept their order) and the word
// redline's patience diff (diff/redline.cc: which unique tokens anchor).
#ifndef CONGVAN_SRC_TEXT_LONGEST_INCREASING_H_
#define CONGVAN_SRC_TEXT_LONGEST_INCREASING_H_

#include <cstddef>
#include <vector>

namespace congvan::text {

// Indices (into `seq`, ascending) of one longest strictly increasing
// subsequence; empty for an empty `seq`. Patience sorting, O(n log n).
std::vector<std::size_t> LongestIncreasingSubsequence(const std::vector<int>& seq);

}  // namespace congvan::text

#endif  // CONGVAN_SRC_TEXT_LONGEST_INCREASING_H_
