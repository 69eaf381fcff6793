// Links made of cross-references only, or of the document's subject
// vocabulary (see reference_only_links.h). One pass over the matched old
// provisions; only a pair across articles that are not counterparts has its
// two texts projected again without references, so a document without
// articles (or whose provisions stay in their articles) costs one look per
// pair, and the subject vocabulary is counted only when such a pair is met.
#include "align/reference_only_links.h"

#include <optional>

#include "align/align_vocabulary.h"
#include "align/cross_references.h"
#include "align/defined_names.h"
#include "align/subject_vocabulary.h"

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

// The two articles' headings (their own text, not their provisions') say
// they are about one thing.
bool HeadingsAlike(const AlignInput& input, int a, int b) {
  return Cosine(input.features.Old(a), input.features.New(b)) >= input.options.reworded_min;
}

}  // namespace

bool AlikeByOwnWords(const AlignInput& input, int o, int n, int a, int b,
                     std::optional<SubjectVocabulary>* subject) {
  // Each text without the short names its own language's formulas define.
  // and without its cross-references, in its language's words.
  auto own_words = [&](const Node& node, Language language) {
    const AlignVocabulary& v = VocabularyFor(language, input.options.grammar_dir);
    return input.features.Project(
        WithoutCrossReferences(WithoutDefinedNames(node.text, v.definitions), v.references),
        language);
  };
  ProjectedVector x = own_words(*input.Old(o).node, input.old_doc.language);
  ProjectedVector y = own_words(*input.New(n).node, input.new_doc.language);
  const double bar = input.options.reworded_min;
  if (Cosine(x, y) < bar) return false;
  if (HeadingsAlike(input, a, b)) return true;
  if (!subject->has_value()) subject->emplace(input, SubjectVocabulary::kArticleShare);
  if ((*subject)->empty()) return true;
  return Cosine((*subject)->Without(x), (*subject)->Without(y)) >= bar;
}

void UnlinkReferenceOnlyPairs(const AlignInput& input, const std::vector<int>& merge_into,
                              Matching* matching) {
  if (input.cross_language) return;
  Matching& m = *matching;
  std::optional<SubjectVocabulary> subject;
  for (int o = 0; o < static_cast<int>(input.old_tasks.size()); ++o) {
    int n = m.old_to_new[static_cast<size_t>(o)];
    if (n < 0 || merge_into[static_cast<size_t>(o)] >= 0) continue;
    if (!IsProvision(input.old_tasks, o) || !IsProvision(input.new_tasks, n)) continue;
    int a = EnclosingDivision(input.old_tasks, o), b = EnclosingDivision(input.new_tasks, n);
    if (ArticlesCorrespond(m, merge_into, a, b)) continue;
    if (AlikeByOwnWords(input, o, n, a, b, &subject)) continue;
    m.old_to_new[static_cast<size_t>(o)] = -1;
    m.new_to_old[static_cast<size_t>(n)] = -1;
  }
}

}  // namespace congvan::align_internal
