// Counterpart provisions: a provision left without any counterpart once the
// articles are settled is offered the free provisions of its article's
// counterparts, and paired when the settled score passes the assignment's bars.
//
// The candidate stage gives each old task its 8 likeliest new tasks by raw
// partial dot and 2 more by the dot over the new task's norm, over the whole
// document. A provision written in a genre's boilerplate — "Hợp đồng bảo đảm
// (01 bản chính hoặc 01 bản sao có chứng thực)." closes a dozen files of Nghị
// định 99/2022 — meets only the 10 likeliest of its copies, and its own copy,
// in the article its article became, may not be among them: it is never
// scored, and nothing later pairs a provision that was never paired (the
// reassignment, provision_reassignment.h, offers the counterpart's provisions
// only to provisions that held a partner in another article). Once the
// articles are settled (after the groups and every stage that pairs articles
// or their clauses), the article says where a provision's copy must be looked
// for. Rule: for every pair of innermost articles that correspond (one to one,
// a piece of a split or merge and its whole: the counterparts of the groups),
// each provision of the old article with no counterpart at all is offered each
// provision of the new article with none, scored as the assignment scores with
// the parents as the matching now stands (settled_scorer.h: the parent bonus,
// the placement conflict, the article context ordering, never lifting), under
// the assignment's bars (match_min, reworded_min), when the two are each
// other's most alike by text among the provisions of the counterpart articles
// (taken ones included: a provision whose likelier copy went to another is
// not given the leftover — "1. Phiếu yêu cầu đăng ký (01 bản chính);" of old
// Điều 24 took "a) Phiếu yêu cầu theo Mẫu số 04b …" of the notice file
// without it), and a lead-in (text ending in ':' above a list) only with a
// lead-in (a point took "2. Một trong các loại giấy tờ sau đây …:" without
// it); taken best first, one to one. Tasks that are pieces of a split or
// merge, and their wholes, are not free. Same language only.
// Tried before, not kept (session 21, DESIGN.md): the same offers made before
// the articles were settled, as candidates of the assignment — decree 0.596 →
// 0.594, the boilerplate losing on text to longer clauses of the same new
// article while every provision could still take any partner. Here only the
// provisions nothing else took are paired, after everything else.
#ifndef CONGVAN_SRC_ALIGN_COUNTERPART_PROVISIONS_H_
#define CONGVAN_SRC_ALIGN_COUNTERPART_PROVISIONS_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Pairs the free provisions of corresponding articles (see above), in
// `matching` and the counterparts of `groups`. After the groups and the stages
// that add to them.
void PairFreeProvisionsOfCounterparts(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_COUNTERPART_PROVISIONS_H_
