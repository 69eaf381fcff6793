// Neighbour merges: a provision left without any counterpart, beside a
// sibling paired with a new provision that holds its words, is a piece of a
// merge into that provision.
//
// A new version often folds two neighbouring provisions of an article into
// one ("g) Cập nhật thông tin … vào Hệ thống dữ liệu quốc gia …" and "h) Lưu
// trữ hồ sơ, tài liệu …" of Nghị định 102/2017 Điều 12 became "6. Cập nhật,
// lưu trữ thông tin trong hồ sơ lưu trữ, Cơ sở dữ liệu." of Nghị định
// 99/2022 Điều 11). The assignment gives the new provision to one of them;
// the other finds no partner of its own and is shown dropped, though its
// words are in the provision its neighbour became. sibling_merges.h takes
// back a provision held by a weak partner when it scores far better with its
// sibling's; a provision with no partner was never scored against it. Once
// every stage that pairs provisions has run, rule: an old provision (not a
// division) with no counterpart at all, whose sibling directly before or
// after it is paired one to one with a new provision (not a division) inside
// a counterpart of their article, is merged into that provision when the
// new provision holds most of its weight and is like it: the share of its
// weight the new one contains ≥ merge_piece_min and cosine ≥
// piece_similarity_min (the bars a merge piece passes in groups.h). Only the
// next sibling: a provision two places away was not folded with it. Tasks
// already in a split or merge are left alone. Same language only.
#ifndef CONGVAN_SRC_ALIGN_NEIGHBOUR_MERGES_H_
#define CONGVAN_SRC_ALIGN_NEIGHBOUR_MERGES_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Merges each free old provision into the new provision its neighbour is
// paired with, when that one holds it (see above); updates `groups` only
// (the neighbour's pair stays in `matching`).
void MergeFreeProvisionsIntoNeighbourPartners(const AlignInput& input, Matching* matching,
                                              Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_NEIGHBOUR_MERGES_H_
