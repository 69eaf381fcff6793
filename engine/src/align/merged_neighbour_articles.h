// Merged neighbour articles: an old article left wholly without counterpart,
// beside a sibling article paired with a new article whose heading names
// what the two have in common, is a piece of a merge into that article.
//
// A new decree often folds two neighbouring articles into one under the
// general name they share: Nghị định 102/2017 Điều 43 "Hồ sơ đăng ký thay đổi
// nội dung biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với
// đất …" and Điều 44 "Hồ sơ sửa chữa sai sót nội dung biện pháp bảo đảm bằng
// quyền sử dụng đất, tài sản gắn liền với đất …" became Nghị định 99/2022
// Điều 32 "Hồ sơ đăng ký thay đổi đối với quyền sử dụng đất, tài sản gắn liền
// với đất" (a correction is now a change). The assignment gives the new
// article to Điều 43; Điều 44's provisions are rewritten past any provision
// evidence, so the article is shown dropped. Rule, once every stage that
// pairs provisions has run: an old article (a division holding no other
// division, whose text reads as a heading, not a sentence) with no
// counterpart, none of its provisions with one either, whose sibling article
// directly before or after it is paired one to one with a new article
// holding no other division, is merged into that new article when the new
// heading is the common name of the two old headings. In syllables less the
// grammar's function words (the aligner's heading vocabulary, as
// `HeadingsShareAWord`): each old heading has a syllable the other lacks (one
// holding all of the other's is a narrower subject of it, the purposes of a
// method, the duties of a body's standing committee), every syllable of the
// new heading is in one of them, at least 3/4 of them in both, and the new
// heading is not the neighbour's own kept (it drops one of its syllables).
// Only the article itself joins the merge; its provisions stay dropped. Same
// language only; old into new only (read from the new version, as a split, a
// short old heading is trivially the common name of two new ones).
#ifndef CONGVAN_SRC_ALIGN_MERGED_NEIGHBOUR_ARTICLES_H_
#define CONGVAN_SRC_ALIGN_MERGED_NEIGHBOUR_ARTICLES_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Merges each wholly free old article into the new article its neighbour
// article is paired with, when that heading names both (see above); updates
// `groups` only (the neighbour's pair stays in `matching`).
void MergeFreeArticlesIntoNeighbourPartners(const AlignInput& input, Matching* matching,
                                            Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_MERGED_NEIGHBOUR_ARTICLES_H_
