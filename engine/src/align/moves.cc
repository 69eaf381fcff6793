// Move detection (see moves.h): the longest increasing subsequence
// (text/longest_increasing.h), O(k log k) per parent.
#include "align/moves.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "text/longest_increasing.h"

namespace congvan::align_internal {

namespace {

// Per old task of `olds` (sorted): whether its partner lies on the longest
// increasing subsequence of partners, among the tasks not `skipped`.
std::vector<bool> InOrder(const Matching& m, const std::vector<int>& olds,
                          const std::vector<bool>* skipped) {
  std::vector<size_t> at;
  std::vector<int> seq;
  for (size_t k = 0; k < olds.size(); ++k) {
    if (skipped && (*skipped)[static_cast<size_t>(olds[k])]) continue;
    at.push_back(k);
    seq.push_back(m.old_to_new[static_cast<size_t>(olds[k])]);
  }
  std::vector<bool> in(olds.size(), false);
  for (size_t i : text::LongestIncreasingSubsequence(seq)) in[at[i]] = true;
  return in;
}

// A numbered task reordered under counterpart parents whose number changed:
// the new number already says where it stands ("khoản 1 → khoản 3"), which is
// how a legal officer reads a reordering inside one article; it is renumbered
// (Change::renumbered), not moved.
bool RenumberingSaysTheOrder(const AlignInput& input, const Matching& m, const Groups& g, int o) {
  int n = m.old_to_new[static_cast<size_t>(o)];
  const IndexedTask& a = input.Old(o);
  const IndexedTask& b = input.New(n);
  return a.has_ordinal && b.has_ordinal && a.ordinal != b.ordinal &&
         ParentsConsistent(input.old_tasks, input.new_tasks, o, n, g.cp_old);
}

}  // namespace

std::vector<MoveReason> FindMoves(const AlignInput& input, const Matching& m, const Groups& g) {
  const AlignOptions& opt = input.options;
  std::vector<MoveReason> moved(input.old_tasks.size(), MoveReason::kNone);
  std::unordered_map<int, std::vector<int>> by_new_parent;  // new parent → old tasks
  std::vector<bool> grouped(input.old_tasks.size(), false);
  for (size_t o = 0; o < input.old_tasks.size(); ++o) {
    int n = m.old_to_new[o];
    if (n < 0) continue;
    int oi = static_cast<int>(o);
    // A pair inside a split or merge is never moved itself, but it keeps its
    // place in the order of its parent's pairs: without it a neighbour that
    // only kept its order relative to it would read as moved.
    if (!g.split_pieces[o].empty() || !g.merge_pieces[static_cast<size_t>(n)].empty()) {
      grouped[o] = true;
      by_new_parent[input.New(n).parent].push_back(oi);
      continue;
    }
    Placement pl = Place(input.old_tasks, input.new_tasks, oi, n, g.cp_old, g.cp_new);
    bool placed_elsewhere = (pl.old_anchor || pl.new_anchor) && !pl.consistent;
    if (opt.moves_by_parent && placed_elsewhere &&
        !ParentsConsistent(input.old_tasks, input.new_tasks, oi, n, g.cp_old)) {
      moved[o] = MoveReason::kParent;
    } else {
      by_new_parent[input.New(n).parent].push_back(oi);
    }
  }
  if (!opt.moves_by_order) return moved;
  for (auto& [parent, olds] : by_new_parent) {
    std::sort(olds.begin(), olds.end());
    // In order when it keeps its order among the other ungrouped pairs, or
    // among all of them, grouped included: a piece of a merge is an anchor
    // that may explain a neighbour's place, never one that unseats it.
    std::vector<bool> in_all = InOrder(m, olds, nullptr);
    std::vector<bool> in_ungrouped = InOrder(m, olds, &grouped);
    for (size_t k = 0; k < olds.size(); ++k) {
      size_t o = static_cast<size_t>(olds[k]);
      if (grouped[o] || in_all[k] || in_ungrouped[k]) continue;
      if (!RenumberingSaysTheOrder(input, m, g, olds[k])) moved[o] = MoveReason::kOrder;
    }
  }
  return moved;
}

}  // namespace congvan::align_internal
