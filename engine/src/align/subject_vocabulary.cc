// A document's subject vocabulary (see subject_vocabulary.h): one pass over
// each innermost article's subtree vector per version, counting articles
// per feature id; the subject is the ids over the share in both.
#include "align/subject_vocabulary.h"

#include <utility>

namespace congvan::align_internal {
namespace {

// Per feature id, in how many innermost articles of `tasks` it occurs;
// `articles` receives their number.
std::vector<int> ArticlesPerFeature(const AlignInput& input, bool old_side, int* articles) {
  const TaskIndex& tasks = old_side ? input.old_tasks : input.new_tasks;
  std::vector<int> count(input.features.feature_count(), 0);
  *articles = 0;
  for (int d = 0; d < static_cast<int>(tasks.size()); ++d) {
    const IndexedTask& t = tasks[static_cast<size_t>(d)];
    if (!t.node->division || !SubtreeHoldsNoDivision(tasks, d)) continue;
    ++*articles;
    const SparseVector& v =
        t.children.empty() ? (old_side ? input.features.Old(d) : input.features.New(d))
                           : (old_side ? input.features.OldTree(d) : input.features.NewTree(d));
    for (const FeatureEntry& x : v.entries) ++count[static_cast<size_t>(x.id)];
  }
  return count;
}

}  // namespace

SubjectVocabulary::SubjectVocabulary(const AlignInput& input, double share) {
  int old_articles = 0, new_articles = 0;
  std::vector<int> old_count = ArticlesPerFeature(input, /*old_side=*/true, &old_articles);
  std::vector<int> new_count = ArticlesPerFeature(input, /*old_side=*/false, &new_articles);
  subject_.assign(input.features.feature_count(), false);
  if (old_articles < kMinArticles || new_articles < kMinArticles) return;
  for (size_t id = 0; id < subject_.size(); ++id) {
    if (old_count[id] > share * old_articles && new_count[id] > share * new_articles) {
      subject_[id] = true;
      ++size_;
    }
  }
}

ProjectedVector SubjectVocabulary::Without(const SparseVector& v) const {
  std::vector<FeatureEntry> kept;
  kept.reserve(v.entries.size());
  for (const FeatureEntry& x : v.entries) {
    if (!Contains(x.id)) kept.push_back(x);
  }
  return ProjectedVector(std::move(kept));
}

}  // namespace congvan::align_internal
