// Inline lists: a list whose items were written into one provision of the
// new version took its lead-in with it.
//
// A new version often turns a lead-in and its points into one sentence:
// Thông tư 29/2021 Điều 3 khoản 1 "Loại điều kiện lao động" with points a)
// types V, VI, b) type IV, c) types I–III became Thông tư 03/2025 Điều 3
// khoản 2 "Nghề, công việc có điều kiện lao động được xếp loại I, II, III là
// …; loại IV là …; loại V, VI là …". The points are found, merged into the
// new clause (groups.h); the lead-in is not, for it says only what the list
// is about, and its words are few ("Loại điều kiện lao động", similarity
// 0.22 with the new sentence). Its items say where it went.
// Rule: an old provision L whose items (children) went, two at least and
// more than half of them, each into the same one new leaf n and nowhere else,
// n neither L's counterpart nor inside one, and n holding most of L's own
// words (share ≥ split_piece_min: the sentence repeats the lead-in), is a
// piece of n too: merged into
// n with the items when L has no counterpart, otherwise split into its
// counterpart and n (L's heading went on, its list became n: a task in two
// changes, as in article_splits.h). Same language only.
#ifndef CONGVAN_SRC_ALIGN_INLINE_LISTS_H_
#define CONGVAN_SRC_ALIGN_INLINE_LISTS_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Adds the lead-ins of inline lists (see above) to `groups`. After every
// stage that decides provisions' counterparts.
void JoinLeadInsToInlineLists(const AlignInput& input, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_INLINE_LISTS_H_
