// Merged article pairs: what the stages that re-pair provisions inside a
// merged article share (merged_article_clauses, heading_clauses).
//
// Both stages look at a new article that is the whole of a merge of old
// articles, leave every task held by a split or merge alone, and undo or make
// one-to-one pairs in the matching and the counterparts of the groups at
// once. This file holds those pieces once: which old articles a new article
// merges, which tasks a group holds, and a base class whose Pair/Unpair keep
// `Matching` and `Groups` in step and whose Plain/FreeOld/FreeNew say which
// pairs and tasks a stage may touch. The rules themselves stay in the stages.
#ifndef CONGVAN_SRC_ALIGN_MERGED_ARTICLE_PAIRS_H_
#define CONGVAN_SRC_ALIGN_MERGED_ARTICLE_PAIRS_H_

#include <vector>

#include "align/groups.h"

namespace congvan::align_internal {

// Whether task i lies in the subtree of task root (root included).
bool Inside(const TaskIndex& tasks, int root, int i);

// The old articles merged into new article b (its partner and its pieces),
// sorted, when they are two at least and none holds another division; else
// empty.
std::vector<int> MergedArticles(const AlignInput& input, const Matching& m, const Groups& g, int b);

// Tasks in a split or merge, on either side: these stages leave them alone.
struct GroupedTasks {
  std::vector<bool> old_side;
  std::vector<bool> new_side;
};

GroupedTasks Grouped(const AlignInput& input, const Matching& m, const Groups& g);

// The pair editing both stages build on; the tasks grouped when it is made
// stay grouped for its life.
class MergedArticleRepair {
 protected:
  MergedArticleRepair(const AlignInput& input, Matching* m, Groups* g);

  // A one-to-one pair (o, n) of two ungrouped tasks.
  bool Plain(int o, int n) const;
  // An ungrouped task with no counterpart.
  bool FreeOld(int o) const;
  bool FreeNew(int n) const;
  void Unpair(int o, int n);
  void Pair(int o, int n);

  const AlignInput& input_;
  Matching& m_;
  Groups& g_;
  const GroupedTasks grouped_;
};

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_MERGED_ARTICLE_PAIRS_H_
