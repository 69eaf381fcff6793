// Articles demoted to clauses (see demotions.h). One pass over the old
// articles; each counts where its provisions' counterparts landed, by the
// top-level provision (clause) of a new article that holds them, and then
// who supplied the rest of that new article.
#include "align/demotions.h"

#include <map>
#include <utility>

#include "align/features.h"

namespace congvan::align_internal {
namespace {

// The provision directly under a division that holds task `i` (itself when
// it is one); -1 for a division or a task outside any division.
int ClauseOf(const TaskIndex& tasks, int i) {
  if (tasks[static_cast<size_t>(i)].node->division) return -1;
  int x = i;
  while (true) {
    int p = tasks[static_cast<size_t>(x)].parent;
    if (p < 0) return -1;
    if (tasks[static_cast<size_t>(p)].node->division) return x;
    x = p;
  }
}

// An article: a division with provisions and no division inside it.
bool IsLeafArticle(const TaskIndex& tasks, int a) {
  const IndexedTask& t = tasks[static_cast<size_t>(a)];
  if (!t.node->division || t.children.empty()) return false;
  for (int d = a + 1; d < a + t.subtree; ++d) {
    if (tasks[static_cast<size_t>(d)].node->division) return false;
  }
  return true;
}

// The new clause that holds more than half of article `a`'s matched
// provisions, or -1.
int ClauseHoldingMost(const AlignInput& input, const Matching& m, int a) {
  std::map<int, int> landed;
  int matched = 0;
  for (int d = a + 1; d < a + input.Old(a).subtree; ++d) {
    int n = m.old_to_new[static_cast<size_t>(d)];
    if (n < 0) continue;
    ++matched;
    int c = ClauseOf(input.new_tasks, n);
    if (c >= 0) ++landed[c];
  }
  for (const auto& [c, count] : landed) {
    if (2 * count > matched) return c;
  }
  return -1;
}

// The number of old article `a`'s matched provisions whose counterparts lie
// inside new article `b`.
int ProvisionsInside(const AlignInput& input, const Matching& m, int a, int b) {
  int inside = 0;
  for (int d = a + 1; d < a + input.Old(a).subtree; ++d) {
    int n = m.old_to_new[static_cast<size_t>(d)];
    if (n > b && n < b + input.New(b).subtree) ++inside;
  }
  return inside;
}

// The score of the candidate pair (o, n), or -1 when it is not a candidate
// that passes the bars or its styles conflict.
double ScoreIfItPasses(const AlignInput& input, const CandidateSet& candidates, int o, int n) {
  for (int ci : candidates.OfOld(o)) {
    const Candidate& c = candidates.all()[static_cast<size_t>(ci)];
    if (c.n != n) continue;
    return !c.e.style_conflict && PassesMatchBars(c, input.options) ? c.score : -1;
  }
  return -1;
}

// True when old article `claimant`, which supplied provisions to new article
// `b`, is paired with another new article on its own pair alone: that
// partner holds none of its matched provisions, and its pair with `b`
// passes the bars and scores more than the pair it has (old Điều 48 "Thủ
// tục đăng ký … bằng quyền sử dụng đất" paired with new Điều 36, new text,
// 0.41, while its khoản 1 went to new Điều 35 khoản 1 and it scores 0.55
// with new Điều 35).
bool PairedAgainstItsProvisions(const AlignInput& input, const CandidateSet& candidates,
                                const Matching& m, int claimant, int b) {
  int partner = m.old_to_new[static_cast<size_t>(claimant)];
  if (partner < 0 || partner == b || !input.New(partner).node->division) return false;
  if (ProvisionsInside(input, m, claimant, partner) > 0) return false;
  if (input.Old(claimant).node->style != input.New(b).node->style) return false;
  double to_b = ScoreIfItPasses(input, candidates, claimant, b);
  double to_partner = -1;
  for (int ci : candidates.OfOld(claimant)) {
    const Candidate& c = candidates.all()[static_cast<size_t>(ci)];
    if (c.n == partner) to_partner = c.score;
  }
  return to_b >= 0 && to_b > to_partner;
}

// True when the new article around clause `c` continues another old article
// than `a`: one other old article supplied most of its matched provisions
// outside `c`, and more of them than `a` supplied to the whole article; or
// fewer, when all of `a`'s provisions in the article sit inside `c`, the
// other article's come before `c` (an article that absorbs another keeps
// its own clauses first and takes the other as a later clause), and that
// other article is paired elsewhere against its provisions
// (PairedAgainstItsProvisions).
bool ArticleContinuesAnother(const AlignInput& input, const CandidateSet& candidates,
                             const Matching& m, int a, int c) {
  int b = input.New(c).parent;
  int c_end = c + input.New(c).subtree;
  std::map<int, int> from;
  std::map<int, bool> before_c;  // per other article: supplied a provision before `c`
  int others = 0, own = 0, own_outside_c = 0;
  for (int x = b + 1; x < b + input.New(b).subtree; ++x) {
    int o = m.new_to_old[static_cast<size_t>(x)];
    if (o < 0 || input.New(x).node->division) continue;
    int article = EnclosingDivision(input.old_tasks, o);
    bool outside_c = x < c || x >= c_end;
    if (article == a) {
      ++own;
      if (outside_c) ++own_outside_c;
    } else if (outside_c) {
      ++others;
      ++from[article];
      if (x < c) before_c[article] = true;
    }
  }
  for (const auto& [article, count] : from) {
    if (article < 0 || 2 * count <= others) continue;
    if (count > own) return true;
    if (own_outside_c == 0 && before_c[article] &&
        PairedAgainstItsProvisions(input, candidates, m, article, b))
      return true;
  }
  return false;
}

}  // namespace

std::vector<int> DemoteArticles(const AlignInput& input, const CandidateSet& candidates,
                                Matching* m) {
  std::vector<int> merge_into(input.old_tasks.size(), -1);
  if (input.cross_language) return merge_into;
  // Decided on the matching as it came from the assignment, then applied.
  std::vector<std::pair<int, int>> demotions;
  for (int a = 0; a < static_cast<int>(input.old_tasks.size()); ++a) {
    if (!IsLeafArticle(input.old_tasks, a)) continue;
    int partner = m->old_to_new[static_cast<size_t>(a)];
    int c = ClauseHoldingMost(input, *m, a);
    if (c < 0) continue;
    // Only an article paired with the article around the clause is in
    // question: unpaired, it may be one of several merged whole
    // (groups.h); paired elsewhere, it went on as an article.
    int b = input.New(c).parent;
    if (partner != b) continue;
    if (input.New(b).node->style != input.Old(a).node->style) continue;
    if (!ArticleContinuesAnother(input, candidates, *m, a, c)) continue;
    demotions.emplace_back(a, c);
  }
  for (const auto& [a, c] : demotions) {
    int partner = m->old_to_new[static_cast<size_t>(a)];
    if (partner >= 0) {
      m->old_to_new[static_cast<size_t>(a)] = -1;
      m->new_to_old[static_cast<size_t>(partner)] = -1;
    }
    if (m->new_to_old[static_cast<size_t>(c)] < 0) {
      m->old_to_new[static_cast<size_t>(a)] = c;
      m->new_to_old[static_cast<size_t>(c)] = a;
    } else {
      merge_into[static_cast<size_t>(a)] = c;
    }
  }
  return merge_into;
}

}  // namespace congvan::align_internal
