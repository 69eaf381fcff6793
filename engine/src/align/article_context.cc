// Article context (see article_context.h): one walk per task index maps each
// provision to its enclosing division; the cosine of two divisions' subtree
// vectors is cached by the pair, so a candidate costs one lookup.
#include "align/article_context.h"

namespace congvan::align_internal {
namespace {

// Per task: the nearest proper ancestor that is a division with provisions
// (a non-empty subtree vector), or -1; then -1 for the divisions themselves,
// which are aligned by their own text and subtrees.
std::vector<int> EnclosingDivisions(const TaskIndex& tasks,
                                    const std::vector<const SparseVector*>& trees) {
  std::vector<int> up(tasks.size(), -1);
  auto qualifies = [&](int a) {
    return tasks[static_cast<size_t>(a)].node->division &&
           !trees[static_cast<size_t>(a)]->entries.empty();
  };
  // Preorder: a parent's answer is known before its children's.
  for (size_t i = 0; i < tasks.size(); ++i) {
    int p = tasks[i].parent;
    if (p >= 0) up[i] = qualifies(p) ? p : up[static_cast<size_t>(p)];
  }
  for (size_t i = 0; i < tasks.size(); ++i) {
    if (tasks[i].node->division) up[i] = -1;
  }
  return up;
}

}  // namespace

ArticleContext::ArticleContext(const AlignInput& input) : input_(input) {
  if (input.cross_language) return;
  std::vector<const SparseVector*> old_trees, new_trees;
  for (size_t o = 0; o < input.old_tasks.size(); ++o)
    old_trees.push_back(&input.features.OldTree(static_cast<int>(o)));
  for (size_t n = 0; n < input.new_tasks.size(); ++n)
    new_trees.push_back(&input.features.NewTree(static_cast<int>(n)));
  old_enclosing_ = EnclosingDivisions(input.old_tasks, old_trees);
  new_enclosing_ = EnclosingDivisions(input.new_tasks, new_trees);
}

double ArticleContext::Similarity(int o, int n) {
  if (old_enclosing_.empty()) return 0;
  int a = old_enclosing_[static_cast<size_t>(o)];
  int b = new_enclosing_[static_cast<size_t>(n)];
  if (a < 0 || b < 0) return 0;
  uint64_t key = (static_cast<uint64_t>(static_cast<uint32_t>(a)) << 32) | static_cast<uint32_t>(b);
  auto it = cache_.find(key);
  if (it != cache_.end()) return it->second;
  float s = static_cast<float>(Cosine(input_.features.OldTree(a), input_.features.NewTree(b)));
  cache_.emplace(key, s);
  return s;
}

void ContextEvidence(const AlignInput& input, CandidateSet* candidates) {
  ArticleContext context(input);
  for (Candidate& c : candidates->all()) c.e.context_similarity = context.Similarity(c.o, c.n);
}

}  // namespace congvan::align_internal
