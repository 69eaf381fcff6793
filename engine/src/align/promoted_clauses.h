// Promoted clauses: a clause introducing a list that left its article, and a
// new article that has no counterpart at all, beside the article's
// counterpart, are one provision promoted to an article when their whole
// texts are each other's likeliest.
//
// A replacing decree often gives a case that was one clause of an article an
// article of its own: Nghị định 102/2017 Điều 39 (the file for a mortgage of
// land use rights and attached assets) khoản 4, "Đối với trường hợp thế chấp
// tài sản gắn liền với đất hình thành trong tương lai không phải là nhà ở,
// thì ngoài các giấy tờ quy định tại các khoản 1, 2, 3 và 6 Điều này, người
// yêu cầu đăng ký nộp thêm …:" and its papers, became Nghị định 99/2022 Điều
// 30, "Hồ sơ đăng ký đối với nhà ở hình thành trong tương lai, tài sản khác
// gắn liền với đất hình thành trong tương lai …", with two clauses of
// papers. The assignment cannot see it: the clause's own text is one
// sentence, the article's a heading, and the style conflict keeps a khoản
// from an Điều. Their whole texts — the clause with its list, the article
// with its provisions — say it. Rule, once every stage that pairs
// provisions has run: an old clause C (a lead-in with its list, a direct
// child of an innermost article A that has a counterpart) with no
// counterpart, and a new innermost article N with none for itself or any
// provision inside it, whose parent division corresponds to A's (the same
// chapter or section; both at the top of a document without them), are
// paired one to one when the cosine of their whole texts (projected on the
// feature space) is ≥ AlignOptions::match_min and each is the other's
// likeliest among all such clauses and articles. The mirror — a new clause
// C that was an old article N — is read the same way. Only C and N are
// paired; their provisions are left to what the stages before decided.
// Same language only.
#ifndef CONGVAN_SRC_ALIGN_PROMOTED_CLAUSES_H_
#define CONGVAN_SRC_ALIGN_PROMOTED_CLAUSES_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Pairs each clause promoted to an article (or an article demoted to a
// clause) with it, as above; updates `matching` and `groups` together.
void PairClausesPromotedToArticles(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_PROMOTED_CLAUSES_H_
