// Shared pieces: a task in two changes.
//
// A summary or a new version may write one old task twice: whole as a task
// of its own and again as a sentence of another task that mostly continues
// a different old task ("Rà soát, đánh giá các mô hình …" → a paragraph of
// its own, and the first sentence of the paragraph that goes on with "Chủ
// động bố trí kinh phí …"); or give one clause of an old task to a new task
// that otherwise continues another ("… thu hút sự tham gia của nam giới, trẻ
// em trai …" out of one item into the next one's paragraph). The one-to-one
// matching gives each task one partner, so the second home is lost.
// Rule: old task o matched one to one with n1, new task n matched one to one
// with o2 (four distinct tasks, neither pair in a split or merge, same kind,
// same language), o and n candidates, n of two clauses at least and not o2's
// text word for word. A clause of o and a clause of n are alike (cosine ≥
// AlignOptions::clause_match_min); that clause of n owes at most half as
// much to o2 (its best cosine with a clause of o2), and another clause of n
// is o2's (≥ clause_match_min): n is o2's text plus o's clause. And either
// o's clause left n1 (its best cosine with a clause of n1 at most half), or
// o is one clause copied nearly whole (≥ 0.8) — a summary may repeat it.
// The pieces stand side by side, as every split's and merge's do (groups.h):
// o and o2 share a parent when o went whole, n and n1 when a clause of o
// did; the same duty written in the articles of two agencies is a
// repetition, not a piece. Then o is also a piece of n: a merge of o and o2
// into n when o is one clause, else a split of o into n1 and n. Both pairs
// stay; the task in two changes is reported in each and never as added or
// dropped. Same language only (a clause's likeness across languages is a
// few lexicon concepts).
#ifndef CONGVAN_SRC_ALIGN_SHARED_PIECES_H_
#define CONGVAN_SRC_ALIGN_SHARED_PIECES_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Adds the shared pieces (see above) to `groups` (split or merge pieces and
// counterparts); `matching` is unchanged.
void FindSharedPieces(const AlignInput& input, const CandidateSet& candidates,
                      const Matching& matching, ClauseMatcher* clauses, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_SHARED_PIECES_H_
