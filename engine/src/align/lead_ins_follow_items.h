// Lead-ins that follow their items: a list's lead-in left without a
// counterpart is paired with the free lead-in, or the free article, of the
// other version that holds its items.
//
// A list's items carry its content; its lead-in only announces them. When a
// version rewrites the lead-in and keeps the items ("1. Các biện pháp bảo đảm
// sau đây phải đăng ký:" → "1. Các trường hợp phải đăng ký:", Nghị định
// 102/2017 Điều 4 → Nghị định 99/2022 Điều 25, items "a) Thế chấp quyền sử
// dụng đất;" and "b) Thế chấp … gắn liền với đất …" kept), the items find their
// copies by words while the two lead-ins, sharing little but the formula, stay
// dropped and added. When a version makes a list an article of its own, the
// lead-in's announcement becomes the article's heading and the items its
// clauses ("1. Các cơ quan sau đây có trách nhiệm trao đổi thông tin …:" →
// "Điều 52. Cơ quan có thẩm quyền, người có thẩm quyền trong hoạt động cung
// cấp thông tin"). Either way where the items went says where the list went.
// Rule: a lead-in L (a provision, no division, text ending in ':', two items
// at least) and, on the other side, a lead-in or an innermost division Q, both
// without any counterpart and held by no split or merge, are paired when two
// of L's items at least have a counterpart among Q's children and Q is the
// parent most of L's items went to — strictly more of them than to any other
// — and, the other way, L the parent most of Q's children came from. A tie
// says the list was divided and decides nothing. Then the items of the two
// lists that are still free, a leaf each at the same place (the same ordinal,
// one item each: "b)" and "b)", "a)" and "1."), are paired when alike (cosine
// ≥ reworded_min): the list moved whole, so an item left at its place is the
// item there. Old lead-ins first, then new ones; same language only.
#ifndef CONGVAN_SRC_ALIGN_LEAD_INS_FOLLOW_ITEMS_H_
#define CONGVAN_SRC_ALIGN_LEAD_INS_FOLLOW_ITEMS_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Pairs free lead-ins with the free lead-in or article their items went to
// (see above); updates `matching` and `groups`.
void PairLeadInsWithTheirItems(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_LEAD_INS_FOLLOW_ITEMS_H_
