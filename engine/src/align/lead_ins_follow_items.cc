// Lead-ins that follow their items (see lead_ins_follow_items.h): a pass over
// the old lead-ins, then one over the new. For a free lead-in L the
// counterparts of its items are tallied by their parent (each item once per
// parent); the parent with strictly the most, two at least, is the candidate
// Q, which must be free and a lead-in or an innermost division, and whose own
// children's counterparts must tally, the same way, to L. A pass's pairs are
// made after it, each Q taken once, and then the free items of the two lists
// at the same place, when alike: one lookup per item, one measure per free
// item of a list paired here.
#include "align/lead_ins_follow_items.h"

#include <map>
#include <set>
#include <utility>
#include <vector>

#include "align/feature_space.h"
#include "align/item_at_place.h"
#include "align/lead_in.h"
#include "align/merged_article_pairs.h"

namespace congvan::align_internal {
namespace {

constexpr int kMinItemsFollowed = 2;

class LeadInsFollowItems : public MergedArticleRepair {
 public:
  LeadInsFollowItems(const AlignInput& input, Matching* m, Groups* g)
      : MergedArticleRepair(input, m, g) {}

  void Run() {
    for (bool old_side : {true, false}) RunFrom(old_side);
  }

 private:
  void RunFrom(bool old_side) {
    const TaskIndex& tasks = old_side ? input_.old_tasks : input_.new_tasks;
    const TaskIndex& other = old_side ? input_.new_tasks : input_.old_tasks;
    const Counterparts& cp = old_side ? g_.cp_old : g_.cp_new;
    const Counterparts& other_cp = old_side ? g_.cp_new : g_.cp_old;
    std::vector<std::pair<int, int>> found;
    std::set<int> taken;
    for (int l = 0; l < static_cast<int>(tasks.size()); ++l) {
      if (!Free(l, old_side) || !LeadIn(tasks, l)) continue;
      int q = ParentMostItemsWentTo(tasks, l, cp, other);
      if (q < 0 || taken.count(q) || !Free(q, !old_side)) continue;
      if (!LeadIn(other, q) && !InnermostDivision(other, q)) continue;
      if (ParentMostItemsWentTo(other, q, other_cp, tasks) != l) continue;
      found.emplace_back(l, q);
      taken.insert(q);
    }
    for (auto [a, b] : found) {
      old_side ? Pair(a, b) : Pair(b, a);
      PairFreeItemsAtTheirPlaces(old_side ? a : b, old_side ? b : a);
    }
  }

  // The free leaves of old list o and new list n at the same place (the
  // ordinal, one item each), paired when alike (cosine >= reworded_min).
  void PairFreeItemsAtTheirPlaces(int o, int n) {
    for (int c : input_.old_tasks[static_cast<size_t>(o)].children) {
      if (!FreeLeaf(input_.old_tasks, c, true)) continue;
      const IndexedTask& item = input_.old_tasks[static_cast<size_t>(c)];
      int z = item.has_ordinal ? ItemAtPlace(input_.new_tasks, n, item.ordinal) : -1;
      if (z < 0 || !FreeLeaf(input_.new_tasks, z, false)) continue;
      if (Cosine(input_.features.Old(c), input_.features.New(z)) < input_.options.reworded_min)
        continue;
      Pair(c, z);
    }
  }

  bool FreeLeaf(const TaskIndex& tasks, int i, bool old_side) const {
    const IndexedTask& t = tasks[static_cast<size_t>(i)];
    return t.children.empty() && !t.division && Free(i, old_side);
  }

  bool Free(int a, bool old_side) const { return old_side ? FreeOld(a) : FreeNew(a); }

  // A provision introducing a list: no division, text ending in ':', two
  // items at least.
  static bool LeadIn(const TaskIndex& tasks, int i) {
    const IndexedTask& t = tasks[static_cast<size_t>(i)];
    return !t.division && t.children.size() >= 2 && IntroducesList(*t.node);
  }

  static bool InnermostDivision(const TaskIndex& tasks, int i) {
    return tasks[static_cast<size_t>(i)].division && SubtreeHoldsNoDivision(tasks, i);
  }

  // The task of the other side that is the parent of the counterparts of
  // strictly the most of l's children, two at least; -1 when none or a tie.
  static int ParentMostItemsWentTo(const TaskIndex& tasks, int l, const Counterparts& cp,
                                   const TaskIndex& other) {
    std::map<int, int> tally;
    for (int item : tasks[static_cast<size_t>(l)].children) {
      std::set<int> parents;
      for (int x : cp[static_cast<size_t>(item)])
        parents.insert(other[static_cast<size_t>(x)].parent);
      for (int p : parents) {
        if (p >= 0) ++tally[p];
      }
    }
    int best = -1, best_count = 0, runner_up = 0;
    for (auto [p, count] : tally) {
      if (count > best_count) {
        runner_up = best_count;
        best = p;
        best_count = count;
      } else if (count > runner_up) {
        runner_up = count;
      }
    }
    return best_count >= kMinItemsFollowed && best_count > runner_up ? best : -1;
  }
};

}  // namespace

void PairLeadInsWithTheirItems(const AlignInput& input, Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  LeadInsFollowItems(input, matching, groups).Run();
}

}  // namespace congvan::align_internal
