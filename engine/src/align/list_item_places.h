// List item places: an item of a list whose lead-in is paired one to one
// keeps its place in the counterpart list when it was paired away into
// another list and the item at its place is free and like it.
//
// A list of papers or cases repeats its formula in every list of a chapter
// ("a) Các loại giấy tờ quy định tại khoản 1, khoản 2 … Điều 39 của Nghị
// định này;" opens three lists of Nghị định 102/2017 Điều 40, "a) Giấy tờ
// quy định tại khoản 1 và khoản 2 Điều 27 Nghị định này" five of Nghị định
// 99/2022 Điều 28–31). By words alone an item is as like the copy in a
// neighbouring list as the one at its own place, and the assignment may give
// it the neighbour's (old Điều 40 khoản 1 điểm a went to new Điều 28 khoản 2
// điểm a, its lead-in to khoản 1). What tells them apart is the lead-in: a
// list paired with a list keeps its items at their letters when its text
// still says the same. Rule: an old item (a numbered leaf under a provision
// that is not a division), paired one to one with a task whose own lead-in
// has no counterpart at all (its place says nothing), whose lead-in is paired
// one to one with a new provision Q inside a counterpart of its article, and
// whose siblings went, most of them (more than half, one at least), into Q's
// list, is paired instead with Q's item of the same ordinal when that item
// is a free leaf and like it (cosine ≥ reworded_min); the new side the same
// way. Its old partner is freed for the stages after (counterpart
// provisions). The two tests on the lead-ins keep a formula's copy in another
// list from passing for the list itself (unseen laws: a plan's grounds
// paired with its principles; an incentive list with another investor's).
// Tasks in a split or merge are left alone; same language only.
#ifndef CONGVAN_SRC_ALIGN_LIST_ITEM_PLACES_H_
#define CONGVAN_SRC_ALIGN_LIST_ITEM_PLACES_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Re-pairs list items paired away from their place (see above); updates
// `matching` and `groups`.
void PairListItemsAtTheirPlaces(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_LIST_ITEM_PLACES_H_
