// Clause similarity with a per-task cache (see clause_matcher.h).
#include "align/clause_matcher.h"

#include <algorithm>

namespace congvan::align_internal {

std::vector<std::string_view> Clauses(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    char c = text[i];
    if ((c == '.' || c == ';' || c == ':') && text[i + 1] == ' ') {
      if (i + 1 > start) out.push_back(text.substr(start, i + 1 - start));
      start = i + 2;
    }
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

int ClauseMatcher::CacheKey(int whole, bool old_whole) const {
  const FeatureSpace& fs = input_.features;
  int text_class = old_whole ? fs.OldTextClass(whole) : fs.NewTextClass(whole);
  if (text_class >= 0) return text_class;
  return old_whole ? whole : static_cast<int>(input_.old_tasks.size()) + whole;
}

double ClauseMatcher::Similarity(int whole, int piece, bool old_whole) {
  int key = CacheKey(whole, old_whole);
  auto it = clauses_.find(key);
  if (it == clauses_.end()) {
    const IndexedTask& task = old_whole ? input_.Old(whole) : input_.New(whole);
    Language lang = old_whole ? input_.old_doc.language : input_.new_doc.language;
    int side = !old_whole && input_.cross_language ? 1 : 0;
    std::vector<int> vecs;
    std::vector<std::string_view> clauses = Clauses(task.node->text);
    if (clauses.size() >= 2) {
      for (std::string_view c : clauses) vecs.push_back(Projection(c, lang, side));
    }
    it = clauses_.emplace(key, std::move(vecs)).first;
  }
  const SparseVector& p = old_whole ? input_.features.New(piece) : input_.features.Old(piece);
  double best = 0;
  for (int c : it->second) {
    best = std::max(best, Cosine(projections_[static_cast<size_t>(c)], p));
  }
  return best;
}

const std::vector<int>& ClauseMatcher::AllClauses(int task, bool old_side) {
  int key = CacheKey(task, old_side);
  auto it = all_clauses_.find(key);
  if (it != all_clauses_.end()) return it->second;
  const IndexedTask& t = old_side ? input_.Old(task) : input_.New(task);
  Language lang = old_side ? input_.old_doc.language : input_.new_doc.language;
  int side = !old_side && input_.cross_language ? 1 : 0;
  std::vector<int> vecs;
  for (std::string_view c : Clauses(t.node->text)) vecs.push_back(Projection(c, lang, side));
  return all_clauses_.emplace(key, std::move(vecs)).first->second;
}

ClauseMatcher::ClausePair ClauseMatcher::BestClausePair(int o, int n) {
  const std::vector<int>& olds = AllClauses(o, true);
  const std::vector<int>& news = AllClauses(n, false);
  ClausePair best;
  for (size_t i = 0; i < olds.size(); ++i) {
    for (size_t j = 0; j < news.size(); ++j) {
      double c = Cosine(projections_[static_cast<size_t>(olds[i])],
                        projections_[static_cast<size_t>(news[j])]);
      if (c > best.cosine) best = {c, static_cast<int>(i), static_cast<int>(j)};
    }
  }
  return best;
}

double ClauseMatcher::ClauseAgainst(int task, int clause, bool old_side, int other) {
  int mine = AllClauses(task, old_side)[static_cast<size_t>(clause)];
  double best = 0;
  for (int c : AllClauses(other, !old_side)) {
    best = std::max(best, Cosine(projections_[static_cast<size_t>(mine)],
                                 projections_[static_cast<size_t>(c)]));
  }
  return best;
}

int ClauseMatcher::Projection(std::string_view clause, Language language, int side) {
  auto [at, inserted] = projected_[side].try_emplace(
      absl::string_view(clause.data(), clause.size()), static_cast<int>(projections_.size()));
  if (inserted) projections_.push_back(input_.features.Project(clause, language));
  return at->second;
}

}  // namespace congvan::align_internal
