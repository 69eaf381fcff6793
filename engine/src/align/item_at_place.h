// The item of a list at a given place: the child of a task numbered like an
// item of the other version. One copy for the stages that follow a list's
// items across versions (lead_ins_follow_items.cc, lists_one_level_off.cc,
// list_item_places.cc). The lead-ins' stage asked for any child so numbered
// but then wanted a free leaf of it, so the leaf's test, here, answers it the
// same.
#ifndef CONGVAN_SRC_ALIGN_ITEM_AT_PLACE_H_
#define CONGVAN_SRC_ALIGN_ITEM_AT_PLACE_H_

#include "align/task_index.h"

namespace congvan::align_internal {

// The leaf child of `list` numbered `ordinal`, when exactly one child is so
// numbered and it has no children and is no division; else -1.
int ItemAtPlace(const TaskIndex& tasks, int list, int ordinal);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_ITEM_AT_PLACE_H_
