// DiffTokens(): patience diff over token ids, Myers where it finds no anchor.
//
// Approach: common prefix and suffix are trimmed first at every level. Tokens
// that occur exactly once in both ranges are matched, the longest increasing
// run of those matches becomes anchors, and the gaps between anchors are
// diffed recursively; a gap without unique tokens (or deeper than 64 levels)
// falls back to Myers' O(ND) greedy algorithm with a trace for backtracking,
// with a hard limit on D beyond which the gap is one deletion + one
// insertion. Occurrences are counted in arrays indexed by token id, set back
// to zero before recursing, so no map is built per level.
#include "diff/token_diff.h"

#include <algorithm>
#include <utility>

#include "text/longest_increasing.h"

namespace congvan::diff {
namespace {

using Op = TokenOp;

class TokenDiff {
 public:
  // Token ids are below token_count.
  TokenDiff(const std::vector<int>& a, const std::vector<int>& b, int max_d, size_t token_count)
      : a_(a), b_(b), max_d_(max_d), count_a_(token_count), count_b_(token_count) {}

  // Per-token ops in an order that consumes a and b left to right.
  std::vector<Op> Run() {
    Diff(0, static_cast<int>(a_.size()), 0, static_cast<int>(b_.size()), 0);
    return std::move(ops_);
  }

 private:
  void Emit(Op op, int count) { ops_.insert(ops_.end(), static_cast<size_t>(count), op); }

  void Diff(int a0, int a1, int b0, int b1, int depth) {
    int prefix = 0;
    while (a0 + prefix < a1 && b0 + prefix < b1 &&
           a_[size_t(a0 + prefix)] == b_[size_t(b0 + prefix)])
      ++prefix;
    Emit(Op::kEq, prefix);
    a0 += prefix;
    b0 += prefix;
    int suffix = 0;
    while (a1 - suffix > a0 && b1 - suffix > b0 &&
           a_[size_t(a1 - 1 - suffix)] == b_[size_t(b1 - 1 - suffix)])
      ++suffix;
    a1 -= suffix;
    b1 -= suffix;
    if (a0 == a1 || b0 == b1) {
      Emit(Op::kDel, a1 - a0);
      Emit(Op::kIns, b1 - b0);
    } else if (depth > 64 || !Patience(a0, a1, b0, b1, depth)) {
      Myers(a0, a1, b0, b1);
    }
    Emit(Op::kEq, suffix);
  }

  // Anchors on tokens unique in both ranges; false when there are none.
  // The per-token counts are dense arrays, back at zero before recursing.
  bool Patience(int a0, int a1, int b0, int b1, int depth) {
    for (int i = a0; i < a1; ++i) Count(&count_a_[size_t(a_[size_t(i)])], i);
    for (int j = b0; j < b1; ++j) Count(&count_b_[size_t(b_[size_t(j)])], j);
    std::vector<std::pair<int, int>> matches;  // (pos in a, pos in b), ordered by a
    for (int i = a0; i < a1; ++i) {
      const Seen& in_a = count_a_[size_t(a_[size_t(i)])];
      const Seen& in_b = count_b_[size_t(a_[size_t(i)])];
      if (in_a.count == 1 && in_b.count == 1) matches.emplace_back(i, in_b.pos);
    }
    for (int i = a0; i < a1; ++i) count_a_[size_t(a_[size_t(i)])] = Seen{};
    for (int j = b0; j < b1; ++j) count_b_[size_t(b_[size_t(j)])] = Seen{};
    if (matches.empty()) return false;
    // The longest increasing run of b positions (matches are ordered by a).
    std::vector<int> b_positions;
    b_positions.reserve(matches.size());
    for (const auto& m : matches) b_positions.push_back(m.second);
    std::vector<std::pair<int, int>> anchors;
    for (size_t k : text::LongestIncreasingSubsequence(b_positions)) anchors.push_back(matches[k]);
    int pa = a0, pb = b0;
    for (auto [i, j] : anchors) {
      Diff(pa, i, pb, j, depth + 1);
      Emit(Op::kEq, 1);
      pa = i + 1;
      pb = j + 1;
    }
    Diff(pa, a1, pb, b1, depth + 1);
    return true;
  }

  // Myers' greedy O(ND) diff with a trace for backtracking.
  void Myers(int a0, int a1, int b0, int b1) {
    int n = a1 - a0, m = b1 - b0;
    int max_d = std::min(n + m, max_d_);
    int offset = max_d + 1;
    std::vector<int> v(size_t(2 * max_d + 3), 0);
    // Row d of the trace is v at the start of step d on diagonals -d..d (the
    // only ones the backtrack reads there), at trace[d * d + d + k]: rows of
    // 1, 3, 5, … entries in one array, not a copy of all of v per step.
    std::vector<int> trace;
    int found = -1;
    for (int d = 0; d <= max_d && found < 0; ++d) {
      trace.insert(trace.end(), v.begin() + (offset - d), v.begin() + (offset + d + 1));
      for (int k = -d; k <= d; k += 2) {
        int x;
        if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)])) {
          x = v[size_t(offset + k + 1)];
        } else {
          x = v[size_t(offset + k - 1)] + 1;
        }
        int y = x - k;
        while (x < n && y < m && a_[size_t(a0 + x)] == b_[size_t(b0 + y)]) {
          ++x;
          ++y;
        }
        v[size_t(offset + k)] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
    }
    if (found < 0) {  // too different: one deletion + one insertion
      Emit(Op::kDel, n);
      Emit(Op::kIns, m);
      return;
    }
    // Backtrack from (n, m).
    std::vector<Op> rev;
    int x = n, y = m;
    for (int d = found; d > 0; --d) {
      const int* pv = trace.data() + size_t(d) * size_t(d) + size_t(d);  // pv[k], -d <= k <= d
      int k = x - y;
      int prev_k;
      if (k == -d || (k != d && pv[k - 1] < pv[k + 1])) {
        prev_k = k + 1;
      } else {
        prev_k = k - 1;
      }
      int prev_x = pv[prev_k];
      int prev_y = prev_x - prev_k;
      while (x > prev_x && y > prev_y) {
        rev.push_back(Op::kEq);
        --x;
        --y;
      }
      if (x == prev_x) {
        rev.push_back(Op::kIns);
        --y;
      } else {
        rev.push_back(Op::kDel);
        --x;
      }
    }
    while (x > 0 && y > 0) {
      rev.push_back(Op::kEq);
      --x;
      --y;
    }
    ops_.insert(ops_.end(), rev.rbegin(), rev.rend());
  }

  // How often a token occurs in a range, and where last.
  struct Seen {
    int count = 0;
    int pos = 0;
  };
  static void Count(Seen* s, int pos) {
    ++s->count;
    s->pos = pos;
  }

  const std::vector<int>& a_;
  const std::vector<int>& b_;
  int max_d_;
  std::vector<Seen> count_a_, count_b_;
  std::vector<Op> ops_;
};

}  // namespace

std::vector<TokenOp> DiffTokens(const std::vector<int>& a, const std::vector<int>& b, int max_d,
                                size_t token_count) {
  return TokenDiff(a, b, max_d, token_count).Run();
}

}  // namespace congvan::diff
