// Crossed siblings: two provisions of one parent paired crosswise with two
// provisions of one parent on the other side, inside an article and its
// counterpart, are uncrossed when the two straight pairs score more together.
//
// The greedy pass takes the best-scoring pair first, so when old khoản 1 is a
// hair likelier to new khoản 3 than to new khoản 1 it takes khoản 3, and old
// khoản 3 is left the other: Đầu tư công 2019 Điều 9 "1. Dự án thuộc lĩnh vực
// quy định tại khoản 2 Điều 8 … từ 120 tỷ đồng đến dưới 2.300 tỷ đồng." and
// "3. … khoản 4 Điều 8 … từ 60 tỷ đồng đến dưới 1.000 tỷ đồng." against 2024
// Điều 10 "1. … khoản 2 Điều 9 … từ 240 tỷ đồng …" and "3. … khoản 4 Điều 9 …
// từ 120 tỷ đồng …": the shared "120 tỷ đồng" crossed them. In legislation
// siblings keep their order far more often than they trade places, and the
// greedy order never weighs two pairs together. Rule, once the articles are
// settled (after the provision reassignment): per old article matched one to
// one to a new article (both innermost divisions, the old one no piece of a
// merge), for two pairs (o1, n2), (o2, n1) inside them with o1 before o2, n1
// before n2, o1 and o2 children of one parent and n1 and n2 of one parent,
// the straight pairs (o1, n1), (o2, n2) replace them when both pass the
// assignment's bars and their summed score, as the matching now stands
// (settled_scorer.h: text, parents, position, number), is higher; the
// largest gain first, until none is left. Only pairs already made are
// exchanged: no provision gains or loses a partner (an assignment over the
// free provisions as well made more wrong links than right, DESIGN.md), and
// never across parents (a clause and a point of another clause are not
// siblings: Đất đai 2013 Điều 152 khoản 2 and khoản 3 điểm a). Same language
// only.
#ifndef CONGVAN_SRC_ALIGN_CROSSED_SIBLINGS_H_
#define CONGVAN_SRC_ALIGN_CROSSED_SIBLINGS_H_

#include <vector>

#include "align/assignment.h"

namespace congvan::align_internal {

// Uncrosses sibling pairs inside each article pair (see above). `merge_into`
// (demotions.h, sibling_merges.h): per old task, the new task it is merged
// into, or -1.
void UncrossSiblings(const AlignInput& input, const std::vector<int>& merge_into,
                     Matching* matching);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_CROSSED_SIBLINGS_H_
