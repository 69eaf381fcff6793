// ItemAtPlace(): one pass over the list's children, stopping at a second
// child so numbered (the place is then ambiguous) or at a child so numbered
// that holds a list of its own.
#include "align/item_at_place.h"

namespace congvan::align_internal {

int ItemAtPlace(const TaskIndex& tasks, int list, int ordinal) {
  int found = -1;
  for (int x : tasks[static_cast<size_t>(list)].children) {
    const IndexedTask& t = tasks[static_cast<size_t>(x)];
    if (!t.has_ordinal || t.ordinal != ordinal) continue;
    if (found >= 0 || !t.children.empty() || t.division) return -1;
    found = x;
  }
  return found;
}

}  // namespace congvan::align_internal
