// Merged article clauses (see merged_article_clauses.h): per new article that
// is the whole of a merge of old articles, each old article paired with the
// clause it became, the pairs crossing those clauses undone, and each
// article's free provisions paired inside its clause, best first by text.
#include "align/merged_article_clauses.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "align/lead_in.h"
#include "align/merged_article_pairs.h"

namespace congvan::align_internal {
namespace {

// Whether old article a lists numbered provisions.
bool HoldsList(const AlignInput& input, int a) {
  const auto& kids = input.Old(a).children;
  return std::any_of(kids.begin(), kids.end(), [&](int k) { return input.Old(k).has_ordinal; });
}

// The lead-in of old article a: an unnumbered first paragraph introducing its
// list ("Người yêu cầu đăng ký nộp 01 bộ hồ sơ … sau đây:"); -1 when none.
int LeadIn(const AlignInput& input, int a) {
  const auto& kids = input.Old(a).children;
  if (kids.empty() || input.Old(kids[0]).has_ordinal || !HoldsList(input, a)) return -1;
  return IntroducesList(*input.Old(kids[0]).node) ? kids[0] : -1;
}

// How alike old article a is to new clause c: by its heading, or by its
// lead-in (an unnumbered first paragraph), whichever is likelier.
double ArticleToClause(const AlignInput& input, int a, int c) {
  double s = Evidence(input, a, c).text_similarity;
  const auto& kids = input.Old(a).children;
  if (!kids.empty() && !input.Old(kids[0]).has_ordinal) {
    s = std::max(s, Evidence(input, kids[0], c).text_similarity);
  }
  return s;
}

// The clause of new article b that holds every provision of old article a
// matched inside b (one at least); -1 when none does, or they are in several.
int ClauseHoldingProvisions(const AlignInput& input, const Matching& m, int a, int b) {
  int clause = -1;
  for (int o = a + 1; o < a + input.Old(a).subtree; ++o) {
    int n = m.old_to_new[static_cast<size_t>(o)];
    if (n <= b || !Inside(input.new_tasks, b, n)) continue;
    while (input.New(n).parent != b) n = input.New(n).parent;
    if (clause >= 0 && clause != n) return -1;
    clause = n;
  }
  return clause;
}

// (old article, new clause) pairs, best first, one each: the clause holds
// the article's provisions matched inside b, and introduces a list like
// the article's heading or lead-in.
std::vector<std::pair<int, int>> ClausesOfArticles(const AlignInput& input, const Matching& m,
                                                   int b, const std::vector<int>& articles) {
  std::vector<std::tuple<double, int, int>> offers;
  for (int a : articles) {
    if (!HoldsList(input, a)) continue;
    int c = ClauseHoldingProvisions(input, m, a, b);
    if (c < 0 || input.New(c).node->division || input.New(c).children.empty()) continue;
    double s = ArticleToClause(input, a, c);
    if (s >= input.options.reworded_min) offers.emplace_back(s, a, c);
  }
  std::sort(offers.begin(), offers.end(),
            [](const auto& x, const auto& y) { return std::get<0>(x) > std::get<0>(y); });
  std::vector<std::pair<int, int>> out;
  for (auto [s, a, c] : offers) {
    bool taken = std::any_of(out.begin(), out.end(),
                             [&](const auto& p) { return p.first == a || p.second == c; });
    if (!taken) out.emplace_back(a, c);
  }
  return out;
}

class ClauseRepair : public MergedArticleRepair {
 public:
  ClauseRepair(const AlignInput& input, Matching* m, Groups* g)
      : MergedArticleRepair(input, m, g) {}

  // Undoes the pairs crossing the clauses the articles of b became, and any
  // other pair of an article's lead-in or of its clause: the lead-in is
  // what the clause says now.
  void UndoCrossings(int b, const std::vector<std::pair<int, int>>& placed) {
    for (auto [a, c] : placed) {
      if (int lead = LeadIn(input_, a); lead >= 0 && IntroducesList(*input_.New(c).node)) {
        int n = m_.old_to_new[static_cast<size_t>(lead)];
        if (n >= 0 && n != c && Plain(lead, n)) Unpair(lead, n);
        int o = m_.new_to_old[static_cast<size_t>(c)];
        if (o >= 0 && o != lead && Plain(o, c)) Unpair(o, c);
      }
      for (int o = a + 1; o < a + input_.Old(a).subtree; ++o) {
        int n = m_.old_to_new[static_cast<size_t>(o)];
        if (n >= 0 && Plain(o, n) && Inside(input_.new_tasks, b, n) &&
            !Inside(input_.new_tasks, c, n)) {
          Unpair(o, n);
        }
      }
      for (int n = c; n < c + input_.New(c).subtree; ++n) {
        int o = m_.new_to_old[static_cast<size_t>(n)];
        if (o < 0 || !Plain(o, n)) continue;
        bool other = std::any_of(placed.begin(), placed.end(), [&](const auto& p) {
          return p.first != a && o != p.first && Inside(input_.old_tasks, p.first, o);
        });
        if (other) Unpair(o, n);
      }
    }
  }

  // Pairs the free provisions of article a with the free tasks of clause c
  // (c included), best first by text similarity.
  void PairInside(int a, int c) {
    int lead = LeadIn(input_, a);
    if (lead >= 0 && IntroducesList(*input_.New(c).node) && FreeOld(lead) && FreeNew(c)) {
      Pair(lead, c);
    }
    std::vector<std::tuple<double, int, int>> offers;
    for (int o = a + 1; o < a + input_.Old(a).subtree; ++o) {
      if (!FreeOld(o)) continue;
      for (int n = c; n < c + input_.New(c).subtree; ++n) {
        if (!FreeNew(n)) continue;
        double s = Evidence(input_, o, n).text_similarity;
        if (s >= input_.options.reworded_min) offers.emplace_back(s, o, n);
      }
    }
    std::sort(offers.begin(), offers.end(),
              [](const auto& x, const auto& y) { return std::get<0>(x) > std::get<0>(y); });
    for (auto [s, o, n] : offers) {
      if (FreeOld(o) && FreeNew(n)) Pair(o, n);
    }
  }
};

}  // namespace

void MatchMergedArticleClauses(const AlignInput& input, Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  ClauseRepair repair(input, matching, groups);
  for (size_t b = 0; b < input.new_tasks.size(); ++b) {
    if (groups->merge_pieces[b].empty() || !input.new_tasks[b].node->division) continue;
    int bi = static_cast<int>(b);
    std::vector<int> articles = MergedArticles(input, *matching, *groups, bi);
    if (articles.empty()) continue;
    std::vector<std::pair<int, int>> placed = ClausesOfArticles(input, *matching, bi, articles);
    repair.UndoCrossings(bi, placed);
    for (auto [a, c] : placed) repair.PairInside(a, c);
  }
}

}  // namespace congvan::align_internal
