// Counterpart provisions (see counterpart_provisions.h): the pairs of
// corresponding innermost articles are read off the groups' counterparts;
// only for those with a free provision on both sides is the settled scorer
// built, every free × free pair scored, and the offers taken best first.
#include "align/counterpart_provisions.h"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <utility>

#include "align/lead_in.h"
#include "align/settled_scorer.h"

namespace congvan::align_internal {
namespace {

bool Innermost(const TaskIndex& tasks, int d) {
  return tasks[static_cast<size_t>(d)].division && SubtreeHoldsNoDivision(tasks, d);
}

// The provisions of innermost article d with no counterpart at all.
std::vector<int> FreeProvisions(const TaskIndex& tasks, const Counterparts& cp, int d) {
  std::vector<int> out;
  for (int i = d + 1; i < d + tasks[static_cast<size_t>(d)].subtree; ++i) {
    if (cp[static_cast<size_t>(i)].empty()) out.push_back(i);
  }
  return out;
}

// (old article, new article) pairs that correspond and hold a free provision
// each.
std::vector<std::pair<int, int>> ArticlesWithFreeProvisions(const AlignInput& input,
                                                            const Groups& g) {
  std::vector<std::pair<int, int>> out;
  for (int a = 0; a < static_cast<int>(input.old_tasks.size()); ++a) {
    if (!Innermost(input.old_tasks, a)) continue;
    if (FreeProvisions(input.old_tasks, g.cp_old, a).empty()) continue;
    for (int b : g.cp_old[static_cast<size_t>(a)]) {
      if (!Innermost(input.new_tasks, b)) continue;
      if (!FreeProvisions(input.new_tasks, g.cp_new, b).empty()) out.emplace_back(a, b);
    }
  }
  return out;
}

// The provisions of every counterpart article of innermost article d.
std::vector<int> ProvisionsOfCounterparts(const TaskIndex& other, const Counterparts& cp, int d) {
  std::vector<int> out;
  for (int x : cp[static_cast<size_t>(d)]) {
    if (!Innermost(other, x)) continue;
    for (int i = x + 1; i < x + other[static_cast<size_t>(x)].subtree; ++i) out.push_back(i);
  }
  return out;
}

// True when no provision of the counterpart articles of o's article is as
// alike to o by text as n is (n itself aside), and likewise no provision of
// the counterparts of n's article as alike to n as o is.
bool MutuallyLikeliest(const AlignInput& input, const Groups& g, int o, int n, double text) {
  for (int k :
       ProvisionsOfCounterparts(input.new_tasks, g.cp_old, EnclosingDivision(input.old_tasks, o))) {
    if (k != n && Evidence(input, o, k).text_similarity >= text) return false;
  }
  for (int k :
       ProvisionsOfCounterparts(input.old_tasks, g.cp_new, EnclosingDivision(input.new_tasks, n))) {
    if (k != o && Evidence(input, k, n).text_similarity >= text) return false;
  }
  return true;
}

}  // namespace

void PairFreeProvisionsOfCounterparts(const AlignInput& input, Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  Groups& g = *groups;
  std::vector<std::pair<int, int>> articles = ArticlesWithFreeProvisions(input, g);
  if (articles.empty()) return;
  const Matching settled = *matching;
  SettledScorer scorer(input, settled);
  std::vector<ScoredPair> offers;
  for (auto [a, b] : articles) {
    std::vector<int> new_free = FreeProvisions(input.new_tasks, g.cp_new, b);
    for (int o : FreeProvisions(input.old_tasks, g.cp_old, a)) {
      for (int n : new_free) {
        ScoredPair q;
        if (IntroducesList(input.Old(o)) != IntroducesList(input.New(n))) continue;
        if (!scorer.Score(o, n, &q)) continue;
        if (MutuallyLikeliest(input, g, o, n, Evidence(input, o, n).text_similarity))
          offers.push_back(q);
      }
    }
  }
  std::sort(offers.begin(), offers.end(), [](const ScoredPair& x, const ScoredPair& y) {
    if (x.score != y.score) return x.score > y.score;
    if (x.position_delta != y.position_delta) return x.position_delta < y.position_delta;
    return std::tie(x.o, x.n) < std::tie(y.o, y.n);
  });
  for (const ScoredPair& q : offers) {
    auto o = static_cast<size_t>(q.o), n = static_cast<size_t>(q.n);
    if (!g.cp_old[o].empty() || !g.cp_new[n].empty()) continue;
    matching->old_to_new[o] = q.n;
    matching->new_to_old[n] = q.o;
    g.cp_old[o].push_back(q.n);
    g.cp_new[n].push_back(q.o);
  }
}

}  // namespace congvan::align_internal
