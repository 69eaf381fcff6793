// Changes: the decided pairs, groups and moves written out as the list of
// changes a reader reads, in the new version's reading order, with the
// summary.
//
// One change per one-to-one pair (unchanged, reworded or moved), per split
// and per merge, and per task without any counterpart (added or dropped) —
// except that a top-level section none of whose tasks has a counterpart is
// one change with its task count. A change without new tasks is placed right
// after the counterpart of the closest preceding old task that has one.
// Redlines are computed for same-language changes whose text changed.
#ifndef CONGVAN_SRC_ALIGN_CHANGES_H_
#define CONGVAN_SRC_ALIGN_CHANGES_H_

#include <vector>

#include "align/moves.h"

namespace congvan::align_internal {

void BuildChanges(const AlignInput& input, const Matching& matching, const Groups& groups,
                  const std::vector<MoveReason>& moves, Alignment* out);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_CHANGES_H_
