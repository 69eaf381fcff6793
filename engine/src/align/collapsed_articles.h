// Collapsed articles: an article whose clauses the new version wrote as one
// sentence took all of them into it.
//
// A new version often says in one sentence what the old one listed clause by
// clause: Nghị định 102/2017 Điều 2 "Đối tượng áp dụng" (khoản 1 individuals
// and legal persons who ask for registration, khoản 2 the registration
// agencies, khoản 3 "Cá nhân, pháp nhân khác có liên quan") is Nghị định
// 99/2022 Điều 2, one paragraph: "… áp dụng đối với cơ quan, tổ chức, cá nhân
// tham gia hoặc có liên quan đến đăng ký, cung cấp thông tin …". The
// assignment gives the sentence to the clause most like it (khoản 2); the
// others are short beside it (their cosine with the long sentence falls under
// piece_similarity_min), so the groups pass leaves them dropped. The
// structure says where they went: the two articles are counterparts, and the
// new one has nothing else to hold them.
// Rule: an old article A matched one to one to a new article B whose whole
// body is one unnumbered paragraph p (no other child, no children of its
// own), one provision directly under A having p among its counterparts: every
// other provision directly under A with no counterpart — nor any inside it —
// whose words are in p (share ≥ piece_similarity_min: a clause the sentence
// does not speak of was dropped), and more than in B's own line, is a piece of
// a merge into p. B's own line may be its first sentence (Luật Đất đai 1993
// "Điều 7 Quốc hội thực hiện quyền quyết định …", no heading, then one
// paragraph on the people's councils: 2003 Điều 7 khoản 1 "Quốc hội ban hành
// …" shares 0.33 with that paragraph and 0.57 with the line), or a wrapped
// heading may have taken the first clause; such a clause went to the article.
// And more than it shares with the clause that became p: otherwise p says
// nothing of its own (read the other way round, decree 99/2022 Điều 51 khoản 3
// on seals would join 102/2017 Điều 62's sentence through the words it shares
// with khoản 2, 0.33 in both). Same language only.
#ifndef CONGVAN_SRC_ALIGN_COLLAPSED_ARTICLES_H_
#define CONGVAN_SRC_ALIGN_COLLAPSED_ARTICLES_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Adds the clauses of collapsed articles (see above) to `groups`. After every
// stage that decides provisions' counterparts.
void MergeClausesOfCollapsedArticles(const AlignInput& input, const Matching& matching,
                                     Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_COLLAPSED_ARTICLES_H_
