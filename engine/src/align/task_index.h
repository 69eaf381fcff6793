// The task index: a document's task tree flattened in preorder, the one
// numbering of tasks every alignment stage (and the timeline) works in.
//
// Approach: one depth-first walk records, per task, its parent, depth,
// top-level ancestor, children and subtree size, so that "every task of this
// section" is the index range [i, i + subtree) and "is A an ancestor of B" is
// a walk up parent links, without touching the tree again. The walk counts
// the tasks first, so the index is allocated once.
#ifndef CONGVAN_SRC_ALIGN_TASK_INDEX_H_
#define CONGVAN_SRC_ALIGN_TASK_INDEX_H_

#include <vector>

#include "congvan/document.h"

namespace congvan::align_internal {

// 64 bytes. The node's facts every candidate pair asks about (ordinal,
// division) are copied in, so scoring a pair reads two of these and never
// the nodes, which lie scattered over the document.
struct IndexedTask {
  const Node* node = nullptr;
  int parent = -1;
  int depth = 0;
  int top = 0;      // index of its top-level ancestor (itself when top level)
  int subtree = 1;  // tasks in its subtree, itself included
  std::vector<int> children;
  double rel_pos = 0;  // index / task count, 0..1
  int ordinal = 0;     // node->ordinal's value when has_ordinal
  bool has_ordinal = false;
  bool division = false;  // node->division
};

using TaskIndex = std::vector<IndexedTask>;

// Every task of `doc` in preorder. Borrows the document.
TaskIndex IndexTasks(const Document& doc);

// True when `ancestor` is a proper ancestor of `node`.
bool IsAncestor(const TaskIndex& tasks, int ancestor, int node);

// The nearest proper ancestor of task `i` that is a division (the article a
// provision belongs to); -1 when none (a task outside legislation).
int EnclosingDivision(const TaskIndex& tasks, int i);

// True when task d's subtree (d itself excluded) holds no division: for a
// division, an innermost one (an article, not the chapter around it).
bool SubtreeHoldsNoDivision(const TaskIndex& tasks, int d);

// Both headings (tasks with sub-tasks) or both leaves.
inline bool SameKind(const IndexedTask& a, const IndexedTask& b) {
  return a.children.empty() == b.children.empty();
}

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_TASK_INDEX_H_
