// Numbered residue: a provision amended in place under its own number.
//
// An amending act says "sửa đổi khoản 1 Điều 11": the provision keeps its
// number and its place, and its words may all change ("1. Không đóng hoặc
// đóng bảo hiểm y tế không đầy đủ theo quy định của Luật này." became "1.
// Chậm đóng, trốn đóng bảo hiểm y tế." in the health-insurance law's 2025
// consolidation). Text alone is then below every bar, the article residue's
// too (article_residue.h, AlignOptions::residue_min), and the diff dropped
// the old clause and added the new one. What still says they are one
// provision is the level and the number together, at the same place.
// Rule: for every old article matched one to one with a new article, a lone
// pair of its gaps (provision_gaps.h: the only provision without counterpart
// between two kept neighbours, on each side) is paired when the two bear the
// same marker, their parents correspond (or are the two articles), neither
// has children of its own, and they share some words (text similarity at
// least half AlignOptions::residue_min: the number stands for the other
// half). Same language only; nothing already matched is undone. Measured on
// the 18 unseen pairs both ways (DESIGN.md, branch alignun9): 4 links a
// direction, 3 right and 1 plausible.
#ifndef CONGVAN_SRC_ALIGN_NUMBERED_RESIDUE_H_
#define CONGVAN_SRC_ALIGN_NUMBERED_RESIDUE_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Adds to `matching` (and to the counterparts of `groups`) the provisions
// amended in place under their number (see above). After the other stages
// that pair what is left inside counterpart articles.
void MatchNumberedResidue(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_NUMBERED_RESIDUE_H_
