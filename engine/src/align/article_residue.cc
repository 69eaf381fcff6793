// Article residue (see article_residue.h): per pair of counterpart articles,
// the gaps between their matched provisions, and a pair wherever a gap holds
// exactly one unmatched provision on each side.
#include "align/article_residue.h"

#include "align/provision_gaps.h"

namespace congvan::align_internal {

// Each lone pair whose words are alike enough (residue_min).
void MatchArticleResidue(const AlignInput& input, Matching* matching, Groups* groups) {
  PairLonesInCounterpartDivisions(input, matching, groups, [&](int o, int n) {
    return Evidence(input, o, n).text_similarity >= input.options.residue_min;
  });
}

}  // namespace congvan::align_internal
