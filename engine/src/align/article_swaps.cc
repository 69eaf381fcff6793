// Article swaps (see article_swaps.h). For every matched old division a → x
// and every candidate y of a matched to another old division b, the gain
// of the exchange is s(a, y) + s(b, x) − s(a, x) − s(b, y); the exchanges
// with a gain above the margin are applied best first, each task once.
// Only the candidates of matched divisions are read: linear in them.
#include "align/article_swaps.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace congvan::align_internal {
namespace {

// The exchange must win by this much: a tie or a rounding difference is no
// reason to undo what the assignment decided.
constexpr double kSwapMargin = 0.01;

struct Swap {
  double gain;
  int a, b;  // old divisions; a → x and b → y become a → y and b → x
};

// Candidate (o, n)'s score when the assignment could take it; nothing
// otherwise (not a candidate, below the bars).
std::optional<double> Takeable(const AlignInput& input, const CandidateSet& candidates, int o,
                               int n) {
  for (int ci : candidates.OfOld(o)) {
    const Candidate& c = candidates.all()[static_cast<size_t>(ci)];
    if (c.n != n) continue;
    if (!PassesMatchBars(c, input.options)) return std::nullopt;
    return c.score;
  }
  return std::nullopt;
}

bool SameStyleDivisions(const AlignInput& input, int o, int n) {
  const Node& a = *input.Old(o).node;
  const Node& b = *input.New(n).node;
  return a.division && b.division && a.style == b.style;
}

}  // namespace

std::vector<std::pair<int, int>> SwapCrossedArticles(const AlignInput& input,
                                                     const CandidateSet& candidates,
                                                     Matching* matching) {
  std::vector<std::pair<int, int>> applied;
  if (input.cross_language) return applied;
  std::vector<int>& o2n = matching->old_to_new;
  std::vector<int>& n2o = matching->new_to_old;
  std::vector<Swap> swaps;
  for (size_t a = 0; a < input.old_tasks.size(); ++a) {
    int x = o2n[a];
    if (x < 0 || !SameStyleDivisions(input, static_cast<int>(a), x)) continue;
    std::optional<double> ax = Takeable(input, candidates, static_cast<int>(a), x);
    if (!ax) continue;
    for (int ci : candidates.OfOld(static_cast<int>(a))) {
      const Candidate& c = candidates.all()[static_cast<size_t>(ci)];
      int b = c.n == x ? -1 : n2o[static_cast<size_t>(c.n)];
      if (b < 0 || !SameStyleDivisions(input, b, c.n) || !SameStyleDivisions(input, b, x)) continue;
      if (!PassesMatchBars(c, input.options)) continue;
      std::optional<double> bx = Takeable(input, candidates, b, x);
      std::optional<double> by = Takeable(input, candidates, b, c.n);
      if (!bx || !by) continue;
      double gain = c.score + *bx - *ax - *by;
      if (gain > kSwapMargin) swaps.push_back({gain, static_cast<int>(a), b});
    }
  }
  std::sort(swaps.begin(), swaps.end(), [](const Swap& p, const Swap& q) {
    if (p.gain != q.gain) return p.gain > q.gain;
    return p.a != q.a ? p.a < q.a : p.b < q.b;
  });
  std::vector<bool> done(input.old_tasks.size(), false);
  for (const Swap& s : swaps) {
    if (done[static_cast<size_t>(s.a)] || done[static_cast<size_t>(s.b)]) continue;
    done[static_cast<size_t>(s.a)] = done[static_cast<size_t>(s.b)] = true;
    int x = o2n[static_cast<size_t>(s.a)], y = o2n[static_cast<size_t>(s.b)];
    o2n[static_cast<size_t>(s.a)] = y;
    o2n[static_cast<size_t>(s.b)] = x;
    n2o[static_cast<size_t>(x)] = s.b;
    n2o[static_cast<size_t>(y)] = s.a;
    applied.emplace_back(s.a, s.b);
  }
  return applied;
}

}  // namespace congvan::align_internal
