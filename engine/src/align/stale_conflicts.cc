// Stale conflicts of split articles (see stale_conflicts.h). Per old article
// with split pieces, its unmatched provisions' candidates that carried a
// conflict are re-scored without it; the offers are taken best first, each
// checked against the new article's debt to its own partner as it stands.
#include "align/stale_conflicts.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace congvan::align_internal {
namespace {

struct Offer {
  double score;
  double position_delta;
  int o;
  int n;
  int article;  // o's old article
};

bool Free(const Groups& g, int o, int n) {
  return g.cp_old[static_cast<size_t>(o)].empty() && g.cp_new[static_cast<size_t>(n)].empty();
}

// False when the candidate, without its conflict, fails the assignment's bars.
bool ScoreWithoutConflict(const AlignInput& input, const Candidate& c, Offer* out) {
  PairEvidence e = c.e;
  e.parents_conflict = false;
  Candidate r{c.o, c.n, e, input.Score(e)};
  if (!PassesMatchBars(r, input.options)) return false;
  PairEvidence bare = e;  // the context orders, it never lifts over match_min
  bare.context_similarity = 0;
  if (input.Score(bare) < input.options.match_min) return false;
  out->score = r.score;
  out->position_delta = e.position_delta;
  return true;
}

// How many of new division b's provisions have a counterpart inside old
// division a.
int ProvisionsFrom(const AlignInput& input, const Groups& g, int b, int a) {
  int count = 0;
  for (int q = b + 1; q < b + input.New(b).subtree; ++q) {
    for (int o : g.cp_new[static_cast<size_t>(q)]) {
      if (EnclosingDivision(input.old_tasks, o) == a) {
        ++count;
        break;
      }
    }
  }
  return count;
}

// Whether new article b, given one more provision of old article a, owes a
// at least as many provisions as its own partner (always, when it has none):
// with the heading test beside it a tie is enough (new Điều 44: one each).
bool WouldBePiece(const AlignInput& input, const Matching& m, const Groups& g, int b, int a) {
  int partner = m.new_to_old[static_cast<size_t>(b)];
  if (partner < 0 || partner == a) return true;
  return ProvisionsFrom(input, g, b, a) + 1 >= ProvisionsFrom(input, g, b, partner);
}

// Whether new article b's heading narrows old article a's: holds most of its
// words (share ≥ split_piece_min), as "Trường hợp đăng ký thuộc thẩm quyền
// của Trung tâm đăng ký giao dịch, tài sản" narrows "Các trường hợp đăng ký".
bool HeadingNarrows(const AlignInput& input, int a, int b) {
  return Evidence(input, a, b).old_in_new >= input.options.split_piece_min;
}

// Both provisions numbered, in one style: an unnumbered paragraph (a line
// the parser could not place, "- xã hội của tỉnh …") has no place of its own
// to bring a new article into a split.
bool NumberedAlike(const AlignInput& input, int o, int n) {
  const auto& style = input.Old(o).node->style;
  return !style.empty() && style == input.New(n).node->style;
}

// The re-scored offers of old article a's provisions: candidates that carried
// a conflict, both sides free, the new one inside an article of a's style.
std::vector<Offer> Offers(const AlignInput& input, const CandidateSet& candidates, const Groups& g,
                          int a) {
  std::vector<Offer> offers;
  const auto& style = input.Old(a).node->style;
  for (int p = a + 1; p < a + input.Old(a).subtree; ++p) {
    for (int i : candidates.OfOld(p)) {
      const Candidate& c = candidates.all()[static_cast<size_t>(i)];
      if (!c.e.parents_conflict || !Free(g, c.o, c.n)) continue;
      int b = EnclosingDivision(input.new_tasks, c.n);
      if (b < 0 || input.New(b).node->style != style || !SubtreeHoldsNoDivision(input.new_tasks, b))
        continue;
      Offer q{0, 0, c.o, c.n, a};
      if (ScoreWithoutConflict(input, c, &q)) offers.push_back(q);
    }
  }
  return offers;
}

}  // namespace

void MatchSplitArticlesFreedOfConflicts(const AlignInput& input, const CandidateSet& candidates,
                                        Matching* matching, Groups* groups) {
  if (input.cross_language) return;
  Matching& m = *matching;
  Groups& g = *groups;
  std::vector<Offer> offers;
  for (int a = 0; a < static_cast<int>(input.old_tasks.size()); ++a) {
    if (!input.Old(a).division || g.split_pieces[static_cast<size_t>(a)].empty()) continue;
    if (!SubtreeHoldsNoDivision(input.old_tasks, a)) continue;
    std::vector<Offer> own = Offers(input, candidates, g, a);
    offers.insert(offers.end(), own.begin(), own.end());
  }
  std::sort(offers.begin(), offers.end(), [](const Offer& x, const Offer& y) {
    if (x.score != y.score) return x.score > y.score;
    if (x.position_delta != y.position_delta) return x.position_delta < y.position_delta;
    return std::tie(x.o, x.n) < std::tie(y.o, y.n);
  });
  for (const Offer& q : offers) {
    if (!Free(g, q.o, q.n) || m.old_to_new[static_cast<size_t>(q.o)] >= 0 ||
        m.new_to_old[static_cast<size_t>(q.n)] >= 0)
      continue;
    int b = EnclosingDivision(input.new_tasks, q.n);
    auto& pieces = g.split_pieces[static_cast<size_t>(q.article)];
    bool joined = b == m.old_to_new[static_cast<size_t>(q.article)] ||
                  std::find(pieces.begin(), pieces.end(), b) != pieces.end();
    if (!joined && !(NumberedAlike(input, q.o, q.n) && WouldBePiece(input, m, g, b, q.article) &&
                     HeadingNarrows(input, q.article, b)))
      continue;
    m.old_to_new[static_cast<size_t>(q.o)] = q.n;
    m.new_to_old[static_cast<size_t>(q.n)] = q.o;
    g.cp_old[static_cast<size_t>(q.o)].push_back(q.n);
    g.cp_new[static_cast<size_t>(q.n)].push_back(q.o);
    if (joined) continue;
    pieces.insert(std::upper_bound(pieces.begin(), pieces.end(), b), b);
    g.cp_old[static_cast<size_t>(q.article)].push_back(b);
    g.cp_new[static_cast<size_t>(b)].push_back(q.article);
  }
}

}  // namespace congvan::align_internal
