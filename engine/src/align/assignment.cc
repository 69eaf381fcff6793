// Greedy best-first assignment (see assignment.h).
#include "align/assignment.h"

#include <algorithm>

#include "align/placement.h"

namespace congvan::align_internal {

namespace {

// The score of a candidate without its article context: the context says
// which of several counterparts a provision has, never whether it has one.
double WithoutContext(const AlignInput& input, const Candidate& c) {
  if (c.e.context_similarity == 0) return c.score;
  PairEvidence e = c.e;
  e.context_similarity = 0;
  return input.Score(e);
}

}  // namespace

Matching AssignGreedy(const AlignInput& input, CandidateSet* candidates) {
  std::vector<Candidate>& cands = candidates->all();
  const AlignOptions& opt = input.options;
  std::vector<int> order;
  order.reserve(cands.size());
  for (size_t i = 0; i < cands.size(); ++i) {
    Candidate& c = cands[i];
    c.score = input.Score(c.e);
    if (PassesMatchBars(c, opt) && WithoutContext(input, c) >= opt.match_min) {
      order.push_back(static_cast<int>(i));
    }
  }
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    const Candidate& x = cands[static_cast<size_t>(a)];
    const Candidate& y = cands[static_cast<size_t>(b)];
    if (x.score != y.score) return x.score > y.score;
    if (x.e.position_delta != y.e.position_delta) return x.e.position_delta < y.e.position_delta;
    if (x.o != y.o) return x.o < y.o;
    return x.n < y.n;
  });
  Matching m;
  m.old_to_new.assign(input.old_tasks.size(), -1);
  m.new_to_old.assign(input.new_tasks.size(), -1);
  for (int i : order) {
    const Candidate& c = cands[static_cast<size_t>(i)];
    if (m.old_to_new[static_cast<size_t>(c.o)] >= 0 ||
        m.new_to_old[static_cast<size_t>(c.n)] >= 0) {
      continue;
    }
    m.old_to_new[static_cast<size_t>(c.o)] = c.n;
    m.new_to_old[static_cast<size_t>(c.n)] = c.o;
  }
  return m;
}

void StructuralEvidence(const AlignInput& input, const Matching& first, CandidateSet* candidates) {
  Counterparts cp_o(input.old_tasks.size()), cp_n(input.new_tasks.size());
  for (size_t o = 0; o < input.old_tasks.size(); ++o) {
    int n = first.old_to_new[o];
    if (n < 0) continue;
    cp_o[o].push_back(n);
    cp_n[static_cast<size_t>(n)].push_back(static_cast<int>(o));
  }
  for (Candidate& c : candidates->all()) {
    int po = input.Old(c.o).parent;
    int pn = input.New(c.n).parent;
    c.e.parents_aligned = po >= 0 && pn >= 0 && first.old_to_new[static_cast<size_t>(po)] == pn;
    Placement p = Place(input.old_tasks, input.new_tasks, c.o, c.n, cp_o, cp_n);
    c.e.parents_conflict = !c.e.parents_aligned && p.old_anchor && p.new_anchor && !p.consistent;
  }
}

}  // namespace congvan::align_internal
