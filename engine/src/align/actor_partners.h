// Actor partners: a provision that names who acts is paired with the
// provision of the other version that names the same actor, not with one that
// names another or none, when that one is free and alike enough.
//
// A responsibility article gives each body its clause, and the versions move
// the clauses between articles and rewrite them; what stays is who acts.
// Circular 29/2021 → 03/2025: new Điều 5 khoản 2 "Hằng năm, các bộ quản lý
// ngành, lĩnh vực chủ động rà soát điều kiện lao động của các nghề, công việc
// thuộc ngành, lĩnh vực của mình …" is old Điều 9 khoản 3 "Bộ quản lý ngành,
// lĩnh vực rà soát nghề, công việc … thuộc ngành, lĩnh vực quản lý …", but
// the assignment gave it old Điều 9 khoản 1 điểm a "Việc rà soát, đánh giá
// phải được thực hiện đối với nghề, công việc thuộc ngành, lĩnh vực cụ thể."
// (text 0.31 against 0.26: the short point's words are all in the clause).
// Rule, once the articles are settled (after the counterpart provisions): for
// a provision pair (o1, n) matched one to one, no piece of a split or merge,
// where n names an actor (named_actors.h) and o1 names another or none, a
// provision o2 with no counterpart at all, in o1's article or an article
// corresponding to n's, naming the same actor as n, is paired with n instead
// when its text alone reaches reworded_min and its settled score
// (settled_scorer.h) match_min — the article context counted: with the
// actor agreeing, the context may lift the pair (196 → 182 scores 0.31
// without it, 0.37 with); o1 is left free. The same from the old side (o
// names the actor, n1 another or none, a free n2 the same). A point names the
// actor of the lead-in above it when it names none itself ("Chủ tịch Ủy ban
// nhân dân cấp tỉnh có các nhiệm vụ, quyền hạn sau đây:"). Best settled score
// first; a task takes part in one exchange.
#ifndef CONGVAN_SRC_ALIGN_ACTOR_PARTNERS_H_
#define CONGVAN_SRC_ALIGN_ACTOR_PARTNERS_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Exchanges partners by the named actor (see above), in `matching` and the
// counterparts of `groups`. After the counterpart provisions.
void PairByNamedActor(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_ACTOR_PARTNERS_H_
