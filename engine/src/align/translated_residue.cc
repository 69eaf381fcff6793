// Translated residue (see translated_residue.h): per pair of translated
// articles, the gaps between their matched provisions, and a pair wherever a
// gap holds exactly one unmatched provision on each side with the same marker
// value at the same depth.
#include "align/translated_residue.h"

#include <algorithm>
#include <utility>

#include "align/provision_gaps.h"
#include "align/translated_articles.h"

namespace congvan::align_internal {
namespace {

// An article with a number: the divisions a translation numbers as its text.
bool NumberedArticle(const IndexedTask& t) {
  return t.division && t.has_ordinal && t.node->level == "article";
}

// The same place under translated articles a and b: the same depth below the
// article and the same marker value (both unnumbered, or equal ordinals).
bool SamePlace(const AlignInput& input, int a, int b, int o, int n) {
  const IndexedTask& old_task = input.Old(o);
  const IndexedTask& new_task = input.New(n);
  if (old_task.depth - input.Old(a).depth != new_task.depth - input.New(b).depth) return false;
  if (old_task.has_ordinal != new_task.has_ordinal) return false;
  return !old_task.has_ordinal || old_task.ordinal == new_task.ordinal;
}

// Pairs the lone free provisions of the gaps of article a and its translation
// b that stand at the same place (SamePlace).
void MatchGapsOf(const AlignInput& input, int a, int b, Matching* m, Groups* groups) {
  std::vector<std::pair<int, int>> found;
  for (auto [o, n] : LonePairsInGaps(input, *m, *groups, a, b)) {
    if (SamePlace(input, a, b, o, n)) found.emplace_back(o, n);
  }
  // Two gaps may overlap where matched provisions cross: a new provision
  // claimed by two old ones is paired with neither.
  for (auto [o, n] : found) {
    auto same_new = [n = n](const std::pair<int, int>& f) { return f.second == n; };
    if (std::count_if(found.begin(), found.end(), same_new) == 1) PairOneToOne(o, n, m, groups);
  }
}

// Whether the two documents may be one act and its translation: neither
// their numbers nor their years, where both are read, differ. A translation
// of another version (or another act) numbers its articles alike and says
// nothing at the same place.
bool MayBeOneAct(const Document& a, const Document& b) {
  if (!a.meta.number.empty() && !b.meta.number.empty() && a.meta.number != b.meta.number) {
    return false;
  }
  return !(a.meta.year && b.meta.year && *a.meta.year != *b.meta.year);
}

}  // namespace

void MatchTranslatedResidue(const AlignInput& input, Matching* matching, Groups* groups) {
  if (!input.cross_language || !MayBeOneAct(input.old_doc, input.new_doc)) return;
  // The articles first: an article paired by its number offers its gaps too.
  MatchLoneTranslatedArticles(input, matching, groups);
  for (size_t a = 0; a < input.old_tasks.size(); ++a) {
    int b = matching->old_to_new[a];
    if (b < 0 || !NumberedArticle(input.old_tasks[a]) || !NumberedArticle(input.New(b))) continue;
    if (input.old_tasks[a].ordinal != input.New(b).ordinal) continue;
    if (groups->cp_old[a].size() != 1 || groups->cp_new[static_cast<size_t>(b)].size() != 1) {
      continue;
    }
    MatchGapsOf(input, static_cast<int>(a), b, matching, groups);
  }
}

}  // namespace congvan::align_internal
