// Assignment: a one-to-one matching of old and new tasks from scored
// candidates.
//
// Greedy best-first: every candidate is scored (AlignOptions::score or
// DefaultScore); those above match_min with text similarity above
// reworded_min are taken in order of score (ties: nearer position, then
// document order) whenever both tasks are still free. The aligner runs it
// twice: after the first pass, StructuralEvidence records for every
// candidate whether its parents are counterparts and whether it would cross
// sections that are aligned with each other, and the second pass scores with
// that knowledge.
#ifndef CONGVAN_SRC_ALIGN_ASSIGNMENT_H_
#define CONGVAN_SRC_ALIGN_ASSIGNMENT_H_

#include <vector>

#include "align/candidates.h"

namespace congvan::align_internal {

struct Matching {
  std::vector<int> old_to_new;  // -1: none
  std::vector<int> new_to_old;
};

// The bars a scored candidate must pass to be a pair: score ≥ match_min and
// text similarity ≥ reworded_min (the assignment also asks the score without
// the article context; the later stages that re-pair articles ask these two).
inline bool PassesMatchBars(const Candidate& c, const AlignOptions& options) {
  return c.score >= options.match_min && c.e.text_similarity >= options.reworded_min;
}

// Scores every candidate (stored in Candidate::score) and matches greedily.
Matching AssignGreedy(const AlignInput& input, CandidateSet* candidates);

// Parents aligned / parents in conflict, relative to `first`, for every
// candidate. Two top-level tasks get no parent bonus: a summary that covers
// one section lifts that section's items to the top level.
void StructuralEvidence(const AlignInput& input, const Matching& first, CandidateSet* candidates);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_ASSIGNMENT_H_
