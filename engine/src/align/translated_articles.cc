// Translated articles (see translated_articles.h): the numbered articles of
// each side by number, and a pair wherever the number names one article on
// each side, the old one has no counterpart and the new one none but the old
// one's own provisions.
#include "align/translated_articles.h"

#include <algorithm>
#include <map>

namespace congvan::align_internal {
namespace {

bool NumberedArticle(const IndexedTask& t) {
  return t.division && t.has_ordinal && t.node->level == "article";
}

// Number → the one numbered article bearing it (-1 when several do: an
// amending text quoting the articles it amends numbers them twice).
std::map<int, int> ArticlesByNumber(const TaskIndex& tasks) {
  std::map<int, int> out;
  for (size_t i = 0; i < tasks.size(); ++i) {
    if (!NumberedArticle(tasks[i])) continue;
    auto [it, fresh] = out.emplace(tasks[i].ordinal, static_cast<int>(i));
    if (!fresh) it->second = -1;
  }
  return out;
}

// Whether new article b is free for old article a: every counterpart it has
// (its partner, the pieces merged into it) is inside a.
bool FreeFor(const AlignInput& input, const Groups& g, int a, int b) {
  const auto& cp = g.cp_new[static_cast<size_t>(b)];
  return std::all_of(cp.begin(), cp.end(),
                     [&](int o) { return IsAncestor(input.old_tasks, a, o); });
}

// Old article a joins new article b: its partner when b has none, else a piece
// of the merge of a's provisions into b.
void Join(int a, int b, Matching* m, Groups* g) {
  if (m->new_to_old[static_cast<size_t>(b)] < 0) return PairOneToOne(a, b, m, g);
  auto& pieces = g->merge_pieces[static_cast<size_t>(b)];
  pieces.push_back(a);
  std::sort(pieces.begin(), pieces.end());
  g->cp_old[static_cast<size_t>(a)].push_back(b);
  g->cp_new[static_cast<size_t>(b)].push_back(a);
}

}  // namespace

void MatchLoneTranslatedArticles(const AlignInput& input, Matching* matching, Groups* groups) {
  if (!input.cross_language) return;
  std::map<int, int> new_by_number = ArticlesByNumber(input.new_tasks);
  for (const auto& [number, a] : ArticlesByNumber(input.old_tasks)) {
    if (a < 0 || !groups->cp_old[static_cast<size_t>(a)].empty()) continue;
    auto it = new_by_number.find(number);
    if (it == new_by_number.end() || it->second < 0) continue;
    if (FreeFor(input, *groups, a, it->second)) Join(a, it->second, matching, groups);
  }
}

}  // namespace congvan::align_internal
