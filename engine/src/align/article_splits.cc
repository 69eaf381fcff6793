// Article splits read off the provisions (see article_splits.h). Per old
// article, one walk over its subtree tallies the new divisions its matched
// provisions sit in (EnclosingDivision of each counterpart); per candidate
// piece B, one walk over B's subtree tallies which old divisions B's matched
// provisions came from. Every decision is taken on the groups as they came
// in and applied after, so the order of the articles decides nothing.
#include "align/article_splits.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace congvan::align_internal {
namespace {

// Fewer matched provisions than this say too little about where an article
// went: a provision or two moved out is a move, not a split.
constexpr int kMinProvisionsMatched = 3;

// A new provision that has a partner of its own is also a piece of an old
// one only when this much of its weight is found in it: copied nearly whole.
constexpr double kNearlyWhole = 0.8;

// Per division of the other side, how many provisions of division d (its
// subtree, d excluded) have a counterpart inside it, each provision counted
// once per division; `matched`: the provisions with a counterpart inside
// some division.
std::map<int, int> CounterpartsPerDivision(const TaskIndex& tasks, const TaskIndex& others,
                                           const Counterparts& cp, int d, int* matched) {
  std::map<int, int> landed;
  *matched = 0;
  for (int i = d + 1; i < d + tasks[static_cast<size_t>(d)].subtree; ++i) {
    std::set<int> seen;
    for (int j : cp[static_cast<size_t>(i)]) {
      int b = EnclosingDivision(others, j);
      if (b >= 0) seen.insert(b);
    }
    if (!seen.empty()) ++*matched;
    for (int b : seen) ++landed[b];
  }
  return landed;
}

// Old article a's partner when a may be split by its provisions: a holds no
// division and is matched one to one (its only counterpart, no piece of any
// group) to a new task that is no merge whole; -1 otherwise.
int SplittablePartner(const AlignInput& input, const Matching& m, const Groups& g, int a) {
  const IndexedTask& t = input.Old(a);
  if (t.children.empty() || !SubtreeHoldsNoDivision(input.old_tasks, a)) return -1;
  int x = m.old_to_new[static_cast<size_t>(a)];
  if (x < 0) return -1;
  if (!g.merge_pieces[static_cast<size_t>(x)].empty() ||
      !g.split_pieces[static_cast<size_t>(a)].empty() ||
      g.cp_old[static_cast<size_t>(a)].size() != 1)
    return -1;
  return x;
}

// Whether new division b owes more of its matched provisions to old article
// a than to its own partner.
bool PieceOf(const AlignInput& input, const Matching& m, const Groups& g, int b, int a) {
  int partner = m.new_to_old[static_cast<size_t>(b)];
  if (partner < 0) return true;
  int matched = 0;
  std::map<int, int> sources =
      CounterpartsPerDivision(input.new_tasks, input.old_tasks, g.cp_new, b, &matched);
  return sources[a] > sources[partner];
}

// Rule 1: the new divisions a was scattered over (none when fewer than two).
std::vector<int> ScatteredPieces(const AlignInput& input, const Matching& m, const Groups& g, int a,
                                 const std::map<int, int>& landed) {
  std::vector<int> pieces;
  for (const auto& [b, count] : landed) {
    const IndexedTask& nb = input.New(b);
    if (nb.node->style != input.Old(a).node->style || !SubtreeHoldsNoDivision(input.new_tasks, b))
      continue;
    if (PieceOf(input, m, g, b, a)) pieces.push_back(b);
  }
  if (pieces.size() < 2) pieces.clear();
  return pieces;
}

// Rule 2: the clause of new article x holding every matched provision of
// old article a strictly inside it — a list, beside another clause of x;
// -1 when there is none.
int ClauseHoldingAll(const AlignInput& input, const Groups& g, int a, int x) {
  if (!input.New(x).division || input.New(x).children.size() < 2) return -1;
  int clause = -1;
  for (int d = a + 1; d < a + input.Old(a).subtree; ++d) {
    for (int n : g.cp_old[static_cast<size_t>(d)]) {
      int c = n;
      while (c >= 0 && input.New(c).parent != x) c = input.New(c).parent;
      if (c < 0 || c == n || (clause >= 0 && c != clause)) return -1;
      clause = c;
    }
  }
  if (clause < 0 || input.New(clause).division || input.New(clause).children.empty()) return -1;
  return clause;
}

// Provisions of old article a left without a counterpart, each split over
// provisions of the new tasks a was split into (`pieces`, its partner
// included), as the groups pass splits a task: each a leaf mostly contained
// in it (share ≥ split_piece_min, similarity ≥ piece_similarity_min; nearly
// whole, kNearlyWhole, when it has a partner of its own, which it keeps),
// found in two of those tasks at least.
void SplitProvisionsOverPieces(const AlignInput& input, const Matching& m, const Groups& g, int a,
                               const std::vector<int>& pieces,
                               std::vector<std::pair<int, int>>* splits) {
  const AlignOptions& opt = input.options;
  for (int p = a + 1; p < a + input.Old(a).subtree; ++p) {
    if (!g.cp_old[static_cast<size_t>(p)].empty() || !input.Old(p).children.empty()) continue;
    std::vector<int> found;
    int tasks_holding = 0;
    for (int b : pieces) {
      size_t before = found.size();
      for (int q = b + 1; q < b + input.New(b).subtree; ++q) {
        if (!input.New(q).children.empty()) continue;
        PairEvidence e = Evidence(input, p, q);
        double bar = m.new_to_old[static_cast<size_t>(q)] >= 0 ? kNearlyWhole : opt.split_piece_min;
        if (e.new_in_old >= bar && e.text_similarity >= opt.piece_similarity_min)
          found.push_back(q);
      }
      tasks_holding += found.size() > before ? 1 : 0;
    }
    if (tasks_holding < 2) continue;
    for (int q : found) splits->emplace_back(p, q);
  }
}

}  // namespace

void SplitArticlesByProvisions(const AlignInput& input, const Matching& m, Groups* groups) {
  if (input.cross_language) return;
  Groups& g = *groups;
  std::vector<std::pair<int, int>> splits;  // (old article, new piece)
  for (int a = 0; a < static_cast<int>(input.old_tasks.size()); ++a) {
    if (!input.Old(a).division) continue;
    int x = SplittablePartner(input, m, g, a);
    if (x < 0) continue;
    int matched = 0;
    std::map<int, int> landed =
        CounterpartsPerDivision(input.old_tasks, input.new_tasks, g.cp_old, a, &matched);
    if (matched < kMinProvisionsMatched) continue;
    if (landed.count(x)) {
      int clause = landed.size() == 1 ? ClauseHoldingAll(input, g, a, x) : -1;
      if (clause >= 0) splits.emplace_back(a, clause);
      continue;
    }
    std::vector<int> pieces = ScatteredPieces(input, m, g, a, landed);
    if (pieces.empty()) continue;
    for (int b : pieces) splits.emplace_back(a, b);
    pieces.push_back(x);
    SplitProvisionsOverPieces(input, m, g, a, pieces, &splits);
  }
  for (const auto& [a, b] : splits) {
    auto& pieces = g.split_pieces[static_cast<size_t>(a)];
    pieces.insert(std::upper_bound(pieces.begin(), pieces.end(), b), b);
    g.cp_old[static_cast<size_t>(a)].push_back(b);
    g.cp_new[static_cast<size_t>(b)].push_back(a);
  }
}

}  // namespace congvan::align_internal
