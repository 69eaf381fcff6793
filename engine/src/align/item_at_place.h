// The item of a list at a given place: the child of a task numbered like an
// item of the other version. One copy for the stages that follow a list's
// items across versions (lead_ins_follow_items.cc, lists_one_level_off.cc,
// list_item_places.cc), which differ only in whether the item must be a leaf.
#ifndef CONGVAN_SRC_ALIGN_ITEM_AT_PLACE_H_
#define CONGVAN_SRC_ALIGN_ITEM_AT_PLACE_H_

#include "align/task_index.h"

namespace congvan::align_internal {

// Whether the child found must be a leaf (no children, no division) or may
// be any provision.
enum class PlacedItem { kAny, kLeaf };

// The child of `list` numbered `ordinal`, when exactly one; else -1. With
// kLeaf, also -1 when a child so numbered has children or is a division.
int ItemAtPlace(const TaskIndex& tasks, int list, int ordinal, PlacedItem wanted);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_ITEM_AT_PLACE_H_
