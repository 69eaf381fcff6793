// Translated articles (see translated_articles.h): the numbered articles of
// each side by number; where the number names one article on each side and
// one of the two is alone while the other's counterparts all lie inside it,
// the lone one joins the other: as partner, merge piece or split piece.
#include "align/translated_articles.h"

#include <algorithm>
#include <map>

#include "align/align_input.h"

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

// Whether every task of `ids` lies inside task `root` of `tasks`.
bool AllInside(const TaskIndex& tasks, const std::vector<int>& ids, int root) {
  return std::all_of(ids.begin(), ids.end(), [&](int i) { return IsAncestor(tasks, root, i); });
}

// Old article a, alone, joins new article b whose counterparts are all inside
// a: its partner when b has none, else a piece of the merge of a's provisions
// into b.
void JoinMerge(int a, int b, Matching* m, Groups* g) {
  if (m->new_to_old[static_cast<size_t>(b)] < 0) return PairOneToOne(a, b, m, g);
  auto& pieces = g->merge_pieces[static_cast<size_t>(b)];
  pieces.push_back(a);
  std::sort(pieces.begin(), pieces.end());
  g->cp_old[static_cast<size_t>(a)].push_back(b);
  g->cp_new[static_cast<size_t>(b)].push_back(a);
}

// New article b, alone, joins old article a whose partner and pieces are all
// inside b: a piece of a's split.
void JoinSplit(int a, int b, Groups* g) {
  auto& pieces = g->split_pieces[static_cast<size_t>(a)];
  pieces.push_back(b);
  std::sort(pieces.begin(), pieces.end());
  g->cp_old[static_cast<size_t>(a)].push_back(b);
  g->cp_new[static_cast<size_t>(b)].push_back(a);
}

}  // namespace

void MatchLoneTranslatedArticles(const AlignInput& input, Matching* matching, Groups* groups) {
  if (!input.cross_language) return;
  std::map<int, int> new_by_number = ArticlesByNumber(input.new_tasks);
  for (const auto& [number, a] : ArticlesByNumber(input.old_tasks)) {
    auto it = new_by_number.find(number);
    if (a < 0 || it == new_by_number.end() || it->second < 0) continue;
    int b = it->second;
    // The number alone is no evidence that the two articles say one thing:
    // an unrelated act numbers its articles alike (Luật Đất đai's Điều 10
    // "Phân loại đất" against the Constitution's Article 10 on the Trade
    // Union, 0.16). Their whole texts must be as alike as a reworded pair.
    if (Evidence(input, a, b).text_similarity < input.options.reworded_min) continue;
    const auto& cp_a = groups->cp_old[static_cast<size_t>(a)];
    const auto& cp_b = groups->cp_new[static_cast<size_t>(b)];
    if (cp_a.empty() && AllInside(input.old_tasks, cp_b, a)) {
      JoinMerge(a, b, matching, groups);
    } else if (cp_b.empty() && matching->old_to_new[static_cast<size_t>(a)] >= 0 &&
               AllInside(input.new_tasks, cp_a, b)) {
      JoinSplit(a, b, groups);
    }
  }
}

}  // namespace congvan::align_internal
