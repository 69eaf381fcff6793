// Merged article clauses: old articles merged into one new article, each
// become one of its clauses, keep their provisions inside that clause.
//
// A new version often gathers several old articles on one subject into one
// article, each old article one clause of it: Nghị định 102/2017 Điều 24–29
// (the files for registering, changing, correcting, giving notice of and
// deleting a pledge of an aircraft, one article each) are Nghị định 99/2022
// Điều 39 "Hồ sơ đăng ký đối với tàu bay", whose khoản 1 "Hồ sơ đăng ký bao
// gồm:", khoản 2 "Hồ sơ đăng ký thay đổi bao gồm:", khoản 3 "Hồ sơ xóa đăng ký
// …", khoản 4 "Hồ sơ đăng ký thông báo xử lý tài sản bảo đảm bao gồm:" each
// list one old article's papers as points. The groups pass finds the merge of
// the articles, but the provisions inside were paired before it, by text
// alone, and every file lists the same boilerplate ("Phiếu yêu cầu đăng ký (01
// bản chính);", "Văn bản ủy quyền …"): old Điều 29's "Văn bản chứng nhận đăng
// ký …" held khoản 1's "b) Hợp đồng bảo đảm", old Điều 24's "Phiếu yêu cầu
// đăng ký" nothing. Once the articles are merged, the clause each piece became
// says which list its provisions belong to.
// Rule: for a new article B that is the whole of a merge of two old articles
// at least (its partner and its pieces, articles holding no other division),
// an old article A that lists numbered provisions is placed in clause C of B
// when every provision of A matched inside B (one at least) lies in C, C
// introduces a list (has provisions of its own), and C's own text is as
// alike as AlignOptions::reworded_min to A's heading or to A's lead-in (an
// unnumbered first paragraph ending in ':', "Người yêu cầu đăng ký nộp 01 bộ
// hồ sơ … sau đây:"); one article per clause, likeliest first. Then a
// one-to-one pair between a provision of A and a task inside B but outside C,
// or between a task inside C and a provision of another placed article, is
// undone (it crosses the clauses the articles became); A's lead-in is paired
// with C when C ends in ':' too (the lead-in is what C says now; its other
// pairs are undone), and A's free provisions with the free tasks inside C,
// best first by text similarity, at least reworded_min (the list a provision
// belongs to is settled; text only chooses inside it). A pair leaving B
// altogether is not undone: that provision went elsewhere. Tasks in a split
// or merge are left alone. Same language only.
// Why "every matched provision in C": an article merged whole is as often
// spread over several clauses of B, its clauses kept as clauses (Luật Nhà ở
// 2014 Điều 45 → 2023 Điều 55, khoản 1 still khoản 1); placing it by its
// heading alone changed 223 links on eight unseen law pairs, mostly right
// ones unmade.
#ifndef CONGVAN_SRC_ALIGN_MERGED_ARTICLE_CLAUSES_H_
#define CONGVAN_SRC_ALIGN_MERGED_ARTICLE_CLAUSES_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Re-pairs the provisions of articles merged into one new article as its
// clauses (see above), in `matching` and the counterparts of `groups`. After
// the groups and the stages that add to them.
void MatchMergedArticleClauses(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_MERGED_ARTICLE_CLAUSES_H_
