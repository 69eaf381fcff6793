// Groups: splits (one old task became several new ones) and merges (several
// old tasks became one new one), read off a one-to-one matching.
//
// A task left without a counterpart is a piece of a task of the other side
// when it is mostly contained in it (containment ≥ split_piece_min /
// merge_piece_min and similarity ≥ piece_similarity_min) or very like one
// of its clauses (clause_match_min); among such wholes it joins the one that
// contains it most. A whole becomes a group when it keeps its own
// counterpart and gains a piece, or has no counterpart and gains two — and
// never when its counterpart kept its text word for word (the piece only
// resembles it). Splits are found first; the merge pass, the same routine
// in the other direction, leaves split wholes and pieces alone. A heading is
// never a piece of a leaf, nor an article a piece of a chapter. Last, an
// article still without any counterpart whose provisions went, most of them
// (two at least), into one new article of the same style is a piece of that
// article's merge: its provisions say where it went when its heading does not.
// Likewise a provision introducing a list, without a counterpart, whose items
// became most of the clauses of one new article (points promoted to clauses)
// is merged into that article.
#ifndef CONGVAN_SRC_ALIGN_GROUPS_H_
#define CONGVAN_SRC_ALIGN_GROUPS_H_

#include <vector>

#include "align/assignment.h"
#include "align/clause_matcher.h"
#include "align/placement.h"

namespace congvan::align_internal {

struct Groups {
  std::vector<std::vector<int>> split_pieces;  // per old task: extra new tasks
  std::vector<std::vector<int>> merge_pieces;  // per new task: extra old tasks
  // Counterparts after grouping (matched partner plus pieces).
  Counterparts cp_old;
  Counterparts cp_new;
};

// `merge_into`: per old task, a new task it is already known to be merged
// into (demotions.h, sibling_merges.h), or -1; such tasks are no one else's
// piece or whole.
// Pairs old task o with new task n one to one after grouping: the matching's
// two directions and each side's counterparts. The stages after FindGroups
// that find a pair the assignment left (align/pipeline.h) record it so.
void PairOneToOne(int o, int n, Matching* matching, Groups* groups);

Groups FindGroups(const AlignInput& input, const CandidateSet& candidates, const Matching& matching,
                  const std::vector<int>& merge_into, ClauseMatcher* clauses);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_GROUPS_H_
