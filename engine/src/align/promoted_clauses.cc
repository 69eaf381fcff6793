// Promoted clauses (see promoted_clauses.h): per direction, the free list
// clauses of kept articles and the wholly free articles beside their
// counterparts are listed; each candidate pair's texts (a task with its
// subtree, joined) are projected onto the feature space once and measured;
// the pairs that are mutual best and reach match_min are paired. The lists
// are short (free tasks only), so the all-pairs measure costs little.
#include "align/promoted_clauses.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "align/feature_space.h"
#include "align/lead_in.h"
#include "align/merged_article_pairs.h"

namespace congvan::align_internal {
namespace {

class PromotedClauses : public MergedArticleRepair {
 public:
  PromotedClauses(const AlignInput& input, Matching* m, Groups* g)
      : MergedArticleRepair(input, m, g) {}

  // Clauses promoted (old clause, new article), then demoted (new clause,
  // old article).
  void Run() {
    for (bool clause_old : {true, false}) RunFrom(clause_old);
  }

 private:
  const TaskIndex& Tasks(bool old_side) const {
    return old_side ? input_.old_tasks : input_.new_tasks;
  }
  const Counterparts& Cp(bool old_side) const { return old_side ? g_.cp_old : g_.cp_new; }
  bool Free(bool old_side, int i) const { return old_side ? FreeOld(i) : FreeNew(i); }

  // A free clause introducing a list, directly in an innermost article
  // that has a counterpart.
  bool LeftClause(bool old_side, int c) const {
    const TaskIndex& tasks = Tasks(old_side);
    const IndexedTask& t = tasks[static_cast<size_t>(c)];
    if (t.division || t.parent < 0 || !Free(old_side, c) || !IntroducesList(t)) return false;
    const IndexedTask& a = tasks[static_cast<size_t>(t.parent)];
    return a.division && SubtreeHoldsNoDivision(tasks, t.parent) &&
           !Cp(old_side)[static_cast<size_t>(t.parent)].empty();
  }

  // An innermost article of two provisions at least (a list's items became
  // them; an article of one sentence is no list), without any counterpart,
  // in it or for it.
  bool WhollyFreeArticle(bool old_side, int n) const {
    const TaskIndex& tasks = Tasks(old_side);
    const IndexedTask& t = tasks[static_cast<size_t>(n)];
    if (!t.division || t.children.size() < 2 || !SubtreeHoldsNoDivision(tasks, n)) return false;
    for (int i = n; i < n + t.subtree; ++i) {
      if (!Free(old_side, i)) return false;
    }
    return true;
  }

  // Clause c's article and article n sit in corresponding divisions (or
  // both at the top).
  bool SameDivision(bool clause_old, int c, int n) const {
    int a = Tasks(clause_old)[static_cast<size_t>(c)].parent;
    int outer = Tasks(clause_old)[static_cast<size_t>(a)].parent;
    int other = Tasks(!clause_old)[static_cast<size_t>(n)].parent;
    if (outer < 0 || other < 0) return outer < 0 && other < 0;
    const std::vector<int>& cp = Cp(clause_old)[static_cast<size_t>(outer)];
    return std::find(cp.begin(), cp.end(), other) != cp.end();
  }

  // Task r's text and its subtree's, joined, as a vector of the space.
  ProjectedVector Whole(bool old_side, int r) const {
    const TaskIndex& tasks = Tasks(old_side);
    std::string text;
    for (int i = r; i < r + tasks[static_cast<size_t>(r)].subtree; ++i) {
      text.append(tasks[static_cast<size_t>(i)].node->text);
      text += '\n';
    }
    return input_.features.Project(text,
                                   old_side ? input_.old_doc.language : input_.new_doc.language);
  }

  void RunFrom(bool clause_old) {
    std::vector<int> clauses, articles;
    for (int c = 0; c < static_cast<int>(Tasks(clause_old).size()); ++c) {
      if (LeftClause(clause_old, c)) clauses.push_back(c);
    }
    for (int n = 0; n < static_cast<int>(Tasks(!clause_old).size()); ++n) {
      if (WhollyFreeArticle(!clause_old, n)) articles.push_back(n);
    }
    if (clauses.empty() || articles.empty()) return;
    std::vector<ProjectedVector> article_vectors;
    for (int n : articles) article_vectors.push_back(Whole(!clause_old, n));
    // cosine[i][j]: clause i, article j; 0 where the divisions differ.
    std::vector<std::vector<double>> cosine(clauses.size(),
                                            std::vector<double>(articles.size(), 0.0));
    for (size_t i = 0; i < clauses.size(); ++i) {
      ProjectedVector v = Whole(clause_old, clauses[i]);
      for (size_t j = 0; j < articles.size(); ++j) {
        if (!SameDivision(clause_old, clauses[i], articles[j])) continue;
        cosine[i][j] = Cosine(v, article_vectors[j]);
      }
    }
    for (auto [i, j] : MutualBest(cosine)) {
      int c = clauses[i], n = articles[j];
      clause_old ? Pair(c, n) : Pair(n, c);
    }
  }

  // The (row, column) pairs each the other's strict best, at match_min or
  // more.
  std::vector<std::pair<size_t, size_t>> MutualBest(
      const std::vector<std::vector<double>>& cosine) const {
    std::vector<std::pair<size_t, size_t>> out;
    for (size_t i = 0; i < cosine.size(); ++i) {
      const std::vector<double>& row = cosine[i];
      size_t j = static_cast<size_t>(std::max_element(row.begin(), row.end()) - row.begin());
      if (row[j] < input_.options.match_min) continue;
      bool best = true;
      for (size_t k = 0; k < cosine.size() && best; ++k) {
        if (k == i) continue;
        if (cosine[k][j] >= row[j]) best = false;
      }
      for (size_t k = 0; k < row.size() && best; ++k) {
        if (k != j && row[k] >= row[j]) best = false;
      }
      if (best) out.emplace_back(i, j);
    }
    return out;
  }
};

}  // namespace

void PairClausesPromotedToArticles(const AlignInput& input, Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  PromotedClauses(input, matching, groups).Run();
}

}  // namespace congvan::align_internal
