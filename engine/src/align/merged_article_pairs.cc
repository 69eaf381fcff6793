// Merged article pairs (see merged_article_pairs.h): the merged articles,
// the grouped tasks, and the one-to-one pair editing shared by the stages
// that re-pair provisions inside a merged article.
#include "align/merged_article_pairs.h"

#include <algorithm>
#include <string_view>

namespace congvan::align_internal {

bool Inside(const TaskIndex& tasks, int root, int i) {
  return i >= root && i < root + tasks[static_cast<size_t>(root)].subtree;
}

std::vector<int> MergedArticles(const AlignInput& input, const Matching& m, const Groups& g,
                                int b) {
  std::vector<int> out = g.merge_pieces[static_cast<size_t>(b)];
  if (int p = m.new_to_old[static_cast<size_t>(b)]; p >= 0) out.push_back(p);
  for (int a : out) {
    if (!input.Old(a).node->division) return {};
    for (int i = a + 1; i < a + input.Old(a).subtree; ++i) {
      if (input.Old(i).node->division) return {};
    }
  }
  std::sort(out.begin(), out.end());
  return out.size() >= 2 ? out : std::vector<int>{};
}

GroupedTasks Grouped(const AlignInput& input, const Matching& m, const Groups& g) {
  GroupedTasks out{std::vector<bool>(input.old_tasks.size(), false),
                   std::vector<bool>(input.new_tasks.size(), false)};
  for (size_t o = 0; o < g.split_pieces.size(); ++o) {
    if (g.split_pieces[o].empty()) continue;
    out.old_side[o] = true;
    for (int n : g.split_pieces[o]) out.new_side[static_cast<size_t>(n)] = true;
    if (int n = m.old_to_new[o]; n >= 0) out.new_side[static_cast<size_t>(n)] = true;
  }
  for (size_t n = 0; n < g.merge_pieces.size(); ++n) {
    if (g.merge_pieces[n].empty()) continue;
    out.new_side[n] = true;
    for (int o : g.merge_pieces[n]) out.old_side[static_cast<size_t>(o)] = true;
    if (int o = m.new_to_old[n]; o >= 0) out.old_side[static_cast<size_t>(o)] = true;
  }
  return out;
}

MergedArticleRepair::MergedArticleRepair(const AlignInput& input, Matching* m, Groups* g)
    : input_(input), m_(*m), g_(*g), grouped_(Grouped(input, *m, *g)) {}

bool MergedArticleRepair::Plain(int o, int n) const {
  return !grouped_.old_side[static_cast<size_t>(o)] && !grouped_.new_side[static_cast<size_t>(n)] &&
         g_.cp_old[static_cast<size_t>(o)].size() == 1 &&
         g_.cp_new[static_cast<size_t>(n)].size() == 1;
}

bool MergedArticleRepair::FreeOld(int o) const {
  return !grouped_.old_side[static_cast<size_t>(o)] && g_.cp_old[static_cast<size_t>(o)].empty();
}

bool MergedArticleRepair::FreeNew(int n) const {
  return !grouped_.new_side[static_cast<size_t>(n)] && g_.cp_new[static_cast<size_t>(n)].empty();
}

void MergedArticleRepair::Unpair(int o, int n) {
  m_.old_to_new[static_cast<size_t>(o)] = -1;
  m_.new_to_old[static_cast<size_t>(n)] = -1;
  g_.cp_old[static_cast<size_t>(o)].clear();
  g_.cp_new[static_cast<size_t>(n)].clear();
}

void MergedArticleRepair::Pair(int o, int n) { PairOneToOne(o, n, &m_, &g_); }

}  // namespace congvan::align_internal
