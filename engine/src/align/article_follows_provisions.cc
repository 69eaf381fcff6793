// An article follows its provisions (see article_follows_provisions.h).
// One pass over the matched old articles: each counts, per new article, its
// matched provisions that landed inside it (EnclosingDivision of each
// counterpart), then weighs its own partner against its free candidates.
// Decided on the matching as it came in, then applied, so the order of the
// articles decides nothing; a free article claimed by two old ones goes to
// the one with more provisions in it (then the higher score).
#include "align/article_follows_provisions.h"

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include "align/features.h"

namespace congvan::align_internal {
namespace {

struct Move {
  int provisions;  // of the old article inside the new one
  double score;
  int o, n;
};

// Per new article, how many of old division a's matched provisions lie
// inside it.
std::map<int, int> MatchedProvisionsPerNewArticle(const AlignInput& input, const Matching& m,
                                                  int a) {
  std::map<int, int> landed;
  for (int d = a + 1; d < a + input.Old(a).subtree; ++d) {
    int n = m.old_to_new[static_cast<size_t>(d)];
    if (n < 0 || input.Old(d).node->division || input.New(n).node->division) continue;
    int b = EnclosingDivision(input.new_tasks, n);
    if (b >= 0) ++landed[b];
  }
  return landed;
}

// The free new article of a's candidates that holds more of a's provisions
// than its partner x does, most of them (then the best score); nothing when
// none.
std::optional<Move> BetterHome(const AlignInput& input, const CandidateSet& candidates,
                               const Matching& m, int a, int x) {
  std::map<int, int> landed = MatchedProvisionsPerNewArticle(input, m, a);
  if (landed.empty()) return std::nullopt;
  const int at_partner = landed.count(x) ? landed[x] : 0;
  std::optional<Move> best;
  for (int ci : candidates.OfOld(a)) {
    const Candidate& c = candidates.all()[static_cast<size_t>(ci)];
    if (m.new_to_old[static_cast<size_t>(c.n)] >= 0 || !input.New(c.n).node->division) continue;
    if (input.New(c.n).node->style != input.Old(a).node->style || c.e.style_conflict) continue;
    if (!PassesMatchBars(c, input.options)) continue;
    auto it = landed.find(c.n);
    int there = it == landed.end() ? 0 : it->second;
    if (there <= at_partner) continue;
    if (!best || there > best->provisions || (there == best->provisions && c.score > best->score))
      best = Move{there, c.score, a, c.n};
  }
  return best;
}

}  // namespace

void MoveArticlesToTheirProvisions(const AlignInput& input, const CandidateSet& candidates,
                                   const std::vector<int>& merge_into, Matching* matching) {
  if (input.cross_language) return;
  Matching& m = *matching;
  std::vector<bool> merge_target(input.new_tasks.size(), false);
  for (int n : merge_into) {
    if (n >= 0) merge_target[static_cast<size_t>(n)] = true;
  }
  std::vector<Move> moves;
  for (int a = 0; a < static_cast<int>(input.old_tasks.size()); ++a) {
    int x = m.old_to_new[static_cast<size_t>(a)];
    if (x < 0 || !input.Old(a).node->division || !input.New(x).node->division ||
        input.Old(a).children.empty())
      continue;
    if (merge_target[static_cast<size_t>(x)] ||
        SameTextUpToSpacing(input.Old(a).node->text, input.New(x).node->text))
      continue;
    if (std::optional<Move> move = BetterHome(input, candidates, m, a, x)) moves.push_back(*move);
  }
  std::sort(moves.begin(), moves.end(), [](const Move& p, const Move& q) {
    if (p.provisions != q.provisions) return p.provisions > q.provisions;
    if (p.score != q.score) return p.score > q.score;
    return p.o < q.o;
  });
  for (const Move& mv : moves) {
    if (m.new_to_old[static_cast<size_t>(mv.n)] >= 0) continue;
    int x = m.old_to_new[static_cast<size_t>(mv.o)];
    m.new_to_old[static_cast<size_t>(x)] = -1;
    m.old_to_new[static_cast<size_t>(mv.o)] = mv.n;
    m.new_to_old[static_cast<size_t>(mv.n)] = mv.o;
  }
}

}  // namespace congvan::align_internal
