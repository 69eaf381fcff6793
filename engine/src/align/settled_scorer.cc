// Settled scoring (see settled_scorer.h): the counterparts of every task are
// listed once from the settled matching, the evidence of a pair is the
// assignment's with the parents and the placement read off those lists.
#include "align/settled_scorer.h"

namespace congvan::align_internal {

SettledScorer::SettledScorer(const AlignInput& input, const Matching& settled)
    : input_(input),
      settled_(settled),
      context_(input),
      cp_o_(input.old_tasks.size()),
      cp_n_(input.new_tasks.size()) {
  for (size_t o = 0; o < settled.old_to_new.size(); ++o) {
    int n = settled.old_to_new[o];
    if (n < 0) continue;
    cp_o_[o].push_back(n);
    cp_n_[static_cast<size_t>(n)].push_back(static_cast<int>(o));
  }
}

PairEvidence SettledScorer::SettledEvidence(int o, int n) {
  PairEvidence e = Evidence(input_, o, n);
  e.context_similarity = context_.Similarity(o, n);
  int po = input_.Old(o).parent, pn = input_.New(n).parent;
  e.parents_aligned = po >= 0 && pn >= 0 && settled_.old_to_new[static_cast<size_t>(po)] == pn;
  Placement p = Place(input_.old_tasks, input_.new_tasks, o, n, cp_o_, cp_n_);
  e.parents_conflict = !e.parents_aligned && p.old_anchor && p.new_anchor && !p.consistent;
  return e;
}

bool SettledScorer::Score(int o, int n, ScoredPair* out) {
  PairEvidence e = SettledEvidence(o, n);
  Candidate c{o, n, e, input_.Score(e)};
  if (!PassesMatchBars(c, input_.options)) return false;
  PairEvidence bare = e;  // the context orders, it never lifts over match_min
  bare.context_similarity = 0;
  if (input_.Score(bare) < input_.options.match_min) return false;
  *out = {c.score, e.position_delta, o, n};
  return true;
}

ScoredPair SettledScorer::ScoreWithoutBars(int o, int n) {
  PairEvidence e = SettledEvidence(o, n);
  return {input_.Score(e), e.position_delta, o, n};
}

}  // namespace congvan::align_internal
