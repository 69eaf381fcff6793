// Lists one level off (see lists_one_level_off.h): one pass over the old
// lead-ins, then one over the new. For each lead-in L the pass looks only at
// the partners of L's items: an item paired one to one with a lead-in Q of
// the other side is the symptom, and only then are L's other items' partners
// checked against Q's subtree (preorder: an index range) and, for the item
// that held Q, the item at its place measured (one merge-join). A lookup per
// item, a measure per exchange.
#include "align/lists_one_level_off.h"

#include <algorithm>
#include <vector>

#include "align/feature_space.h"
#include "align/item_at_place.h"
#include "align/lead_in.h"
#include "align/merged_article_pairs.h"

namespace congvan::align_internal {
namespace {

class ListsOneLevelOff : public MergedArticleRepair {
 public:
  ListsOneLevelOff(const AlignInput& input, Matching* m, Groups* g)
      : MergedArticleRepair(input, m, g) {}

  void Run() {
    for (bool old_side : {true, false}) {
      const TaskIndex& tasks = old_side ? input_.old_tasks : input_.new_tasks;
      for (int l = 0; l < static_cast<int>(tasks.size()); ++l) {
        int c = ItemHoldingTheList(l, old_side);
        if (c >= 0) Repair(l, c, old_side);
      }
    }
  }

 private:
  // The pair (a of this side, b of the other) as (old, new).
  static int OldOf(int a, int b, bool old_side) { return old_side ? a : b; }
  static int NewOf(int a, int b, bool old_side) { return old_side ? b : a; }
  bool PlainPair(int a, int b, bool old_side) const {
    return Plain(OldOf(a, b, old_side), NewOf(a, b, old_side));
  }
  bool Free(int a, bool old_side) const { return old_side ? FreeOld(a) : FreeNew(a); }
  const std::vector<int>& PartnerOf(bool old_side) const {
    return old_side ? m_.old_to_new : m_.new_to_old;
  }

  // A provision introducing a list: no division, text ending in ':', items.
  static bool LeadIn(const TaskIndex& tasks, int i, size_t min_items) {
    const IndexedTask& t = tasks[static_cast<size_t>(i)];
    return !t.division && t.children.size() >= min_items && IntroducesList(*t.node);
  }

  // For lead-in l of this side (free, or one to one with a provision that
  // received none of its items): its item c that is
  // paired one to one with a lead-in Q of the other side inside a
  // counterpart of l's article, while most of l's other items went into Q's
  // list; else -1.
  int ItemHoldingTheList(int l, bool old_side) const {
    const TaskIndex& tasks = old_side ? input_.old_tasks : input_.new_tasks;
    const TaskIndex& other = old_side ? input_.new_tasks : input_.old_tasks;
    if (!LeadIn(tasks, l, 2)) return -1;
    int p = PartnerOf(old_side)[static_cast<size_t>(l)];
    if (p >= 0 ? !PlainPair(l, p, old_side) : !Free(l, old_side)) return -1;
    if (p >= 0 && PartnerHoldsAnItem(l, p, old_side)) return -1;
    for (int c : tasks[static_cast<size_t>(l)].children) {
      int q = PartnerOf(old_side)[static_cast<size_t>(c)];
      if (q < 0 || !PlainPair(c, q, old_side) || !LeadIn(other, q, 1)) continue;
      if (p >= 0 && Inside(other, q, p)) continue;
      if (!ArticlesCounterparts(l, q, old_side)) continue;
      if (ItemsFollowed(l, c, q, old_side)) return c;
    }
    return -1;
  }

  // Whether an item of lead-in l has a counterpart strictly inside p's
  // subtree: l's partner p is then a list that l's items went to (a list
  // split in two), not a place one level off.
  bool PartnerHoldsAnItem(int l, int p, bool old_side) const {
    const TaskIndex& tasks = old_side ? input_.old_tasks : input_.new_tasks;
    const TaskIndex& other = old_side ? input_.new_tasks : input_.old_tasks;
    const Counterparts& cp = old_side ? g_.cp_old : g_.cp_new;
    for (int s : tasks[static_cast<size_t>(l)].children) {
      for (int x : cp[static_cast<size_t>(s)]) {
        if (x != p && Inside(other, p, x)) return true;
      }
    }
    return false;
  }

  // Whether most of l's items other than c (more than half, one at least)
  // have a counterpart strictly inside q's subtree.
  bool ItemsFollowed(int l, int c, int q, bool old_side) const {
    const TaskIndex& tasks = old_side ? input_.old_tasks : input_.new_tasks;
    const TaskIndex& other = old_side ? input_.new_tasks : input_.old_tasks;
    const Counterparts& cp = old_side ? g_.cp_old : g_.cp_new;
    int items = 0;
    int followed = 0;
    for (int s : tasks[static_cast<size_t>(l)].children) {
      if (s == c) continue;
      ++items;
      const auto& parts = cp[static_cast<size_t>(s)];
      if (std::any_of(parts.begin(), parts.end(),
                      [&](int x) { return x != q && Inside(other, q, x); })) {
        ++followed;
      }
    }
    return followed > 0 && 2 * followed > items;
  }

  // Whether the articles around a (this side) and b (the other) are
  // counterparts.
  bool ArticlesCounterparts(int a, int b, bool old_side) const {
    const TaskIndex& tasks = old_side ? input_.old_tasks : input_.new_tasks;
    const TaskIndex& other = old_side ? input_.new_tasks : input_.old_tasks;
    int article = EnclosingDivision(tasks, a);
    int other_article = EnclosingDivision(other, b);
    if (article < 0 || other_article < 0) return false;
    const auto& cp = (old_side ? g_.cp_old : g_.cp_new)[static_cast<size_t>(article)];
    return std::find(cp.begin(), cp.end(), other_article) != cp.end();
  }

  // l takes the list q its item c held; c takes q's free item at its place
  // when like it.
  void Repair(int l, int c, bool old_side) {
    int q = PartnerOf(old_side)[static_cast<size_t>(c)];
    int p = PartnerOf(old_side)[static_cast<size_t>(l)];
    if (p >= 0) Unpair(OldOf(l, p, old_side), NewOf(l, p, old_side));
    Unpair(OldOf(c, q, old_side), NewOf(c, q, old_side));
    Pair(OldOf(l, q, old_side), NewOf(l, q, old_side));
    const TaskIndex& tasks = old_side ? input_.old_tasks : input_.new_tasks;
    const IndexedTask& item = tasks[static_cast<size_t>(c)];
    int z = item.has_ordinal
                ? ItemAtPlace(old_side ? input_.new_tasks : input_.old_tasks, q, item.ordinal)
                : -1;
    if (z < 0 || !Free(z, !old_side)) return;
    int o = OldOf(c, z, old_side);
    int n = NewOf(c, z, old_side);
    if (Cosine(input_.features.Old(o), input_.features.New(n)) < input_.options.reworded_min) {
      return;
    }
    Pair(o, n);
  }
};

}  // namespace

void PairListsOneLevelOff(const AlignInput& input, Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  ListsOneLevelOff(input, matching, groups).Run();
}

}  // namespace congvan::align_internal
