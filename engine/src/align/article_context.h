// Article context: how alike the articles enclosing two provisions are.
//
// In legislation a clause or point means what it means inside its article:
// the same "1. Phiếu yêu cầu đăng ký (01 bản chính);" opens the file of five
// old articles (aircraft, ships, land, …), and only the article says which new
// clause it became. Approach: every task is mapped once to its nearest
// enclosing division that has provisions (for a clause, its article); the
// context of a candidate pair of provisions is the cosine of those two
// divisions' subtree vectors (their whole text), computed once per pair of
// divisions met and cached. Unlike the parent bonus it needs no decision
// about the articles: an old article merged into a new one, or split over
// several, is still most like them. The scorer weighs it only for pairs whose
// parents are not counterparts one to one (when they are, the parent bonus
// says the same), and the assignment never lets it lift a pair over
// match_min: it says which of several counterparts a provision has, never
// whether it has one (as a plain bonus it linked 21 more provisions of the
// decree pair, most of them wrongly). Divisions themselves, tasks outside any
// division (a dispatch's items) and pairs across languages get no context:
// across languages a subtree is a few lexicon concepts most articles share.
#ifndef CONGVAN_SRC_ALIGN_ARTICLE_CONTEXT_H_
#define CONGVAN_SRC_ALIGN_ARTICLE_CONTEXT_H_

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "align/candidates.h"

namespace congvan::align_internal {

class ArticleContext {
 public:
  explicit ArticleContext(const AlignInput& input);
  // The cosine of the subtrees of the divisions enclosing old task o and new
  // task n; 0 when either has none (or the documents' languages differ).
  double Similarity(int o, int n);

 private:
  const AlignInput& input_;
  std::vector<int> old_enclosing_, new_enclosing_;  // -1: none
  std::unordered_map<uint64_t, float> cache_;
};

// Fills PairEvidence::context_similarity of every candidate.
void ContextEvidence(const AlignInput& input, CandidateSet* candidates);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_ARTICLE_CONTEXT_H_
