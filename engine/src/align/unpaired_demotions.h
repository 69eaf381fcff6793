// Unpaired demotions: an article left without any counterpart whose
// provisions all went into one clause of a new article became that clause.
//
// A new version that folds a short article into a neighbour keeps its list
// and drops its heading: old Điều 61 "Từ chối cung cấp thông tin về biện pháp
// bảo đảm" of Nghị định 102/2017 (khoản 1 "Cơ quan đăng ký từ chối … khi có
// một trong các căn cứ sau đây:" and its points a–c) is khoản 1 of Nghị định
// 99/2022 Điều 51 "Thủ tục giải quyết yêu cầu cơ quan đăng ký cung cấp thông
// tin", its points a–c unchanged. The article's heading is numbered in
// another style than a clause and is no candidate of it, so no pair score
// links them; its provisions say where it went. demotions.h handles an
// article paired with the article around the clause; this stage the article
// that every earlier stage left alone (no partner, no piece of any split or
// merge, no whole): by then the merges of whole articles, each a clause of
// the new article (groups.h, sibling_merges.h), have taken their pieces.
// Rule: an old article A (a division holding no division), with no
// counterpart at all, of which at least kMinProvisionsMatched provisions, and
// more than half of them, have counterparts, every one of them inside one
// clause C (a provision directly under a new article B of A's style, or the
// points under it), is C: A → C when C has no counterpart, otherwise A joins
// C's counterpart as a piece of a merge into C (the article and its first
// clause became the one clause). Unless B's heading generalises A's (B's
// heading words mostly A's: Hải quan 2014 Điều 69 "Thủ tục hải quan đối với
// phương tiện vận tải" over 2001 Điều 52 "Khai báo và kiểm tra đối với
// phương tiện vận tải xuất cảnh, nhập cảnh, quá cảnh"): then A is B, or a
// piece of a merge into B beside B's counterpart, as whole articles merge.
// "More than half": two provisions of eleven matched into one clause (an
// unrelated law beside Thông tư 17/2022 Điều 36) met a formula; the article
// did not move.
// Same language only.
#ifndef CONGVAN_SRC_ALIGN_UNPAIRED_DEMOTIONS_H_
#define CONGVAN_SRC_ALIGN_UNPAIRED_DEMOTIONS_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Adds the demotions (see above) to `matching` and `groups`. After every
// stage that decides articles' counterparts.
void DemoteUnpairedArticles(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_UNPAIRED_DEMOTIONS_H_
