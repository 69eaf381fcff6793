// Article splits read off the provisions: an article whose provisions left
// its partner for several other articles was split into them, whoever else
// those articles continue; an article whose provisions all went into one
// clause of its partner became that clause too.
//
// A law that regroups its articles by a new axis cuts an old article into
// pieces and sets each piece in a different new article (old Điều 4 "Các
// trường hợp đăng ký" of Nghị định 102/2017, one list of registrable
// measures, became the first clauses of new Điều 25, 38, 41 and 44, one per
// registration agency, while new Điều 4 kept the heading over new text). The
// old article's heading resembles none of them, and the new articles have
// partners of their own (new Điều 41 continues old Điều 31 "Tàu biển được
// thế chấp"), so neither the assignment nor the groups pass, which takes its
// pieces from free tasks, sees the split; the provisions do.
// Rule 1 (scattered): an old article A — a division holding no other
// division, matched one to one to a new task x that is no merge whole —
// of which at least kMinProvisionsMatched provisions have a counterpart
// inside a new division, none of them inside x (x kept the heading, not the
// text), is split into x and each new division B of its style holding one
// of those provisions and owing more of its own matched provisions to A than
// to B's partner (an article that lends a slot to a provision moved out of A
// is not a piece of A) — when there are two such B at least.
// Rule 2 (into a clause): when every one of them sits inside one clause C of
// x (x an article, C a list, x holding another clause beside C), A's list became C and
// x's heading goes on: A is split into x and C (Thông tư 29/2021 Điều 6,
// the procedure of one method → Thông tư 03/2025 Điều 4 "… các phương pháp
// sau" and its khoản 1 "Phương pháp đánh giá, tính điểm").
// A provision of A left without a counterpart is split, as the groups pass
// splits a task, over the provisions of A's new sides mostly contained in it
// (found in two of them at least; one that has a partner of its own only
// when it is contained nearly whole, and it keeps that partner): old Điều 4
// điểm c "Bảo lưu quyền sở hữu … tàu bay, tàu biển; …" → new Điều 38 khoản 2
// "Bảo lưu quyền sở hữu tàu bay." and Điều 41 khoản 2 "… tàu biển.".
// How the change model reports it: A's change becomes a split with new sides
// x and the pieces. A piece B that has a partner of its own stays that
// partner's one-to-one change too: a task in two changes, as in
// shared_pieces.h, never added (new Điều 41 is "reworded" from old Điều 31
// and one of the new tasks of old Điều 4's "split"). A's provisions inside a
// piece sit where their article's counterpart is, so they are no longer
// "moved". Same language only.
#ifndef CONGVAN_SRC_ALIGN_ARTICLE_SPLITS_H_
#define CONGVAN_SRC_ALIGN_ARTICLE_SPLITS_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Adds the article splits (see above) to `groups`; `matching` is unchanged.
// After every stage that decides provisions' counterparts.
void SplitArticlesByProvisions(const AlignInput& input, const Matching& matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_ARTICLE_SPLITS_H_
