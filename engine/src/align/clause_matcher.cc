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

double ClauseMatcher::Similarity(int whole, int piece, bool old_whole) {
  auto& cache = old_whole ? old_clauses_ : new_clauses_;
  auto it = cache.find(whole);
  if (it == cache.end()) {
    const IndexedTask& task = old_whole ? input_.Old(whole) : input_.New(whole);
    Language lang = old_whole ? input_.old_doc.language : input_.new_doc.language;
    std::vector<SparseVector> vecs;
    std::vector<std::string_view> clauses = Clauses(task.node->text);
    if (clauses.size() >= 2) {
      for (std::string_view c : clauses) vecs.push_back(input_.features.Project(c, lang));
    }
    it = cache.emplace(whole, std::move(vecs)).first;
  }
  const SparseVector& p = old_whole ? input_.features.New(piece) : input_.features.Old(piece);
  double best = 0;
  for (const SparseVector& c : it->second) best = std::max(best, Cosine(c, p));
  return best;
}

}  // namespace congvan::align_internal
