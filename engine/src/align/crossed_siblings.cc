// Crossed siblings (see crossed_siblings.h). Per article pair the pairs made
// inside it are listed; every two of them that cross between siblings are
// weighed both ways with the settled scorer, the largest gain is taken, and
// the search is repeated on the changed list until no crossing gains. Each
// exchange removes at least one crossing, so the loop ends; an article has a
// few dozen provisions, so the quadratic search costs nothing beside the
// assignment.
#include "align/crossed_siblings.h"

#include <utility>

#include "align/settled_scorer.h"

namespace congvan::align_internal {
namespace {

struct Made {
  int o;
  int n;
  double score;  // as the matching now stands, no bars asked
};

// The pairs made inside old article a and new article b (pieces of merges
// left out).
std::vector<Made> PairsInside(const AlignInput& input, const std::vector<int>& merge_into,
                              const Matching& m, int a, int b, SettledScorer* scorer) {
  std::vector<Made> out;
  int b_end = b + input.New(b).subtree;
  for (int o = a + 1; o < a + input.Old(a).subtree; ++o) {
    int n = m.old_to_new[static_cast<size_t>(o)];
    if (n <= b || n >= b_end || merge_into[static_cast<size_t>(o)] >= 0) continue;
    out.push_back({o, n, scorer->ScoreWithoutBars(o, n).score});
  }
  return out;
}

bool CrossedSiblings(const AlignInput& input, const Made& x, const Made& y) {
  if (input.Old(x.o).parent != input.Old(y.o).parent) return false;
  if (input.New(x.n).parent != input.New(y.n).parent) return false;
  return (x.o < y.o) != (x.n < y.n);
}

// Takes the exchange that gains most among the pairs `made`; false when none
// gains.
bool UncrossBest(const AlignInput& input, std::vector<Made>* made, SettledScorer* scorer) {
  double best_gain = 1e-9;
  size_t best_i = 0, best_j = 0;
  Made best_x{}, best_y{};
  for (size_t i = 0; i < made->size(); ++i) {
    for (size_t j = i + 1; j < made->size(); ++j) {
      const Made& x = (*made)[i];
      const Made& y = (*made)[j];
      if (!CrossedSiblings(input, x, y)) continue;
      ScoredPair xy, yx;
      if (!scorer->Score(x.o, y.n, &xy) || !scorer->Score(y.o, x.n, &yx)) continue;
      double gain = xy.score + yx.score - x.score - y.score;
      if (gain <= best_gain) continue;
      best_gain = gain;
      best_i = i;
      best_j = j;
      best_x = {x.o, y.n, xy.score};
      best_y = {y.o, x.n, yx.score};
    }
  }
  if (best_gain <= 1e-9) return false;
  (*made)[best_i] = best_x;
  (*made)[best_j] = best_y;
  return true;
}

}  // namespace

void UncrossSiblings(const AlignInput& input, const std::vector<int>& merge_into,
                     Matching* matching) {
  if (input.cross_language) return;
  Matching& m = *matching;
  // The article pairs first: a text without articles (a dispatch) builds no
  // scorer.
  std::vector<std::pair<int, int>> articles;
  for (int a = 0; a < static_cast<int>(input.old_tasks.size()); ++a) {
    int b = m.old_to_new[static_cast<size_t>(a)];
    if (!input.Old(a).division || b < 0 || merge_into[static_cast<size_t>(a)] >= 0) continue;
    if (!input.New(b).division || !SubtreeHoldsNoDivision(input.old_tasks, a) ||
        !SubtreeHoldsNoDivision(input.new_tasks, b))
      continue;
    articles.push_back({a, b});
  }
  if (articles.empty()) return;
  const Matching settled = m;
  SettledScorer scorer(input, settled);
  for (auto [a, b] : articles) {
    std::vector<Made> made = PairsInside(input, merge_into, m, a, b, &scorer);
    bool changed = false;
    while (UncrossBest(input, &made, &scorer)) changed = true;
    if (!changed) continue;
    for (const Made& p : made) {
      m.old_to_new[static_cast<size_t>(p.o)] = p.n;
      m.new_to_old[static_cast<size_t>(p.n)] = p.o;
    }
  }
}

}  // namespace congvan::align_internal
