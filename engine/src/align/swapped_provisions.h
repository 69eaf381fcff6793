// Swapped provisions: the provisions of two articles whose counterparts were
// exchanged (article_swaps.h) follow their articles.
//
// The assignment pairs provisions while it pairs articles, and the parent
// bonus of its second pass is read off the first: when it crossed two
// articles, it also gave their provisions to the crossed article. A clause
// of boilerplate that opens both files ("1. Phiếu yêu cầu đăng ký (01 bản
// chính);" in old Điều 39, the land file, and "a) Phiếu yêu cầu đăng ký
// thay đổi (01 bản chính);" in old Điều 43, the file for changes) is as like
// the new land file's "1. Phiếu yêu cầu theo Mẫu số 01a …" as the new
// changes file's "… Mẫu số 02a …", so only the article says which is its
// own; once the swap has put the articles right, the provisions it had
// matched across the block of four articles are crossed with them. Rule:
// for each swap (old a, b now → new y, x), every pair of an old provision of
// a or b with a new provision of x or y is undone, and those old provisions
// are paired again, best first, with the free new provisions of x and y, by
// the assignment's score with the articles as they now stand (the parent
// bonus when the enclosing articles are counterparts) and its bars.
// Only the undone ones: a provision that had no counterpart before the swap
// has none because of its text, not of the crossing (let in, on Tổ chức
// chính quyền địa phương 2015 → 2025, Điều 121 khoản 2, the Chairman's
// direction, took 2025 Điều 38 khoản 6, the members' duties, at similarity
// 0.220). Provisions matched outside the four articles stay as they are, and
// an article holding another division is left alone. Same language only.
#ifndef CONGVAN_SRC_ALIGN_SWAPPED_PROVISIONS_H_
#define CONGVAN_SRC_ALIGN_SWAPPED_PROVISIONS_H_

#include <utility>
#include <vector>

#include "align/assignment.h"

namespace congvan::align_internal {

// Re-pairs the provisions of each swapped pair of old articles (a, b) with
// those of their new counterparts (see above).
void RepairSwappedProvisions(const AlignInput& input, const std::vector<std::pair<int, int>>& swaps,
                             Matching* matching);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_SWAPPED_PROVISIONS_H_
