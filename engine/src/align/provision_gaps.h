// The gaps of a pair of counterpart articles: where an old provision without
// a partner may go in the new article so that the articles' matched
// provisions keep their order. Shared by the stages that pair what is left
// inside counterpart articles (article_residue.h within a language,
// translated_residue.h across languages).
#ifndef CONGVAN_SRC_ALIGN_PROVISION_GAPS_H_
#define CONGVAN_SRC_ALIGN_PROVISION_GAPS_H_

#include <functional>
#include <utility>
#include <vector>

#include "align/groups.h"

namespace congvan::align_internal {

// The provisions of article `a` (its subtree, the article excluded) without
// counterpart in `cp`; empty when the article holds another division (its
// provisions are not one article's).
std::vector<int> UnmatchedProvisions(const TaskIndex& tasks, int a, const Counterparts& cp);

// For old provision `o` of article `a` (counterpart `b`): the new index range
// (lo, hi), exclusive, between the partners inside b of the nearest
// provisions before and after o that have one — where o's partner must lie
// for the articles' provisions to keep their order.
std::pair<int, int> ProvisionGap(const AlignInput& input, const Matching& m, int a, int b, int o);

// The lone pairs of article `a` and its counterpart `b`: (old, new) for each
// old provision without counterpart that is alone in its gap (no other's gap
// is the same) while exactly one new provision without counterpart lies in
// it. Decided on the matching as it stands: the caller's pairs do not open or
// close other gaps.
std::vector<std::pair<int, int>> LonePairsInGaps(const AlignInput& input, const Matching& m,
                                                 const Groups& groups, int a, int b);

// Within one language: for every pair of counterpart divisions (old a ↔ new
// b), pairs each lone pair of their gaps that `accept(o, n)` takes — the walk
// of article_residue.h and numbered_residue.h, which differ in the test alone.
// The lone pairs of one article pair are all found before any is paired.
void PairLonesInCounterpartDivisions(const AlignInput& input, Matching* matching, Groups* groups,
                                     const std::function<bool(int, int)>& accept);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_PROVISION_GAPS_H_
