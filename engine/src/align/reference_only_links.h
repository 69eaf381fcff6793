// Links made of cross-references only: a provision paired into an article
// that is not its own article's counterpart, when the two provisions share
// nothing once their cross-references are taken out, is unpaired.
//
// The decree 102/2017 → 99/2022 linked "a) Các giấy tờ nêu tại các điểm a, b
// và d khoản 1 Điều này;" (old Điều 37, the documents of a ship file) to "đ)
// Đăng ký thay đổi, xóa đăng ký đối với trường hợp quy định tại các điểm a, b
// và d khoản này." (new Điều 25, the cases registered at a land office),
// cosine 0.61: the points a, b and d of some clause, and nothing else. Inside
// two articles that correspond the place speaks for a pair and the residue
// rule decides such a pair by where it stands; across articles nothing does,
// so the text must, and a reference is not text of the provision
// (cross_references.h). Rule, before the groups: every pair of provisions
// of legislation (inside articles, neither a merge piece) whose enclosing
// articles are not counterparts (one to one, or a merge piece and its whole)
// and whose cosine without the cross-references of either is under
// reworded_min is undone. Same language only: across languages the numbering
// is the evidence (feature_space.h's structural anchors).
#ifndef CONGVAN_SRC_ALIGN_REFERENCE_ONLY_LINKS_H_
#define CONGVAN_SRC_ALIGN_REFERENCE_ONLY_LINKS_H_

#include <vector>

#include "align/assignment.h"

namespace congvan::align_internal {

// Undoes the pairs described above. `merge_into` (demotions.h,
// sibling_merges.h): per old task, the new task it is merged into, or -1.
void UnlinkReferenceOnlyPairs(const AlignInput& input, const std::vector<int>& merge_into,
                              Matching* matching);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_REFERENCE_ONLY_LINKS_H_
