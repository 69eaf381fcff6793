// Article residue (see article_residue.h): per pair of counterpart articles,
// the gaps between their matched provisions, and a pair wherever a gap holds
// exactly one unmatched provision on each side.
#include "align/article_residue.h"

#include <algorithm>
#include <utility>

namespace congvan::align_internal {
namespace {

// The provisions of article `a` (its subtree, the article excluded) that are
// unmatched in `to`; empty when the article holds another division (its
// provisions are not one article's).
std::vector<int> UnmatchedProvisions(const TaskIndex& tasks, int a, const Counterparts& cp) {
  std::vector<int> out;
  int end = a + tasks[static_cast<size_t>(a)].subtree;
  for (int i = a + 1; i < end; ++i) {
    if (tasks[static_cast<size_t>(i)].node->division) return {};
    if (cp[static_cast<size_t>(i)].empty()) out.push_back(i);
  }
  return out;
}

// For old provision o of article a (counterpart b): the new index range
// (lo, hi), exclusive, between the partners of the nearest provisions before
// and after o that are matched inside b — where o's partner must lie for the
// articles' provisions to keep their order.
std::pair<int, int> Gap(const AlignInput& input, const Matching& m, int a, int b, int o) {
  int end_b = b + input.New(b).subtree;
  auto partner_in_b = [&](int i) {
    int n = m.old_to_new[static_cast<size_t>(i)];
    return n > b && n < end_b ? n : -1;
  };
  int lo = b, hi = end_b;
  for (int i = o - 1; i > a; --i) {
    if (int n = partner_in_b(i); n >= 0) {
      lo = n;
      break;
    }
  }
  int end_a = a + input.Old(a).subtree;
  for (int i = o + 1; i < end_a; ++i) {
    if (int n = partner_in_b(i); n >= 0) {
      hi = n;
      break;
    }
  }
  return {lo, hi};
}

// Pairs the lone unmatched provisions of the gaps of article a and its
// counterpart b. Decided on the matching as it stood before: pairs made here
// do not open or close other gaps.
void MatchGapsOf(const AlignInput& input, int a, int b, Matching* m, Groups* groups) {
  std::vector<int> olds = UnmatchedProvisions(input.old_tasks, a, groups->cp_old);
  std::vector<int> news = UnmatchedProvisions(input.new_tasks, b, groups->cp_new);
  if (olds.empty() || news.empty()) return;
  std::vector<std::pair<int, int>> gaps;
  for (int o : olds) gaps.push_back(Gap(input, *m, a, b, o));
  std::vector<std::pair<int, int>> found;
  for (size_t k = 0; k < olds.size(); ++k) {
    auto [lo, hi] = gaps[k];
    if (std::count(gaps.begin(), gaps.end(), gaps[k]) != 1) continue;
    auto inside = [&](int n) { return n > lo && n < hi; };
    if (std::count_if(news.begin(), news.end(), inside) != 1) continue;
    int n = *std::find_if(news.begin(), news.end(), inside);
    if (Evidence(input, olds[k], n).text_similarity < input.options.residue_min) continue;
    found.emplace_back(olds[k], n);
  }
  for (auto [o, n] : found) {
    PairOneToOne(o, n, m, groups);
  }
}

}  // namespace

void MatchArticleResidue(const AlignInput& input, Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  for (size_t a = 0; a < input.old_tasks.size(); ++a) {
    int b = matching->old_to_new[a];
    if (b < 0 || !input.old_tasks[a].node->division || !input.New(b).node->division) continue;
    MatchGapsOf(input, static_cast<int>(a), b, matching, groups);
  }
}

}  // namespace congvan::align_internal
