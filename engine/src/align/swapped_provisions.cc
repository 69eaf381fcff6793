// Swapped provisions (see swapped_provisions.h): per swap, the provisions of
// the two old and the two new articles; the pairs inside the block undone,
// each undone old provision scored against every free new provision of the
// block with the articles' new correspondence, and pairs taken best first.
#include "align/swapped_provisions.h"

#include <algorithm>
#include <tuple>

namespace congvan::align_internal {
namespace {

// Appends the provisions of division `a` (its subtree, itself excluded);
// false when it holds another division.
bool AddProvisions(const TaskIndex& tasks, int a, std::vector<int>* out) {
  if (!SubtreeHoldsNoDivision(tasks, a)) return false;
  const int end = a + tasks[static_cast<size_t>(a)].subtree;
  for (int i = a + 1; i < end; ++i) out->push_back(i);
  return true;
}

struct ScoredPair {
  double score;
  int o;
  int n;
};

// Scores the undone old provisions against the block's free new ones.
// Identical items ("Nguồn vốn hợp pháp khác.") close several lists of one
// article: the list whose lead-in is most like the old item's parent is its
// own, weighed as the article context is (AlignOptions::context_bonus).
std::vector<ScoredPair> ScoreBlock(const AlignInput& input, const std::vector<int>& undone,
                                   const std::vector<int>& news, const Matching& m) {
  std::vector<ScoredPair> pairs;
  for (int o : undone) {
    int a = EnclosingDivision(input.old_tasks, o);
    for (int n : news) {
      if (m.new_to_old[static_cast<size_t>(n)] >= 0) continue;
      PairEvidence e = Evidence(input, o, n);
      e.parents_aligned =
          m.old_to_new[static_cast<size_t>(a)] == EnclosingDivision(input.new_tasks, n);
      Candidate c{o, n, e, input.Score(e)};
      if (!PassesMatchBars(c, input.options)) continue;
      double lists_alike =
          Evidence(input, input.Old(o).parent, input.New(n).parent).text_similarity;
      pairs.push_back({c.score + input.options.context_bonus * lists_alike, o, n});
    }
  }
  return pairs;
}

void RepairSwap(const AlignInput& input, int a, int b, Matching* m) {
  int x = m->old_to_new[static_cast<size_t>(b)], y = m->old_to_new[static_cast<size_t>(a)];
  std::vector<int> olds, news;
  if (!AddProvisions(input.old_tasks, a, &olds) || !AddProvisions(input.old_tasks, b, &olds) ||
      !AddProvisions(input.new_tasks, x, &news) || !AddProvisions(input.new_tasks, y, &news)) {
    return;
  }
  std::sort(news.begin(), news.end());
  std::vector<int> undone;
  for (int o : olds) {
    int n = m->old_to_new[static_cast<size_t>(o)];
    if (n < 0 || !std::binary_search(news.begin(), news.end(), n)) continue;
    m->old_to_new[static_cast<size_t>(o)] = -1;
    m->new_to_old[static_cast<size_t>(n)] = -1;
    undone.push_back(o);
  }
  std::vector<ScoredPair> pairs = ScoreBlock(input, undone, news, *m);
  std::sort(pairs.begin(), pairs.end(), [](const ScoredPair& p, const ScoredPair& q) {
    return std::tie(q.score, p.o, p.n) < std::tie(p.score, q.o, q.n);
  });
  for (const ScoredPair& p : pairs) {
    auto o = static_cast<size_t>(p.o), n = static_cast<size_t>(p.n);
    if (m->old_to_new[o] >= 0 || m->new_to_old[n] >= 0) continue;
    m->old_to_new[o] = p.n;
    m->new_to_old[n] = p.o;
  }
}

}  // namespace

void RepairSwappedProvisions(const AlignInput& input, const std::vector<std::pair<int, int>>& swaps,
                             Matching* matching) {
  if (input.cross_language) return;
  for (auto [a, b] : swaps) RepairSwap(input, a, b, matching);
}

}  // namespace congvan::align_internal
