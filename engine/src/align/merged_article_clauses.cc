// Merged article clauses (see merged_article_clauses.h): per new article that
// is the whole of a merge of old articles, each old article paired with the
// clause it became, the pairs crossing those clauses undone, and each
// article's free provisions paired inside its clause, best first by text.
#include "align/merged_article_clauses.h"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <utility>

namespace congvan::align_internal {
namespace {

bool Inside(const TaskIndex& tasks, int root, int i) {
  return i >= root && i < root + tasks[static_cast<size_t>(root)].subtree;
}

// Tasks in a split or merge, on either side: this stage leaves them alone.
struct GroupedTasks {
  std::vector<bool> old_side;
  std::vector<bool> new_side;
};

GroupedTasks Grouped(const AlignInput& input, const Matching& m, const Groups& g) {
  GroupedTasks out{std::vector<bool>(input.old_tasks.size(), false),
                   std::vector<bool>(input.new_tasks.size(), false)};
  for (size_t o = 0; o < g.split_pieces.size(); ++o) {
    if (g.split_pieces[o].empty()) continue;
    out.old_side[o] = true;
    for (int n : g.split_pieces[o]) out.new_side[static_cast<size_t>(n)] = true;
    if (int n = m.old_to_new[o]; n >= 0) out.new_side[static_cast<size_t>(n)] = true;
  }
  for (size_t n = 0; n < g.merge_pieces.size(); ++n) {
    if (g.merge_pieces[n].empty()) continue;
    out.new_side[n] = true;
    for (int o : g.merge_pieces[n]) out.old_side[static_cast<size_t>(o)] = true;
    if (int o = m.new_to_old[n]; o >= 0) out.old_side[static_cast<size_t>(o)] = true;
  }
  return out;
}

// The old articles merged into new article b (its partner and its pieces),
// when they are two at least and none holds another division; else empty.
std::vector<int> MergedArticles(const AlignInput& input, const Matching& m, const Groups& g,
                                int b) {
  std::vector<int> out = g.merge_pieces[static_cast<size_t>(b)];
  if (int p = m.new_to_old[static_cast<size_t>(b)]; p >= 0) out.push_back(p);
  for (int a : out) {
    if (!input.Old(a).node->division) return {};
    for (int i = a + 1; i < a + input.Old(a).subtree; ++i) {
      if (input.Old(i).node->division) return {};
    }
  }
  std::sort(out.begin(), out.end());
  return out.size() >= 2 ? out : std::vector<int>{};
}

bool IntroducesList(const Node& node) {
  std::string_view t(node.text.data(), node.text.size());
  while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
  return !t.empty() && t.back() == ':';
}

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

class ClauseRepair {
 public:
  ClauseRepair(const AlignInput& input, Matching* m, Groups* g, const GroupedTasks& grouped)
      : input_(input), m_(*m), g_(*g), grouped_(grouped) {}

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

 private:
  bool Plain(int o, int n) const {
    return !grouped_.old_side[static_cast<size_t>(o)] &&
           !grouped_.new_side[static_cast<size_t>(n)] &&
           g_.cp_old[static_cast<size_t>(o)].size() == 1 &&
           g_.cp_new[static_cast<size_t>(n)].size() == 1;
  }
  bool FreeOld(int o) const {
    return !grouped_.old_side[static_cast<size_t>(o)] && g_.cp_old[static_cast<size_t>(o)].empty();
  }
  bool FreeNew(int n) const {
    return !grouped_.new_side[static_cast<size_t>(n)] && g_.cp_new[static_cast<size_t>(n)].empty();
  }
  void Unpair(int o, int n) {
    m_.old_to_new[static_cast<size_t>(o)] = -1;
    m_.new_to_old[static_cast<size_t>(n)] = -1;
    g_.cp_old[static_cast<size_t>(o)].clear();
    g_.cp_new[static_cast<size_t>(n)].clear();
  }
  void Pair(int o, int n) {
    m_.old_to_new[static_cast<size_t>(o)] = n;
    m_.new_to_old[static_cast<size_t>(n)] = o;
    g_.cp_old[static_cast<size_t>(o)].push_back(n);
    g_.cp_new[static_cast<size_t>(n)].push_back(o);
  }

  const AlignInput& input_;
  Matching& m_;
  Groups& g_;
  const GroupedTasks& grouped_;
};

}  // namespace

void MatchMergedArticleClauses(const AlignInput& input, Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  GroupedTasks grouped = Grouped(input, *matching, *groups);
  ClauseRepair repair(input, matching, groups, grouped);
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
