// Neighbour merges (see neighbour_merges.h): one pass over the old tasks;
// for each free leaf provision, its two neighbours in its parent's list are
// read, and the new partner of each is measured against it (at most four
// merge-joins per free provision: the partner, and the neighbour itself for
// the words the two old siblings share). The better holder wins; the merge
// is written into the groups as file_lead_ins.cc writes its joins.
#include "align/neighbour_merges.h"

#include <algorithm>
#include <vector>

#include "align/feature_space.h"
#include "align/merged_article_pairs.h"

namespace congvan::align_internal {
namespace {

class NeighbourMerge : public MergedArticleRepair {
 public:
  NeighbourMerge(const AlignInput& input, Matching* m, Groups* g)
      : MergedArticleRepair(input, m, g) {}

  void Run() {
    for (int o = 0; o < static_cast<int>(input_.old_tasks.size()); ++o) {
      const IndexedTask& t = input_.Old(o);
      if (t.division || t.parent < 0 || !t.children.empty() || !FreeOld(o)) continue;
      int article = EnclosingDivision(input_.old_tasks, o);
      if (article < 0) continue;
      int whole = NeighbourHolding(o, article);
      if (whole < 0) continue;
      g_.merge_pieces[static_cast<size_t>(whole)].push_back(o);
      g_.cp_old[static_cast<size_t>(o)].push_back(whole);
      g_.cp_new[static_cast<size_t>(whole)].push_back(o);
    }
  }

 private:
  // Of the partners of o's two neighbours, the one holding most of o past
  // the bars, and more of it than the neighbour itself holds (words of o's
  // own, not only the formula two items of one list share); -1 if none.
  int NeighbourHolding(int o, int article) const {
    const SparseVector& piece = input_.features.Old(o);
    const std::vector<int>& siblings = input_.Old(input_.Old(o).parent).children;
    auto at = std::find(siblings.begin(), siblings.end(), o) - siblings.begin();
    int best = -1;
    double held = 0;
    for (auto k : {at - 1, at + 1}) {
      if (k < 0 || k >= static_cast<long>(siblings.size())) continue;
      int s = siblings[static_cast<size_t>(k)];
      int n = NeighbourPartner(s, article);
      if (n < 0) continue;
      Overlap ov = Measure(piece, input_.features.New(n));
      if (ov.a_in_b < input_.options.merge_piece_min ||
          ov.cosine < input_.options.piece_similarity_min || ov.a_in_b <= held ||
          ov.a_in_b <= Measure(piece, input_.features.Old(s)).a_in_b) {
        continue;
      }
      best = n;
      held = ov.a_in_b;
    }
    return best;
  }

  // The new provision sibling s is paired one to one with, when it stands
  // inside a counterpart of the old article; else -1.
  int NeighbourPartner(int s, int article) const {
    int n = m_.old_to_new[static_cast<size_t>(s)];
    if (n < 0 || input_.Old(s).division || input_.New(n).division || !Plain(s, n)) return -1;
    int new_article = EnclosingDivision(input_.new_tasks, n);
    const auto& cp = g_.cp_old[static_cast<size_t>(article)];
    return std::find(cp.begin(), cp.end(), new_article) != cp.end() ? n : -1;
  }
};

}  // namespace

void MergeFreeProvisionsIntoNeighbourPartners(const AlignInput& input, Matching* matching,
                                              Groups* groups) {
  if (input.cross_language) return;
  NeighbourMerge(input, matching, groups).Run();
}

}  // namespace congvan::align_internal
