// Token diff: where patience finds no anchor (every token repeated), Myers'
// diff is minimal and its trace — kept per step only on the diagonals the
// backtrack reads — rebuilds a valid script; past max_d a gap is one
// deletion and one insertion.
#include "diff/token_diff.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <vector>

namespace {

using congvan::diff::DiffTokens;
using congvan::diff::TokenOp;

// Applies the ops: true when they consume both sequences exactly and every
// kEq pairs equal tokens. *edits counts the kDel and kIns ops.
bool Valid(const std::vector<int>& a, const std::vector<int>& b, const std::vector<TokenOp>& ops,
           int* edits) {
  size_t i = 0, j = 0;
  *edits = 0;
  for (TokenOp op : ops) {
    if (op == TokenOp::kEq) {
      if (i >= a.size() || j >= b.size() || a[i] != b[j]) return false;
      ++i;
      ++j;
    } else if (op == TokenOp::kDel) {
      if (i++ >= a.size()) return false;
      ++*edits;
    } else {
      if (j++ >= b.size()) return false;
      ++*edits;
    }
  }
  return i == a.size() && j == b.size();
}

// n + m − 2 LCS: the fewest deletions and insertions.
int EditDistance(const std::vector<int>& a, const std::vector<int>& b) {
  std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      lcs[i][j] =
          a[i - 1] == b[j - 1] ? lcs[i - 1][j - 1] + 1 : std::max(lcs[i - 1][j], lcs[i][j - 1]);
    }
  }
  return static_cast<int>(a.size() + b.size()) - 2 * lcs[a.size()][b.size()];
}

}  // namespace

TEST_CASE("Myers is minimal where every token repeats", "[diff][token_diff]") {
  std::vector<int> a = {0, 1, 0, 1, 0, 1}, b = {1, 0, 1, 0, 1, 0};
  int edits = 0;
  REQUIRE(Valid(a, b, DiffTokens(a, b, 4000, 2), &edits));
  CHECK(edits == 2);
}

TEST_CASE("random sequences over two tokens give valid scripts", "[diff][token_diff]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 500; ++round) {
    std::vector<int> a(rng() % 40), b(rng() % 40);
    for (int& x : a) x = static_cast<int>(rng() % 2);
    for (int& x : b) x = static_cast<int>(rng() % 2);
    int edits = 0;
    REQUIRE(Valid(a, b, DiffTokens(a, b, 4000, 2), &edits));
    // Over two tokens patience rarely anchors, so Myers does most of the
    // work; the script is never shorter than the minimum.
    CHECK(edits >= EditDistance(a, b));
  }
}

TEST_CASE("a gap past max_d is one deletion and one insertion", "[diff][token_diff]") {
  std::vector<int> a = {0, 1, 0, 1, 0, 1, 0, 1}, b = {1, 1, 1, 1, 0, 0, 0, 0};
  int edits = 0;
  REQUIRE(Valid(a, b, DiffTokens(a, b, 1, 2), &edits));
  CHECK(edits == static_cast<int>(a.size() + b.size()));
}
