// Heading clauses: an old article merged into a new one as one of its
// clauses, none of whose provisions were found inside it, is the free clause
// its heading names; its lead-in is that clause and its provisions the
// clause's points.
//
// When a new version gathers several old articles into one, each old article
// becomes a clause (it is demoted a level): its heading becomes the clause's
// lead ("Điều 24. Hồ sơ đăng ký cầm cố tàu bay, thế chấp tàu bay" → Nghị định
// 99/2022 Điều 39 "1. Hồ sơ đăng ký bao gồm:"), its numbered provisions the
// clause's points ("1. Phiếu yêu cầu đăng ký (01 bản chính);" → "a) Phiếu yêu
// cầu theo Mẫu số 01b …"). merged_article_clauses.h places such an article by
// the provisions of it already matched inside the new article; an article
// whose provisions are all boilerplate ("Phiếu yêu cầu …", "(01 bản chính
// hoặc 01 bản sao có chứng thực)") often has none matched there, every copy of
// its papers having gone to a sibling article's file. The heading is then the
// one evidence left, and it is the evidence a demotion keeps: the level
// changed, the words of the heading did not.
// Rule: for a new article B that is the whole of a merge of two old articles
// at least (its partner and its pieces, none holding another division), an
// old piece A that lists numbered provisions under an unnumbered lead-in
// ending in ':', the lead-in still unpaired, and a clause C of B that
// introduces a list (ends in ':', has provisions) and is unpaired, are each
// other when they are each other's likeliest by the cosine of A's heading
// and C's text (the share of C's weight the heading holds breaking a tie),
// and C's words are contained in the heading (that share ≥
// AlignOptions::reworded_min: the clause names the kind of file, the heading
// the kind and its object, "Hồ sơ đăng ký bao gồm:" in "Hồ sơ đăng ký cầm cố
// tàu bay, thế chấp tàu bay", 0.46, cosine 0.16). Then A's lead-in is paired
// with C; the one-to-one pairs of A's provisions inside B but outside C, and
// of tasks inside C with a provision of another piece of the merge, are
// undone (they cross the clauses the articles became); and A's free
// provisions are paired with the free tasks inside C, at least reworded_min
// alike by text, those at the same place in their lists first (a list
// demoted whole keeps its order: "2." is "b)"), each best first by text.
// Tasks in a split or merge are left alone. Same language only. After
// merged_article_clauses.h, which places the pieces its provisions already
// say: this stage is for those the provisions do not.
#ifndef CONGVAN_SRC_ALIGN_HEADING_CLAUSES_H_
#define CONGVAN_SRC_ALIGN_HEADING_CLAUSES_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Pairs the lead-ins and provisions of merged articles with the clauses their
// headings name (see above), in `matching` and the counterparts of `groups`.
// After MatchMergedArticleClauses.
void MatchHeadingClauses(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_HEADING_CLAUSES_H_
