// Provision reassignment: a provision paired, by its text, into an article
// that is not its own article's counterpart goes back to a provision of that
// counterpart once the articles are settled, when text finds it no less alike.
//
// The assignment pairs provisions while it pairs articles: the parent bonus of
// its second pass is read off the first, before the swaps, demotions, sibling
// merges and the articles that follow their provisions have put the articles
// right. So a provision may hold a partner in another article that only won
// because its own article's counterpart was not yet known — "k) Theo thỏa
// thuận của các bên." (old Điều 21, deleting a registration) took "c) Bổ sung
// tài sản mới … theo thỏa thuận …" of new Điều 18 (changes), while new Điều
// 20, old Điều 21's counterpart, has "a) Theo thỏa thuận giữa bên bảo đảm và
// bên nhận bảo đảm;". Rule, after the article follows its provisions: every
// pair of provisions whose enclosing articles are not counterparts (one to
// one, or a merge piece and its whole), one of them having a counterpart at
// all, is undone; each undone old provision is offered the free provisions of
// its article's counterparts, and each undone new provision the free
// provisions of its article's counterparts, scored as the assignment scores
// with the parents as the matching now stands (the parent bonus when the
// immediate parents are counterparts, the conflict penalty when they cross
// aligned sections) and under its bars; taken best first. A pair is offered
// only when its text similarity is at least that of the undone pair it would
// replace, on either side: the settled article decides between partners text
// finds equally alike, never for a weaker text (without this test it took
// Nhà ở 2014 Điều 68 khoản 6, the Government's delegation, from 2023 Điều 114
// khoản 2 to Điều 116's lead-in, and the word-for-word "Các trường hợp khác
// theo thỏa thuận của các bên." away from its copy). An undone pair whose two
// sides are both still free at the end is restored: a provision moved to
// another article keeps its partner unless its own article has a better one.
// Pieces of merges (merge_into) are left alone. Same language only.
#ifndef CONGVAN_SRC_ALIGN_PROVISION_REASSIGNMENT_H_
#define CONGVAN_SRC_ALIGN_PROVISION_REASSIGNMENT_H_

#include <vector>

#include "align/assignment.h"

namespace congvan::align_internal {

// Re-pairs the provisions matched across articles that are not counterparts
// (see above). `merge_into` (demotions.h, sibling_merges.h): per old task, the
// new task it is merged into, or -1.
void ReassignProvisions(const AlignInput& input, const std::vector<int>& merge_into,
                        Matching* matching);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_PROVISION_REASSIGNMENT_H_
