// List item places (see list_item_places.h): one pass over the old items,
// then one over the new. For each numbered leaf whose lead-in has a one-to-one
// partner, the partner's children are searched for the item of the same
// ordinal; only when the leaf's own partner lies outside that list and the
// item at its place is free is the text measured (two merge-joins), so the
// pass costs a lookup per item and a measure per candidate exchange.
#include "align/list_item_places.h"

#include <algorithm>
#include <vector>

#include "align/feature_space.h"
#include "align/item_at_place.h"
#include "align/merged_article_pairs.h"

namespace congvan::align_internal {
namespace {

class ListItemPlaces : public MergedArticleRepair {
 public:
  ListItemPlaces(const AlignInput& input, Matching* m, Groups* g)
      : MergedArticleRepair(input, m, g) {}

  void Run() {
    for (int o = 0; o < static_cast<int>(input_.old_tasks.size()); ++o) {
      int q = LeadInPartner(input_.old_tasks, o, m_.old_to_new, /*old_side=*/true);
      if (q < 0) continue;
      int n = m_.old_to_new[static_cast<size_t>(o)];
      int z = ItemAtPlace(input_.new_tasks, q, input_.Old(o).ordinal);
      if (z < 0 || z == n || !FreeNew(z) || !PlaceLess(input_.new_tasks, n, false)) continue;
      if (Cosine(input_.features.Old(o), input_.features.New(z)) < input_.options.reworded_min) {
        continue;
      }
      Unpair(o, n);
      Pair(o, z);
    }
    for (int n = 0; n < static_cast<int>(input_.new_tasks.size()); ++n) {
      int p = LeadInPartner(input_.new_tasks, n, m_.new_to_old, /*old_side=*/false);
      if (p < 0) continue;
      int o = m_.new_to_old[static_cast<size_t>(n)];
      int w = ItemAtPlace(input_.old_tasks, p, input_.New(n).ordinal);
      if (w < 0 || w == o || !FreeOld(w) || !PlaceLess(input_.old_tasks, o, true)) continue;
      if (Cosine(input_.features.Old(w), input_.features.New(n)) < input_.options.reworded_min) {
        continue;
      }
      Unpair(o, n);
      Pair(w, n);
    }
  }

 private:
  // For item i of `tasks` (a numbered leaf, paired one to one, under a
  // provision that is no division): its lead-in's one-to-one partner when
  // that is no division either; else -1.
  int LeadInPartner(const TaskIndex& tasks, int i, const std::vector<int>& partner_of,
                    bool old_side) const {
    const IndexedTask& t = tasks[static_cast<size_t>(i)];
    if (t.division || !t.has_ordinal || !t.children.empty() || t.parent < 0) return -1;
    int partner = partner_of[static_cast<size_t>(i)];
    if (partner < 0 || !(old_side ? Plain(i, partner) : Plain(partner, i))) return -1;
    const IndexedTask& lead_in = tasks[static_cast<size_t>(t.parent)];
    if (lead_in.division) return -1;
    int q = partner_of[static_cast<size_t>(t.parent)];
    if (q < 0 || !(old_side ? Plain(t.parent, q) : Plain(q, t.parent))) return -1;
    const TaskIndex& other = old_side ? input_.new_tasks : input_.old_tasks;
    if (other[static_cast<size_t>(q)].division) return -1;
    if (!ArticlesCounterparts(tasks, t.parent, other, q, old_side)) return -1;
    return SiblingsFollowed(tasks, i, partner_of, other, q) ? q : -1;
  }

  // Whether most of item i's siblings (more than half, one at least) are
  // paired with items of list q: the list went there as a whole, so the
  // lead-ins' pair is the list's own, not a formula they share.
  static bool SiblingsFollowed(const TaskIndex& tasks, int i, const std::vector<int>& partner_of,
                               const TaskIndex& other, int q) {
    int siblings = 0;
    int followed = 0;
    for (int s : tasks[static_cast<size_t>(tasks[static_cast<size_t>(i)].parent)].children) {
      if (s == i) continue;
      ++siblings;
      int partner = partner_of[static_cast<size_t>(s)];
      if (partner >= 0 && other[static_cast<size_t>(partner)].parent == q) ++followed;
    }
    return followed > 0 && 2 * followed > siblings;
  }

  // Whether the articles around lead-in a (of `tasks`) and its partner b (of
  // `other`) are counterparts: the lead-ins' pair is one of two
  // corresponding articles, not a formula met in another article.
  bool ArticlesCounterparts(const TaskIndex& tasks, int a, const TaskIndex& other, int b,
                            bool old_side) const {
    int article = EnclosingDivision(tasks, a);
    int other_article = EnclosingDivision(other, b);
    if (article < 0 || other_article < 0) return false;
    const auto& cp = (old_side ? g_.cp_old : g_.cp_new)[static_cast<size_t>(article)];
    return std::find(cp.begin(), cp.end(), other_article) != cp.end();
  }

  // Whether task i of `tasks` stands where its place says nothing: under a
  // provision (no division) that has no counterpart at all.
  bool PlaceLess(const TaskIndex& tasks, int i, bool old_side) const {
    int parent = tasks[static_cast<size_t>(i)].parent;
    if (parent < 0 || tasks[static_cast<size_t>(parent)].division) return false;
    return old_side ? FreeOld(parent) : FreeNew(parent);
  }
};

}  // namespace

void PairListItemsAtTheirPlaces(const AlignInput& input, Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  ListItemPlaces(input, matching, groups).Run();
}

}  // namespace congvan::align_internal
