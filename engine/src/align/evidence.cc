// Evidence about one pair of tasks (see align_input.h): the overlap of their
// vectors (feature_space.h Measure: cosine and containment in one pass), and
// of their whole subtrees for two divisions.
#include <algorithm>
#include <cmath>

#include "align/align_input.h"

namespace congvan::align_internal {

PairEvidence Evidence(const AlignInput& input, int o, int n, const DenseVector* old_loaded) {
  const FeatureSpace& features = input.features;
  // Most new tasks have an old twin with the same text, and so the same
  // vector: measured from its norms.
  Overlap own = features.SameVector(o, n) ? MeasureSame(features.Old(o))
                : old_loaded != nullptr && old_loaded->loaded() == &features.Old(o)
                    ? old_loaded->Measure(features.New(n))
                    : Measure(features.Old(o), features.New(n));
  PairEvidence e;
  e.text_similarity = own.cosine;
  e.old_in_new = own.a_in_b;
  e.new_in_old = own.b_in_a;
  const IndexedTask& to = input.Old(o);
  const IndexedTask& tn = input.New(n);
  e.position_delta = std::fabs(to.rel_pos - tn.rel_pos);
  e.same_depth = to.depth == tn.depth;
  e.same_ordinal = to.has_ordinal && tn.has_ordinal && to.ordinal == tn.ordinal;
  e.cross_language = input.cross_language;
  // Two divisions with provisions: as alike as their whole subtrees, when
  // that says more than their titles. Only divisions with children have
  // subtree vectors, so the others never read them.
  if (to.division && tn.division && !to.children.empty() && !tn.children.empty()) {
    const SparseVector& ta = features.OldTree(o);
    const SparseVector& tb = features.NewTree(n);
    if (!ta.entries.empty() && !tb.entries.empty()) {
      e.text_similarity = std::max(e.text_similarity, Cosine(ta, tb));
    }
  }
  e.style_conflict = !input.cross_language && (to.division || tn.division) &&
                     !to.node->style.empty() && !tn.node->style.empty() &&
                     to.node->style != tn.node->style;
  return e;
}

}  // namespace congvan::align_internal
