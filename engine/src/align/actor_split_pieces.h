// Actor split pieces: a piece of a split or a merge that names another actor
// than the whole and its own partner is not a piece of it.
//
// A responsibility article gives each body its clause, and the clauses share
// a formula: "2. Bộ Tư pháp … có nhiệm vụ, quyền hạn:" and "5. Bộ Tài
// chính có nhiệm vụ, quyền hạn:". When the old version's clause keeps its
// partner (the new clause naming the same body) and a new body's clause is
// added beside it, the added clause resembles the old one through the
// formula alone and was read as a piece of its split: Nghị định 102/2017 Điều
// 66 khoản 2 (Bộ Tư pháp) → 99/2022 Điều 55 khoản 2 (Bộ Tư pháp) and khoản 5
// (Bộ Tài chính, a body the old article did not name). Who acts is what a
// duty is; a list announced for another body is another body's duties.
// Rule, once the groups are settled: for a whole w of a split (or a merge),
// a lead-in (its text ends in ':' above its list), that names
// an actor (named_actors.h, its own opening) and whose one-to-one partner
// names one too, not another (the same, or one the reading cannot tell from
// it: "Bộ Tư pháp chịu trách nhiệm …" and "Bộ Tư pháp giúp Chính phủ …" agree
// in three words and then part), each piece that names another actor (they
// part within the first two words: "Bộ Tài chính"), a lead-in too, is taken
// out of the group and left free. Lead-ins only: a sentence about another
// person may still be a piece of a clause that speaks of him (Luật Tổ chức
// chính quyền địa phương 2025 "đ) Ủy viên của các Ban của Hội đồng nhân dân
// các cấp là đại biểu … không chuyên trách" is a piece of 2015's clause on
// the province's Bans, "… gồm có Trưởng ban, … và các Ủy viên"). A piece naming no actor, or a
// whole whose partner names another or none (a duty handed from one body to another), is left as it
// was: the evidence is the agreement of the three.
#ifndef CONGVAN_SRC_ALIGN_ACTOR_SPLIT_PIECES_H_
#define CONGVAN_SRC_ALIGN_ACTOR_SPLIT_PIECES_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Takes the pieces naming another actor out of splits and merges (see
// above), in `groups`. After the actor partners.
void DropPiecesOfAnotherActor(const AlignInput& input, const Matching& matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_ACTOR_SPLIT_PIECES_H_
