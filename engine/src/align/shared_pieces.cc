// A task in two changes (see shared_pieces.h). One pass over the candidates
// in their order; each task takes part in one shared piece at most, and a
// pair already inside a split or merge is left alone, so the groups found
// before are never rewritten, only joined.
#include "align/shared_pieces.h"

#include <algorithm>

namespace congvan::align_internal {
namespace {

// A clause this alike is the same sentence, copied with a word or two
// changed: an old task of one clause found this whole inside a new task
// went in whole, even when its own partner holds it too (a summary that
// repeats a sentence).
constexpr double kNearlyWhole = 0.8;

bool Plain(const Groups& g, int o, int n) {
  return g.split_pieces[static_cast<size_t>(o)].empty() &&
         g.merge_pieces[static_cast<size_t>(n)].empty();
}

void InsertSorted(std::vector<int>* v, int x) {
  v->insert(std::upper_bound(v->begin(), v->end(), x), x);
}

// Whether the clause of n most like a clause of o (cosine `best`) came from o
// and the rest of n from n's partner o2 (see shared_pieces.h).
bool ClauseCameFromO(const AlignInput& input, ClauseMatcher* clauses, int n, int o2,
                     const ClauseMatcher::ClausePair& best) {
  if (2 * clauses->ClauseAgainst(n, best.new_clause, false, o2) > best.cosine) return false;
  size_t n_clauses = Clauses(input.New(n).node->text).size();
  for (size_t j = 0; j < n_clauses; ++j) {
    if (static_cast<int>(j) == best.new_clause) continue;
    if (clauses->ClauseAgainst(n, static_cast<int>(j), false, o2) >= input.options.clause_match_min)
      return true;
  }
  return false;
}

}  // namespace

void FindSharedPieces(const AlignInput& input, const CandidateSet& candidates, const Matching& m,
                      ClauseMatcher* clauses, Groups* g) {
  if (input.cross_language) return;
  const AlignOptions& opt = input.options;
  std::vector<bool> old_used(input.old_tasks.size()), new_used(input.new_tasks.size());
  for (const Candidate& c : candidates.all()) {
    int n1 = m.old_to_new[static_cast<size_t>(c.o)];
    int o2 = m.new_to_old[static_cast<size_t>(c.n)];
    if (n1 < 0 || o2 < 0 || n1 == c.n || o2 == c.o) continue;
    if (old_used[static_cast<size_t>(c.o)] || new_used[static_cast<size_t>(c.n)]) continue;
    if (!Plain(*g, c.o, n1) || !Plain(*g, o2, c.n)) continue;
    // The pieces stand side by side: the two old tasks merged, or the two new
    // tasks o split into. The same duty written in the articles of two
    // agencies ("Theo dõi, đánh giá, giám sát … thuộc phạm vi quản lý") is a
    // repetition, not a piece. Tested first: it is the cheapest.
    bool old_siblings = input.Old(c.o).parent == input.Old(o2).parent;
    bool new_siblings = input.New(c.n).parent == input.New(n1).parent;
    if (!old_siblings && !new_siblings) continue;
    // n kept o2's text word for word: nothing in it is another task's (the
    // groups' rule for a whole whose counterpart is unchanged).
    if (input.features.SameVector(o2, c.n)) continue;
    if (!SameKind(input.Old(c.o), input.New(c.n)) || c.e.style_conflict) continue;
    // Neither containment this low: no clause of one is most of a clause
    // of the other (the clause matcher's own prefilter).
    if (std::max(c.e.old_in_new, c.e.new_in_old) < kClausePrefilter) continue;
    // n holds o's clause and o2's text: two clauses at least.
    if (Clauses(input.New(c.n).node->text).size() < 2) continue;
    bool o_whole = Clauses(input.Old(c.o).node->text).size() == 1;
    if (!(o_whole ? old_siblings : new_siblings)) continue;
    // A clause of o that went to n left n1: not when n1 kept o's text.
    if (!o_whole && input.features.SameVector(c.o, n1)) continue;
    ClauseMatcher::ClausePair best = clauses->BestClausePair(c.o, c.n);
    if (best.cosine < opt.clause_match_min) continue;
    if (!ClauseCameFromO(input, clauses, c.n, o2, best)) continue;
    // The clause left o's partner for n, or o was copied whole.
    bool moved_out = 2 * clauses->ClauseAgainst(c.o, best.old_clause, true, n1) <= best.cosine;
    bool copied = o_whole && best.cosine >= kNearlyWhole;
    if (!moved_out && !copied) continue;
    old_used[static_cast<size_t>(c.o)] = new_used[static_cast<size_t>(c.n)] = true;
    if (o_whole) {
      InsertSorted(&g->merge_pieces[static_cast<size_t>(c.n)], c.o);
    } else {
      InsertSorted(&g->split_pieces[static_cast<size_t>(c.o)], c.n);
    }
    g->cp_old[static_cast<size_t>(c.o)].push_back(c.n);
    g->cp_new[static_cast<size_t>(c.n)].push_back(c.o);
  }
}

}  // namespace congvan::align_internal
