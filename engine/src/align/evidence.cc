// Evidence about one pair of tasks (see align_input.h): one merge-join over
// the two sorted sparse vectors gives the dot product and the shared weight
// (sum of minima) at once.
#include <algorithm>
#include <cmath>

#include "align/align_input.h"

namespace congvan::align_internal {

PairEvidence Evidence(const AlignInput& input, int o, int n) {
  const FeatureSpace& features = input.features;
  const SparseVector& a = features.Old(o);
  const SparseVector& b = features.New(n);
  double dot = 0, minsum = 0;
  size_t i = 0, j = 0;
  while (i < a.entries.size() && j < b.entries.size()) {
    if (a.entries[i].id < b.entries[j].id) {
      ++i;
    } else if (a.entries[i].id > b.entries[j].id) {
      ++j;
    } else {
      dot += double(a.entries[i].weight) * b.entries[j].weight;
      minsum += std::min(a.entries[i].weight, b.entries[j].weight);
      ++i;
      ++j;
    }
  }
  PairEvidence e;
  e.text_similarity = (a.l2 > 0 && b.l2 > 0) ? std::min(1.0, dot / (a.l2 * b.l2)) : 0.0;
  e.old_in_new = a.l1 > 0 ? minsum / a.l1 : 0.0;
  e.new_in_old = b.l1 > 0 ? minsum / b.l1 : 0.0;
  const IndexedTask& to = input.Old(o);
  const IndexedTask& tn = input.New(n);
  e.position_delta = std::fabs(to.rel_pos - tn.rel_pos);
  e.same_depth = to.depth == tn.depth;
  e.same_ordinal = to.node->ordinal && tn.node->ordinal && *to.node->ordinal == *tn.node->ordinal;
  e.cross_language = input.cross_language;
  // Two divisions with provisions: as alike as their whole subtrees, when
  // that says more than their titles.
  const SparseVector& ta = features.OldTree(o);
  const SparseVector& tb = features.NewTree(n);
  if (!ta.entries.empty() && !tb.entries.empty()) {
    e.text_similarity = std::max(e.text_similarity, Cosine(ta, tb));
  }
  e.style_conflict = !input.cross_language && (to.node->division || tn.node->division) &&
                     !to.node->style.empty() && !tn.node->style.empty() &&
                     to.node->style != tn.node->style;
  return e;
}

}  // namespace congvan::align_internal
