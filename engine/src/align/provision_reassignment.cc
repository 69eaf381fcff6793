// Provision reassignment (see provision_reassignment.h). One pass finds the
// pairs of provisions across articles that are not counterparts; only when
// there are some are the counterparts, the article context and the offers
// built: each undone provision against the provisions of its article's
// counterparts, scored with the parents as the matching stands, then a greedy
// pass best first and the restoring of what nothing better took.
#include "align/provision_reassignment.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "align/settled_scorer.h"

namespace congvan::align_internal {
namespace {

using Offer = ScoredPair;

bool IsProvision(const TaskIndex& tasks, int t) {
  return !tasks[static_cast<size_t>(t)].node->division && EnclosingDivision(tasks, t) >= 0;
}

// Which articles correspond, as the matching stands: one to one, or a merge
// piece and its whole; divisions only.
class ArticlePartners {
 public:
  ArticlePartners(const AlignInput& input, const std::vector<int>& merge_into, const Matching& m)
      : of_old_(input.old_tasks.size()), of_new_(input.new_tasks.size()) {
    for (size_t a = 0; a < input.old_tasks.size(); ++a) {
      if (!input.old_tasks[a].division) continue;
      for (int x : {m.old_to_new[a], merge_into[a]}) {
        if (x < 0 || !input.New(x).division) continue;
        of_old_[a].push_back(x);
        of_new_[static_cast<size_t>(x)].push_back(static_cast<int>(a));
      }
    }
  }
  const std::vector<int>& OfOld(int a) const { return of_old_[static_cast<size_t>(a)]; }
  const std::vector<int>& OfNew(int b) const { return of_new_[static_cast<size_t>(b)]; }
  bool Correspond(int a, int b) const {
    const std::vector<int>& p = OfOld(a);
    return std::find(p.begin(), p.end(), b) != p.end();
  }

 private:
  std::vector<std::vector<int>> of_old_, of_new_;
};

// The pairs of provisions whose enclosing articles are not counterparts, one
// of the two articles having a counterpart at all.
std::vector<std::pair<int, int>> PairsAcrossArticles(const AlignInput& input,
                                                     const std::vector<int>& merge_into,
                                                     const ArticlePartners& partners,
                                                     const Matching& m) {
  std::vector<std::pair<int, int>> out;
  for (int o = 0; o < static_cast<int>(input.old_tasks.size()); ++o) {
    int n = m.old_to_new[static_cast<size_t>(o)];
    if (n < 0 || merge_into[static_cast<size_t>(o)] >= 0) continue;
    if (!IsProvision(input.old_tasks, o) || !IsProvision(input.new_tasks, n)) continue;
    int a = EnclosingDivision(input.old_tasks, o), b = EnclosingDivision(input.new_tasks, n);
    if (partners.Correspond(a, b)) continue;
    if (partners.OfOld(a).empty() && partners.OfNew(b).empty()) continue;
    out.push_back({o, n});
  }
  return out;
}

// The provisions of division d (its subtree, d excluded); none when it holds
// another division.
std::vector<int> ProvisionsOf(const TaskIndex& tasks, int d) {
  std::vector<int> out;
  if (!SubtreeHoldsNoDivision(tasks, d)) return out;
  for (int i = d + 1; i < d + tasks[static_cast<size_t>(d)].subtree; ++i) out.push_back(i);
  return out;
}

void TakeBestFirst(std::vector<Offer>* offers, Matching* m) {
  std::sort(offers->begin(), offers->end(), [](const Offer& x, const Offer& y) {
    if (x.score != y.score) return x.score > y.score;
    if (x.position_delta != y.position_delta) return x.position_delta < y.position_delta;
    return std::tie(x.o, x.n) < std::tie(y.o, y.n);
  });
  for (const Offer& q : *offers) {
    auto o = static_cast<size_t>(q.o), n = static_cast<size_t>(q.n);
    if (m->old_to_new[o] >= 0 || m->new_to_old[n] >= 0) continue;
    m->old_to_new[o] = q.n;
    m->new_to_old[n] = q.o;
  }
}

}  // namespace

void ReassignProvisions(const AlignInput& input, const std::vector<int>& merge_into,
                        Matching* matching) {
  if (input.cross_language) return;
  Matching& m = *matching;
  ArticlePartners partners(input, merge_into, m);
  std::vector<std::pair<int, int>> undone = PairsAcrossArticles(input, merge_into, partners, m);
  if (undone.empty()) return;
  const Matching settled = m;
  SettledScorer scorer(input, settled);
  // The text similarity of each undone pair: an offer must reach it.
  std::vector<double> bar_o(input.old_tasks.size(), -1), bar_n(input.new_tasks.size(), -1);
  for (auto [o, n] : undone) {
    bar_o[static_cast<size_t>(o)] = bar_n[static_cast<size_t>(n)] =
        Evidence(input, o, n).text_similarity;
    m.old_to_new[static_cast<size_t>(o)] = -1;
    m.new_to_old[static_cast<size_t>(n)] = -1;
  }
  std::vector<Offer> offers;
  auto offer = [&](int o, int n) {
    Offer q;
    if (!scorer.Score(o, n, &q)) return;
    double s = Evidence(input, o, n).text_similarity;
    if (s < bar_o[static_cast<size_t>(o)] || s < bar_n[static_cast<size_t>(n)]) return;
    offers.push_back(q);
  };
  for (auto [o, n] : undone) {
    offer(o, n);
    for (int x : partners.OfOld(EnclosingDivision(input.old_tasks, o))) {
      for (int k : ProvisionsOf(input.new_tasks, x)) {
        if (m.new_to_old[static_cast<size_t>(k)] < 0) offer(o, k);
      }
    }
    for (int y : partners.OfNew(EnclosingDivision(input.new_tasks, n))) {
      for (int k : ProvisionsOf(input.old_tasks, y)) {
        if (m.old_to_new[static_cast<size_t>(k)] < 0 && merge_into[static_cast<size_t>(k)] < 0)
          offer(k, n);
      }
    }
  }
  TakeBestFirst(&offers, &m);
  for (auto [o, n] : undone) {
    if (m.old_to_new[static_cast<size_t>(o)] >= 0 || m.new_to_old[static_cast<size_t>(n)] >= 0)
      continue;
    m.old_to_new[static_cast<size_t>(o)] = n;
    m.new_to_old[static_cast<size_t>(n)] = o;
  }
}

}  // namespace congvan::align_internal
