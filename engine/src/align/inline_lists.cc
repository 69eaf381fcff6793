// Inline lists (see inline_lists.h). One pass over the old tasks with
// children; each reads its children's counterparts. The decisions are taken
// on the groups as they came in and applied after.
#include "align/inline_lists.h"

#include <algorithm>
#include <utility>

namespace congvan::align_internal {
namespace {

// The one new leaf that every item (numbered child) of l with a counterpart went into (each
// of them into it alone), when two items at least and more than half of
// them did; -1 otherwise.
int LeafHoldingTheItems(const AlignInput& input, const Groups& g, int l) {
  const std::vector<int>& items = input.Old(l).children;
  int leaf = -1, went = 0;
  for (int i : items) {
    // A paragraph is no item; an amending instruction's content is the text
    // it quotes, not its own words.
    if (!input.Old(i).has_ordinal || input.Old(i).node->target()) return -1;
    const std::vector<int>& cp = g.cp_old[static_cast<size_t>(i)];
    if (cp.empty()) continue;
    if (cp.size() != 1 || (leaf >= 0 && cp[0] != leaf)) return -1;
    leaf = cp[0];
    ++went;
  }
  if (went < 2 || 2 * went <= static_cast<int>(items.size())) return -1;
  if (!input.New(leaf).children.empty()) return -1;
  return leaf;
}

}  // namespace

void JoinLeadInsToInlineLists(const AlignInput& input, Groups* groups) {
  if (input.cross_language) return;
  Groups& g = *groups;
  std::vector<std::pair<int, int>> joins;  // (old lead-in, new leaf)
  for (int l = 0; l < static_cast<int>(input.old_tasks.size()); ++l) {
    const IndexedTask& t = input.Old(l);
    if (t.division || t.children.size() < 2) continue;
    int n = LeafHoldingTheItems(input, g, l);
    if (n < 0) continue;
    bool inside = false;
    for (int x : g.cp_old[static_cast<size_t>(l)]) {
      inside = inside || x == n || IsAncestor(input.new_tasks, x, n);
    }
    if (inside) continue;
    // The sentence repeats what the lead-in said (old Điều 4 khoản 2 of
    // Đất đai 2003, "… giao đất ở … trong các trường hợp sau đây:", shares
    // 0.16 of its weight with the clause its points were merged into).
    if (Evidence(input, l, n).old_in_new < input.options.split_piece_min) continue;
    joins.emplace_back(l, n);
  }
  for (const auto& [l, n] : joins) {
    if (g.cp_old[static_cast<size_t>(l)].empty()) {
      g.merge_pieces[static_cast<size_t>(n)].push_back(l);
    } else {
      auto& pieces = g.split_pieces[static_cast<size_t>(l)];
      pieces.insert(std::upper_bound(pieces.begin(), pieces.end(), n), n);
    }
    g.cp_old[static_cast<size_t>(l)].push_back(n);
    g.cp_new[static_cast<size_t>(n)].push_back(l);
  }
}

}  // namespace congvan::align_internal
