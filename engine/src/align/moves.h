// Moves: which one-to-one pairs changed place.
//
// A matched pair (not part of a split or merge) is moved by parent when its
// parents are not counterparts and the pair crosses aligned sections (one of
// its anchored ancestors has a counterpart elsewhere); it is moved by order
// when, among the pairs under the same new parent, it falls outside the
// longest increasing subsequence of positions. A renumbering keeps the
// order, so it is never a move. A pair inside a split or merge is never
// moved itself but still counts in its parent's order: a pair is in order
// when it is on the subsequence of the ungrouped pairs or on that of all of
// them (old Điều 9 → Điều 10 of decree 102/2017 → 99/2022 keeps its order
// only beside old Điều 10 → 11, a merge since its lead-in joined it).
// A numbered task out of order under counterpart parents whose number changed
// is not moved either: its new number says where it went (old Điều 7 khoản 1
// → new Điều 5 khoản 3 is renumbered), as a legal officer reads a reordering
// inside one article or Mục; moved is for a task that left its parent, or
// whose place its number does not tell (a paragraph, a number kept).
#ifndef CONGVAN_SRC_ALIGN_MOVES_H_
#define CONGVAN_SRC_ALIGN_MOVES_H_

#include <cstddef>
#include <vector>

#include "align/groups.h"

namespace congvan::align_internal {

enum class MoveReason { kNone, kParent, kOrder };

// Per old task.
std::vector<MoveReason> FindMoves(const AlignInput& input, const Matching& matching,
                                  const Groups& groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_MOVES_H_
