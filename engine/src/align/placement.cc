// Placement of a pair among decided pairs (see placement.h): walks up parent
// links to the nearest anchored ancestor on each side.
#include "align/placement.h"

#include <algorithm>

namespace congvan::align_internal {
namespace {

int NearestAnchored(const TaskIndex& tasks, int i, const Counterparts& cp) {
  int a = tasks[static_cast<size_t>(i)].parent;
  while (a >= 0 && cp[static_cast<size_t>(a)].empty()) a = tasks[static_cast<size_t>(a)].parent;
  return a;
}

}  // namespace

Placement Place(const TaskIndex& old_tasks, const TaskIndex& new_tasks, int o, int n,
                const Counterparts& cp_old, const Counterparts& cp_new) {
  Placement pl;
  int a = NearestAnchored(old_tasks, o, cp_old);
  int b = NearestAnchored(new_tasks, n, cp_new);
  pl.old_anchor = a >= 0;
  pl.new_anchor = b >= 0;
  if (a >= 0) {
    for (int x : cp_old[static_cast<size_t>(a)])
      pl.consistent = pl.consistent || IsAncestor(new_tasks, x, n);
  }
  if (b >= 0) {
    for (int x : cp_new[static_cast<size_t>(b)])
      pl.consistent = pl.consistent || IsAncestor(old_tasks, x, o);
  }
  return pl;
}

bool ParentsConsistent(const TaskIndex& old_tasks, const TaskIndex& new_tasks, int o, int n,
                       const Counterparts& cp_old) {
  int po = old_tasks[static_cast<size_t>(o)].parent;
  int pn = new_tasks[static_cast<size_t>(n)].parent;
  if (po < 0 && pn < 0) return true;
  if (po < 0 || pn < 0) return false;
  const auto& cp = cp_old[static_cast<size_t>(po)];
  return std::find(cp.begin(), cp.end(), pn) != cp.end();
}

}  // namespace congvan::align_internal
