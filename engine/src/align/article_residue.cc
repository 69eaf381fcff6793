// Article residue (see article_residue.h): per pair of counterpart articles,
// the gaps between their matched provisions, and a pair wherever a gap holds
// exactly one unmatched provision on each side.
#include "align/article_residue.h"

#include <algorithm>
#include <utility>

#include "align/provision_gaps.h"

namespace congvan::align_internal {
namespace {

// Pairs the lone unmatched provisions of the gaps of article a and its
// counterpart b. Decided on the matching as it stood before: pairs made here
// do not open or close other gaps.
void MatchGapsOf(const AlignInput& input, int a, int b, Matching* m, Groups* groups) {
  std::vector<int> olds = UnmatchedProvisions(input.old_tasks, a, groups->cp_old);
  std::vector<int> news = UnmatchedProvisions(input.new_tasks, b, groups->cp_new);
  if (olds.empty() || news.empty()) return;
  std::vector<std::pair<int, int>> gaps;
  for (int o : olds) gaps.push_back(ProvisionGap(input, *m, a, b, o));
  std::vector<std::pair<int, int>> found;
  for (size_t k = 0; k < olds.size(); ++k) {
    auto [lo, hi] = gaps[k];
    if (std::count(gaps.begin(), gaps.end(), gaps[k]) != 1) continue;
    auto inside = [&](int n) { return n > lo && n < hi; };
    if (std::count_if(news.begin(), news.end(), inside) != 1) continue;
    int n = *std::find_if(news.begin(), news.end(), inside);
    if (Evidence(input, olds[k], n).text_similarity < input.options.residue_min) continue;
    found.emplace_back(olds[k], n);
  }
  for (auto [o, n] : found) {
    PairOneToOne(o, n, m, groups);
  }
}

}  // namespace

void MatchArticleResidue(const AlignInput& input, Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  for (size_t a = 0; a < input.old_tasks.size(); ++a) {
    int b = matching->old_to_new[a];
    if (b < 0 || !input.old_tasks[a].node->division || !input.New(b).node->division) continue;
    MatchGapsOf(input, static_cast<int>(a), b, matching, groups);
  }
}

}  // namespace congvan::align_internal
