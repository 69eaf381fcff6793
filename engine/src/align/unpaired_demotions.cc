// Unpaired demotions (see unpaired_demotions.h). One walk over each unpaired
// old article's subtree collects the clauses its provisions' counterparts
// sit in; the decisions are taken on the groups as they came in and applied
// after, so the order of the articles decides nothing.
#include "align/unpaired_demotions.h"

#include <utility>

namespace congvan::align_internal {
namespace {

// Fewer matched provisions than this say too little: one provision moved
// into a clause of another article is a move, not a demotion.
constexpr int kMinProvisionsMatched = 2;

// The provision directly under a division that holds task i (itself when it
// is one); -1 for a division or a task outside any division.
int ClauseOf(const TaskIndex& tasks, int i) {
  if (tasks[static_cast<size_t>(i)].division) return -1;
  int x = i;
  while (true) {
    int p = tasks[static_cast<size_t>(x)].parent;
    if (p < 0) return -1;
    if (tasks[static_cast<size_t>(p)].division) return x;
    x = p;
  }
}

// The one new clause holding every counterpart of old article a's
// provisions, when at least kMinProvisionsMatched and more than half of them
// have one; -1 otherwise.
int ClauseHoldingAll(const AlignInput& input, const Groups& g, int a) {
  int clause = -1, matched = 0;
  for (int d = a + 1; d < a + input.Old(a).subtree; ++d) {
    const std::vector<int>& cp = g.cp_old[static_cast<size_t>(d)];
    if (!cp.empty()) ++matched;
    for (int n : cp) {
      int c = ClauseOf(input.new_tasks, n);
      if (c < 0 || (clause >= 0 && c != clause)) return -1;
      clause = c;
    }
  }
  // Most of the article went there: two provisions matched out of eleven
  // (Thông tư 17/2022 Điều 36 against an unrelated law) is two provisions
  // that met a formula, not an article that moved.
  int provisions = input.Old(a).subtree - 1;
  if (matched < kMinProvisionsMatched || 2 * matched <= provisions) return -1;
  return clause;
}

// True when new article b's heading generalises old article a's: its words
// are mostly a's (share ≥ merge_piece_min, similarity ≥ piece_similarity_min),
// as "Thủ tục hải quan đối với phương tiện vận tải" generalises "Khai báo và
// kiểm tra đối với phương tiện vận tải xuất cảnh, nhập cảnh, quá cảnh".
bool HeadingGeneralises(const AlignInput& input, int a, int b) {
  PairEvidence e = Evidence(input, a, b);
  return e.new_in_old >= input.options.merge_piece_min &&
         e.text_similarity >= input.options.piece_similarity_min;
}

}  // namespace

void DemoteUnpairedArticles(const AlignInput& input, Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  Matching& m = *matching;
  Groups& g = *groups;
  std::vector<std::pair<int, int>> demotions;  // (old article, new clause or article)
  for (int a = 0; a < static_cast<int>(input.old_tasks.size()); ++a) {
    const IndexedTask& t = input.Old(a);
    if (!t.division || t.children.empty() || !SubtreeHoldsNoDivision(input.old_tasks, a)) continue;
    if (!g.cp_old[static_cast<size_t>(a)].empty()) continue;
    int c = ClauseHoldingAll(input, g, a);
    if (c < 0) continue;
    int b = input.New(c).parent;
    if (input.New(b).node->style != t.node->style) continue;
    demotions.emplace_back(a, HeadingGeneralises(input, a, b) ? b : c);
  }
  for (const auto& [a, target] : demotions) {
    if (g.cp_new[static_cast<size_t>(target)].empty()) {
      m.old_to_new[static_cast<size_t>(a)] = target;
      m.new_to_old[static_cast<size_t>(target)] = a;
    } else {
      g.merge_pieces[static_cast<size_t>(target)].push_back(a);
    }
    g.cp_old[static_cast<size_t>(a)].push_back(target);
    g.cp_new[static_cast<size_t>(target)].push_back(a);
  }
}

}  // namespace congvan::align_internal
