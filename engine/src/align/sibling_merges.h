// Sibling merges: old tasks merged into the new task their neighbour
// became, read off the one-to-one matching before splits and merges.
//
// A merge takes several old tasks that stood side by side and writes one new
// task; the assignment gives the new task to one of them, and the others
// either find nothing (their best counterpart is taken) or settle for a weak
// one. Two cases, both decided by a sibling of the old task being the new
// task's counterpart:
//  - A run of articles (old Điều 33, 35–37 "Hồ sơ đăng ký bảo lưu …, sửa chữa
//    sai sót …, xóa đăng ký … tàu biển" → new Điều 42 "Hồ sơ đăng ký đối với
//    tàu biển", the counterpart of old Điều 32): an article that, of the new
//    articles whose heading generalises its own (the new heading's words
//    mostly in it: share ≥ merge_piece_min, similarity ≥
//    piece_similarity_min), scores best with the one its neighbour became
//    (score ≥ match_min), and better than with its own partner, is a piece of
//    that merge — and leaves that partner, which it got only because the
//    whole was taken. The run
//    grows outward from the counterpart and stops at the first article that
//    is not such a piece: the articles between a piece and the whole's
//    counterpart must all have gone into it, or nothing says they were one
//    file of articles. Not when the whole kept its counterpart's heading word
//    for word: that article went on as itself.
//  - A provision taken back from a weak partner (points a–c of a clause,
//    "loại V, VI … loại IV … loại I, II, III", written as one sentence in the
//    new clause the sibling point c became): a provision inside an article
//    whose text is one of the clauses of the new provision its sibling
//    became (clause similarity ≥ clause_match_min), scoring with it
//    kRetakeMargin more than with its own partner, leaves the partner and is
//    a piece of that merge.
// Same language only, as the demotions: across languages a heading's
// likeness is a few lexicon concepts.
#ifndef CONGVAN_SRC_ALIGN_SIBLING_MERGES_H_
#define CONGVAN_SRC_ALIGN_SIBLING_MERGES_H_

#include <vector>

#include "align/assignment.h"
#include "align/clause_matcher.h"

namespace congvan::align_internal {

// Adds the sibling merges (see above) to `merge_into` (per old task, the new
// task it joins as a merge piece, or -1; demotions.h) and takes a retaken
// provision out of `matching`. Tasks already in `merge_into` are left alone.
void FindSiblingMerges(const AlignInput& input, const CandidateSet& candidates,
                       ClauseMatcher* clauses, Matching* matching, std::vector<int>* merge_into);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_SIBLING_MERGES_H_
