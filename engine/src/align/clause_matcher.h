// How similar a task is to one clause of another task: the evidence for a
// split or merge at clause boundaries, where a clause-sized piece of a long
// task shares too little of the whole's weight to pass the containment test.
//
// Clauses end at '.', ';' or ':' followed by a space. A whole's clauses are
// projected onto the feature space once per text (cached by the feature
// space's text class, so an unchanged provision, a whole on both sides, is
// projected once), and each clause once per clause text (a reworded
// provision keeps most of its clauses word for word, and Project is a
// function of the text and the language alone); the similarity is the best
// cosine between the piece and one clause. A task of one clause has no
// clause evidence.
#ifndef CONGVAN_SRC_ALIGN_CLAUSE_MATCHER_H_
#define CONGVAN_SRC_ALIGN_CLAUSE_MATCHER_H_

#include <absl/container/flat_hash_map.h>
#include <absl/strings/string_view.h>

#include <string_view>
#include <unordered_map>
#include <vector>

#include "align/align_input.h"

namespace congvan::align_internal {

// A piece sharing less than this share of its weight with the whole cannot be
// similar enough to one of the whole's clauses; callers skip the clause test.
inline constexpr double kClausePrefilter = 0.3;

// The clauses of a text (see above).
std::vector<std::string_view> Clauses(std::string_view text);

class ClauseMatcher {
 public:
  explicit ClauseMatcher(const AlignInput& input) : input_(input) {}
  // Best cosine between task `piece` of one side and a clause of task
  // `whole` of the other side; old_whole: the whole is an old task.
  double Similarity(int whole, int piece, bool old_whole);
  // The clauses of old task o (old_side) or new task n as projections, a
  // task of one clause included (its one clause is its text); and the best
  // cosine between a clause of one and any clause of another, telling which.
  struct ClausePair {
    double cosine = 0;
    int old_clause = -1;
    int new_clause = -1;
  };
  ClausePair BestClausePair(int o, int n);
  // Best cosine between clause `clause` of a task and any clause of a task
  // of the other side (old_side: the clause is an old task's).
  double ClauseAgainst(int task, int clause, bool old_side, int other);

 private:
  // Old task o: its text class (o itself when texts are not shared); new
  // task n: its text class, or old task count + n when no old task has its
  // text.
  int CacheKey(int whole, bool old_whole) const;
  // The index in projections_ of `clause`'s projection in `language`;
  // `side` tells the languages apart (0 when both versions share one).
  int Projection(std::string_view clause, Language language, int side);
  const std::vector<int>& AllClauses(int task, bool old_side);

  const AlignInput& input_;
  // Cache key → indices into projections_ of the whole's clauses.
  std::unordered_map<int, std::vector<int>> clauses_;
  std::unordered_map<int, std::vector<int>> all_clauses_;  // every task, one clause or more
  std::vector<ProjectedVector> projections_;
  absl::flat_hash_map<absl::string_view, int> projected_[2];  // clause text → index
};

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_CLAUSE_MATCHER_H_
