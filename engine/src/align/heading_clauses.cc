// Heading clauses (see heading_clauses.h): per new article that is the whole
// of a merge, the pieces none of whose provisions landed inside it are
// paired, mutually likeliest first, with the free clauses their headings
// contain; then each such piece's provisions are paired inside its clause.
#include "align/heading_clauses.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "align/lead_in.h"
#include "align/merged_article_pairs.h"

namespace congvan::align_internal {
namespace {

class HeadingRepair : public MergedArticleRepair {
 public:
  HeadingRepair(const AlignInput& input, Matching* m, Groups* g)
      : MergedArticleRepair(input, m, g) {}

  void Run(int b) {
    std::vector<int> articles = MergedArticles(input_, m_, g_, b);
    if (articles.empty()) return;
    for (auto [a, c] : Placements(b, articles)) {
      int lead = LeadIn(a);
      if (lead < 0 || !FreeNew(c)) continue;
      Pair(lead, c);
      UndoCrossings(a, c, articles);
      PairInside(a, c);
    }
  }

 private:
  // The unnumbered first paragraph of old article a introducing its
  // numbered provisions, when it is free; else -1.
  int LeadIn(int a) const {
    const auto& kids = input_.Old(a).children;
    if (kids.size() < 2 || input_.Old(kids[0]).has_ordinal) return -1;
    bool list =
        std::any_of(kids.begin() + 1, kids.end(), [&](int k) { return input_.Old(k).has_ordinal; });
    if (!list || !IntroducesList(*input_.Old(kids[0]).node) || !FreeOld(kids[0])) return -1;
    return kids[0];
  }

  // The pieces A and clauses C of b that are each other's likeliest by the
  // cosine of A's heading and C's text (containment breaking a tie), C's
  // words contained in the heading at least as much as reworded_min.
  std::vector<std::pair<int, int>> Placements(int b, const std::vector<int>& articles) const {
    std::vector<int> pieces;
    for (int a : articles) {
      if (LeadIn(a) >= 0) pieces.push_back(a);
    }
    std::vector<int> clauses;
    for (int c : input_.New(b).children) {
      const IndexedTask& t = input_.New(c);
      if (!t.node->division && !t.children.empty() && IntroducesList(*t.node) && FreeNew(c)) {
        clauses.push_back(c);
      }
    }
    using Score = std::pair<double, double>;
    auto score = [&](int a, int c) {
      PairEvidence e = Evidence(input_, a, c);
      return Score{e.text_similarity, e.new_in_old};
    };
    std::vector<std::pair<int, int>> out;
    for (int a : pieces) {
      int best = -1;
      Score best_score{0, 0};
      for (int c : clauses) {
        Score s = score(a, c);
        if (s > best_score) {
          best_score = s;
          best = c;
        }
      }
      if (best < 0 || best_score.second < input_.options.reworded_min) continue;
      bool mutual = std::none_of(pieces.begin(), pieces.end(), [&](int other) {
        return other != a && score(other, best) > best_score;
      });
      bool taken =
          std::any_of(out.begin(), out.end(), [&](const auto& p) { return p.second == best; });
      if (mutual && !taken) out.emplace_back(a, best);
    }
    return out;
  }

  // Undoes the one-to-one pairs that cross the clause piece a became: a
  // provision of a paired inside the merge but outside clause c, and a task
  // inside c paired with a provision of another piece of the merge.
  void UndoCrossings(int a, int c, const std::vector<int>& articles) {
    for (int o = a + 1; o < a + input_.Old(a).subtree; ++o) {
      int n = m_.old_to_new[static_cast<size_t>(o)];
      if (n >= 0 && Plain(o, n) && Inside(input_.new_tasks, input_.New(c).parent, n) &&
          !Inside(input_.new_tasks, c, n)) {
        Unpair(o, n);
      }
    }
    for (int n = c + 1; n < c + input_.New(c).subtree; ++n) {
      int o = m_.new_to_old[static_cast<size_t>(n)];
      if (o < 0 || !Plain(o, n) || Inside(input_.old_tasks, a, o)) continue;
      bool other = std::any_of(articles.begin(), articles.end(),
                               [&](int p) { return Inside(input_.old_tasks, p, o); });
      if (other) Unpair(o, n);
    }
  }

  // Pairs the free provisions of article a with the free tasks inside
  // clause c, those at the same place in their lists first (a list demoted
  // whole keeps its order: "2." is "b)"), each best first by text.
  void PairInside(int a, int c) {
    std::vector<std::tuple<bool, double, int, int>> offers;
    for (int o = a + 1; o < a + input_.Old(a).subtree; ++o) {
      if (!FreeOld(o)) continue;
      for (int n = c + 1; n < c + input_.New(c).subtree; ++n) {
        if (!FreeNew(n)) continue;
        PairEvidence e = Evidence(input_, o, n);
        if (e.text_similarity >= input_.options.reworded_min) {
          offers.emplace_back(e.same_ordinal, e.text_similarity, o, n);
        }
      }
    }
    std::sort(offers.begin(), offers.end(), [](const auto& x, const auto& y) {
      return std::tie(std::get<0>(x), std::get<1>(x)) > std::tie(std::get<0>(y), std::get<1>(y));
    });
    for (auto [place, s, o, n] : offers) {
      if (FreeOld(o) && FreeNew(n)) Pair(o, n);
    }
  }
};

}  // namespace

void MatchHeadingClauses(const AlignInput& input, Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  HeadingRepair repair(input, matching, groups);
  for (size_t b = 0; b < input.new_tasks.size(); ++b) {
    if (groups->merge_pieces[b].empty() || !input.new_tasks[b].node->division) continue;
    repair.Run(static_cast<int>(b));
  }
}

}  // namespace congvan::align_internal
