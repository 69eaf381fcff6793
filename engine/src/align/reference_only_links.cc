// Links made of cross-references only (see reference_only_links.h). One pass
// over the matched old provisions; only a pair across articles that are not
// counterparts has its two texts projected again without references, so a
// document without articles (or whose provisions stay in their articles)
// costs one look per pair.
#include "align/reference_only_links.h"

#include "align/cross_references.h"
#include "align/defined_names.h"

namespace congvan::align_internal {
namespace {

bool IsProvision(const TaskIndex& tasks, int t) {
  return !tasks[static_cast<size_t>(t)].node->division && EnclosingDivision(tasks, t) >= 0;
}

// Articles a (old) and b (new) correspond: one to one, or a merge piece and
// its whole.
bool ArticlesCorrespond(const Matching& m, const std::vector<int>& merge_into, int a, int b) {
  return m.old_to_new[static_cast<size_t>(a)] == b || merge_into[static_cast<size_t>(a)] == b;
}

double SimilarityWithoutReferences(const AlignInput& input, int o, int n) {
  ProjectedVector a = input.features.Project(
      WithoutCrossReferences(WithoutDefinedNames(input.Old(o).node->text)), input.old_doc.language);
  ProjectedVector b = input.features.Project(
      WithoutCrossReferences(WithoutDefinedNames(input.New(n).node->text)), input.new_doc.language);
  return Cosine(a, b);
}

}  // namespace

void UnlinkReferenceOnlyPairs(const AlignInput& input, const std::vector<int>& merge_into,
                              Matching* matching) {
  if (input.cross_language) return;
  Matching& m = *matching;
  for (int o = 0; o < static_cast<int>(input.old_tasks.size()); ++o) {
    int n = m.old_to_new[static_cast<size_t>(o)];
    if (n < 0 || merge_into[static_cast<size_t>(o)] >= 0) continue;
    if (!IsProvision(input.old_tasks, o) || !IsProvision(input.new_tasks, n)) continue;
    int a = EnclosingDivision(input.old_tasks, o), b = EnclosingDivision(input.new_tasks, n);
    if (ArticlesCorrespond(m, merge_into, a, b)) continue;
    if (SimilarityWithoutReferences(input, o, n) >= input.options.reworded_min) continue;
    m.old_to_new[static_cast<size_t>(o)] = -1;
    m.new_to_old[static_cast<size_t>(n)] = -1;
  }
}

}  // namespace congvan::align_internal
