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
// counterpart b whose words are alike enough (residue_min).
void MatchGapsOf(const AlignInput& input, int a, int b, Matching* m, Groups* groups) {
  std::vector<std::pair<int, int>> found;
  for (auto [o, n] : LonePairsInGaps(input, *m, *groups, a, b)) {
    if (Evidence(input, o, n).text_similarity >= input.options.residue_min)
      found.emplace_back(o, n);
  }
  for (auto [o, n] : found) PairOneToOne(o, n, m, groups);
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
