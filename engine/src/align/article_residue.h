// Article residue: a provision rewritten in place inside an article that
// went on as an article.
//
// In legislation an article that keeps its place in the next version keeps
// most of its provisions in their order, and a provision rewritten there
// stands where the old one stood: between the same two neighbours that were
// kept. "3. Trong thời hạn 01 ngày làm việc … cấp bản sao" became "3. Thời hạn
// cấp bản sao … áp dụng quy định tại khoản 1 và khoản 3 Điều 16" of the same
// article, between the same kept clauses. Across the whole document such a
// pair is too unlike to be matched (text similarity 0.22, the bar is
// AlignOptions::reworded_min), but its place says what it is.
// Rule: for every old article matched one to one with a new article (both
// divisions holding no other division), an unmatched provision is matched to
// an unmatched provision of the counterpart when it is the only unmatched one
// between its nearest matched neighbours (matched inside the counterpart), the
// new one is the only unmatched one between those neighbours' partners, and
// their text similarity is at least AlignOptions::residue_min.
// Only one and one: when two old provisions and one new one (or more) share
// the gap, text must choose, and on the decree 102/2017 → 99/2022 pair a
// lower bar chose wrongly more often than rightly (F1 0.605 → 0.589: the
// unmatched provisions of a kept article are as often new text as rewritten).
// Nothing already matched is undone. Same language only.
#ifndef CONGVAN_SRC_ALIGN_ARTICLE_RESIDUE_H_
#define CONGVAN_SRC_ALIGN_ARTICLE_RESIDUE_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Adds to `matching` (and to the counterparts of `groups`) the pairs rewritten
// in place (see above). After the groups: a provision that is a piece of a
// split or merge has its counterpart, and its gap is not a rewrite in place.
void MatchArticleResidue(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_ARTICLE_RESIDUE_H_
