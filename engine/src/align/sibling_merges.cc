// Sibling merges (see sibling_merges.h). Articles: for every new division
// matched to an old one, walk the old one's sibling divisions outward in
// both directions while each is a piece of it. Provisions: for
// every matched provision inside an article, its candidates whose
// counterpart is a sibling of it. Both decide on the matching as it came from
// the assignment and apply afterwards, so the order of the tasks decides
// nothing.
#include "align/sibling_merges.h"

#include <algorithm>
#include <utility>

#include "align/features.h"

namespace congvan::align_internal {
namespace {

// How much more a provision must score with the whole its sibling became
// than with its own partner to leave the partner: the one-to-one pass gave
// it a far weaker partner only because the whole was taken.
constexpr double kRetakeMargin = 0.2;

// The top-level tasks, in order (they share no parent's children list).
std::vector<int> TopLevel(const TaskIndex& tasks) {
  std::vector<int> top;
  for (size_t t = 0; t < tasks.size(); t += static_cast<size_t>(tasks[t].subtree)) {
    top.push_back(static_cast<int>(t));
  }
  return top;
}

// The tasks sharing task i's parent, in order; `top_level` for a top-level
// task (made once: a law of articles without chapters asks for every one).
const std::vector<int>& Siblings(const TaskIndex& tasks, const std::vector<int>& top_level, int i) {
  int parent = tasks[static_cast<size_t>(i)].parent;
  return parent >= 0 ? tasks[static_cast<size_t>(parent)].children : top_level;
}

// Whether new article n is, of old article a's candidates whose heading
// generalises a's (same kind and style, no style conflict, similarity ≥
// piece_similarity_min, the new heading's words mostly in a's), the one a
// scores best with, and a scores better with it than with its own partner.
bool ArticlePieceOf(const AlignInput& input, const CandidateSet& candidates, const Matching& m,
                    int a, int n) {
  const AlignOptions& opt = input.options;
  const Candidate* best = nullptr;
  double own = -1e9;
  for (int ci : candidates.OfOld(a)) {
    const Candidate& c = candidates.all()[static_cast<size_t>(ci)];
    if (c.n == m.old_to_new[static_cast<size_t>(a)]) own = c.score;
    if (c.e.style_conflict || !SameKind(input.Old(a), input.New(c.n))) continue;
    if (c.e.text_similarity < opt.piece_similarity_min || c.e.new_in_old < opt.merge_piece_min ||
        input.New(c.n).node->style != input.Old(a).node->style) {
      continue;
    }
    if (best == nullptr || c.score > best->score) best = &c;
  }
  return best != nullptr && best->n == n && best->score >= opt.match_min && best->score > own;
}

// Runs of articles beside new article n's counterpart that went into n.
void MergeArticleRuns(const AlignInput& input, const CandidateSet& candidates, const Matching& m,
                      std::vector<std::pair<int, int>>* pieces) {
  const std::vector<int> top_level = TopLevel(input.old_tasks);
  for (size_t n = 0; n < input.new_tasks.size(); ++n) {
    int partner = m.new_to_old[n];
    if (partner < 0 || !input.New(static_cast<int>(n)).node->division) continue;
    // A heading kept word for word went on as itself: the merged articles'
    // headings are generalised in a new one.
    if (SameTextUpToSpacing(input.Old(partner).node->text,
                            input.New(static_cast<int>(n)).node->text))
      continue;
    const std::vector<int>& siblings = Siblings(input.old_tasks, top_level, partner);
    auto at = std::find(siblings.begin(), siblings.end(), partner) - siblings.begin();
    for (int step : {-1, 1}) {
      for (auto i = at + step; i >= 0 && i < static_cast<long>(siblings.size()); i += step) {
        int a = siblings[static_cast<size_t>(i)];
        if (!input.Old(a).node->division) break;
        if (!ArticlePieceOf(input, candidates, m, a, static_cast<int>(n))) break;
        pieces->emplace_back(a, static_cast<int>(n));
      }
    }
  }
}

// Matched provisions that a sibling's new counterpart takes back (see above).
void RetakeProvisions(const AlignInput& input, const CandidateSet& candidates,
                      ClauseMatcher* clauses, const Matching& m,
                      std::vector<std::pair<int, int>>* pieces) {
  const AlignOptions& opt = input.options;
  for (size_t o = 0; o < input.old_tasks.size(); ++o) {
    int partner = m.old_to_new[o];
    const IndexedTask& t = input.old_tasks[o];
    if (partner < 0 || t.node->division ||
        EnclosingDivision(input.old_tasks, static_cast<int>(o)) < 0)
      continue;
    const std::vector<int>& list = candidates.OfOld(static_cast<int>(o));
    double own = -1;
    for (int ci : list) {
      const Candidate& c = candidates.all()[static_cast<size_t>(ci)];
      if (c.n == partner) own = c.score;
    }
    int best = -1;
    double best_score = own + kRetakeMargin;
    for (int ci : list) {
      const Candidate& c = candidates.all()[static_cast<size_t>(ci)];
      int sibling = m.new_to_old[static_cast<size_t>(c.n)];
      if (c.n == partner || c.score < best_score || sibling < 0 ||
          input.Old(sibling).parent != t.parent || c.e.style_conflict ||
          input.New(c.n).node->division || !SameKind(t, input.New(c.n))) {
        continue;
      }
      // Mostly inside the whole, and one of its clauses.
      if (c.e.old_in_new < opt.merge_piece_min || c.e.text_similarity < opt.piece_similarity_min ||
          clauses->Similarity(c.n, static_cast<int>(o), false) < opt.clause_match_min) {
        continue;
      }
      best = c.n;
      best_score = c.score;
    }
    if (best >= 0) pieces->emplace_back(static_cast<int>(o), best);
  }
}

}  // namespace

void FindSiblingMerges(const AlignInput& input, const CandidateSet& candidates,
                       ClauseMatcher* clauses, Matching* matching, std::vector<int>* merge_into) {
  if (input.cross_language) return;
  std::vector<std::pair<int, int>> pieces;
  MergeArticleRuns(input, candidates, *matching, &pieces);
  RetakeProvisions(input, candidates, clauses, *matching, &pieces);
  for (const auto& [o, n] : pieces) {
    if ((*merge_into)[static_cast<size_t>(o)] >= 0) continue;
    int partner = matching->old_to_new[static_cast<size_t>(o)];
    if (partner >= 0) {
      matching->old_to_new[static_cast<size_t>(o)] = -1;
      matching->new_to_old[static_cast<size_t>(partner)] = -1;
    }
    (*merge_into)[static_cast<size_t>(o)] = n;
  }
}

}  // namespace congvan::align_internal
