// Settled scoring: a pair of tasks scored as the assignment scores it, with
// the structural facts read off a matching that later stages have settled.
//
// The assignment's second pass reads its parent evidence off the first pass,
// before the swaps, demotions, merges and follows put the articles right. The
// stages that pair provisions again once the articles are settled
// (provision_reassignment.h, sibling_assignment.h) score with the matching as
// it stands instead: the parent bonus when the immediate parents are
// counterparts now, the conflict penalty when the pair crosses sections that
// correspond elsewhere (placement.h), the article context (article_context.h)
// as the assignment weighs it, and the assignment's bars, the context never
// lifting a pair over match_min.
#ifndef CONGVAN_SRC_ALIGN_SETTLED_SCORER_H_
#define CONGVAN_SRC_ALIGN_SETTLED_SCORER_H_

#include "align/article_context.h"
#include "align/assignment.h"
#include "align/placement.h"

namespace congvan::align_internal {

// A scored pair: what a stage ranks offers by.
struct ScoredPair {
  double score;
  double position_delta;
  int o;
  int n;
};

class SettledScorer {
 public:
  // Borrows `input` and `settled`; `settled` must outlive the scorer and stay
  // as it was (callers keep a copy while they change their matching).
  SettledScorer(const AlignInput& input, const Matching& settled);

  // The score of (o, n) with the settled facts; false when the pair fails the
  // assignment's bars (assignment.h).
  bool Score(int o, int n, ScoredPair* out);
  // The same score with no bars asked (a pair already made is weighed as it is).
  ScoredPair ScoreWithoutBars(int o, int n);

 private:
  PairEvidence SettledEvidence(int o, int n);

  const AlignInput& input_;
  const Matching& settled_;
  ArticleContext context_;
  Counterparts cp_o_, cp_n_;
};

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_SETTLED_SCORER_H_
