// The one longest-increasing-subsequence routine (text/longest_increasing.h)
// against a brute force over every subset of small sequences (the slow,
// obviously correct reference).
#include "text/longest_increasing.h"

#include <catch2/catch.hpp>
#include <vector>

namespace {

// Length of the longest strictly increasing subsequence, by trying every subset.
size_t BruteForceLength(const std::vector<int>& seq) {
  size_t best = 0;
  for (unsigned mask = 0; mask < (1u << seq.size()); ++mask) {
    int last = 0;
    size_t n = 0;
    bool increasing = true;
    for (size_t i = 0; i < seq.size() && increasing; ++i) {
      if (!(mask & (1u << i))) continue;
      if (n > 0 && seq[i] <= last) increasing = false;
      last = seq[i];
      ++n;
    }
    if (increasing && n > best) best = n;
  }
  return best;
}

}  // namespace

TEST_CASE("LongestIncreasingSubsequence is longest and increasing", "[text][lis]") {
  using congvan::text::LongestIncreasingSubsequence;
  CHECK(LongestIncreasingSubsequence({}).empty());
  CHECK(LongestIncreasingSubsequence({3, 1, 2}) == std::vector<size_t>{1, 2});
  CHECK(LongestIncreasingSubsequence({2, 2, 2}).size() == 1);  // strictly increasing
  // Every sequence of length 7 over 0..3 drawn by a fixed linear congruential walk.
  unsigned state = 12345;
  for (int round = 0; round < 500; ++round) {
    std::vector<int> seq;
    for (int i = 0; i < 7; ++i) {
      state = state * 1103515245u + 12345u;
      seq.push_back(static_cast<int>((state >> 16) % 4));
    }
    std::vector<size_t> picked = LongestIncreasingSubsequence(seq);
    INFO("round " << round);
    REQUIRE(picked.size() == BruteForceLength(seq));
    for (size_t k = 1; k < picked.size(); ++k) {
      REQUIRE(picked[k - 1] < picked[k]);
      REQUIRE(seq[picked[k - 1]] < seq[picked[k]]);
    }
  }
}
