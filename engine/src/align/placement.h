// Where a pair of tasks sits relative to the pairs already decided: the
// structural facts the second assignment pass and the move detection use.
//
// Counterparts are lists per task (a split old task has several new ones).
// For a pair (o, n), A is the nearest ancestor of o that has a counterpart
// and B the same for n; the pair is consistent when one of A's counterparts
// is an ancestor of n, or one of B's counterparts an ancestor of o: the pair
// stays inside sections that correspond.
#ifndef CONGVAN_SRC_ALIGN_PLACEMENT_H_
#define CONGVAN_SRC_ALIGN_PLACEMENT_H_

#include <vector>

#include "align/task_index.h"

namespace congvan::align_internal {

// Per task of one side: the indices of its counterparts on the other side.
using Counterparts = std::vector<std::vector<int>>;

struct Placement {
  bool old_anchor = false;  // A exists
  bool new_anchor = false;  // B exists
  bool consistent = false;
};

Placement Place(const TaskIndex& old_tasks, const TaskIndex& new_tasks, int o, int n,
                const Counterparts& cp_old, const Counterparts& cp_new);

// The parents of o and n are counterparts (or both are top level).
bool ParentsConsistent(const TaskIndex& old_tasks, const TaskIndex& new_tasks, int o, int n,
                       const Counterparts& cp_old);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_PLACEMENT_H_
