// Move detection (see moves.h): the longest increasing subsequence
// (text/longest_increasing.h), O(k log k) per parent.
#include "align/moves.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "text/longest_increasing.h"

namespace congvan::align_internal {

std::vector<MoveReason> FindMoves(const AlignInput& input, const Matching& m, const Groups& g) {
  const AlignOptions& opt = input.options;
  std::vector<MoveReason> moved(input.old_tasks.size(), MoveReason::kNone);
  std::unordered_map<int, std::vector<int>> by_new_parent;  // new parent → old tasks
  for (size_t o = 0; o < input.old_tasks.size(); ++o) {
    int n = m.old_to_new[o];
    if (n < 0 || !g.split_pieces[o].empty() || !g.merge_pieces[static_cast<size_t>(n)].empty())
      continue;
    int oi = static_cast<int>(o);
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
    std::vector<int> seq;
    for (int o : olds) seq.push_back(m.old_to_new[static_cast<size_t>(o)]);
    std::vector<bool> in(olds.size(), false);
    for (size_t k : text::LongestIncreasingSubsequence(seq)) in[k] = true;
    for (size_t k = 0; k < olds.size(); ++k) {
      if (!in[k]) moved[static_cast<size_t>(olds[k])] = MoveReason::kOrder;
    }
  }
  return moved;
}

}  // namespace congvan::align_internal
