// Stale conflicts: a provision of an article that turned out split, kept from
// its counterpart only by the first pass's picture of where its article went.
//
// The second assignment pass scores a pair down (parent_conflict_penalty) when
// it crosses sections the first pass aligned: old Điều 4 "Các trường hợp đăng
// ký" was new Điều 4 then, so its "a) Thế chấp tài sản là động sản khác;" could
// not become new Điều 44's "a) Thế chấp động sản;" (text similarity 0.49;
// 0.31 with the penalty, under match_min, 0.51 without). Once the article
// splits (article_splits.h) have found that old Điều 4 went to five new
// articles, that picture is stale: a split article's provisions leave its
// first partner by definition, so the penalty says nothing against them.
// Rule, after the article splits: an unmatched provision of an old article
// that has split pieces, whose candidate was penalised for a conflict, is
// re-scored without it (every other fact as the assignment had it, the same
// bars, the article context never lifting it over match_min) and paired best
// first with a free new provision. Inside the article's partner or a piece
// already found, that is all. A new article joins the split through such a
// pair only when (1) the two provisions are numbered in one style (an
// unnumbered paragraph, often a line the parser could not place, has no place
// of its own to speak for), (2) its heading narrows the old one: holds most
// of its words (share ≥ split_piece_min), as new Điều 44 "Trường hợp đăng ký
// thuộc thẩm quyền của Trung tâm đăng ký giao dịch, tài sản" narrows old Điều
// 4 "Các trường hợp đăng ký", and (3) it owes the split article, with this
// pair, at least as many provisions as its own partner (new Điều 44: one
// each; old Điều 51's lead-in was paired with its điểm b).
// Why only split articles: re-scoring every leftover pair without its
// conflict (read with the immediate parents as the matching ends) paired 18
// on the decree 102/2017 → 99/2022, 2 of them right; with the final anchors'
// conflict (placement.h) 7, 2 right — the leftovers of an article that went
// on as itself are as often new text as rewritten (DESIGN, the top-down
// pass). Without (1) and (2), on eight unseen law pairs, 17 links, 12 wrong
// (Đất đai 2013 Điều 114, land prices, split into 2024 Điều 139 and 194;
// Đất đai 2003 Điều 38, recovery of land, into 2013 Điều 12, prohibited
// acts); without (1), Đất đai 2003 Điều 25 khoản 3's second paragraph into a
// dangling "- xã hội của tỉnh …" of 2013 Điều 39. Same language only.
#ifndef CONGVAN_SRC_ALIGN_STALE_CONFLICTS_H_
#define CONGVAN_SRC_ALIGN_STALE_CONFLICTS_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Pairs the provisions of split articles freed of a stale conflict (see
// above), in `matching` and in the counterparts of `groups`, and adds their
// new articles to the splits. After SplitArticlesByProvisions.
void MatchSplitArticlesFreedOfConflicts(const AlignInput& input, const CandidateSet& candidates,
                                        Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_STALE_CONFLICTS_H_
