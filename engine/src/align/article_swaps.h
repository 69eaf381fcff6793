// Article swaps: two articles whose counterparts the greedy assignment
// crossed, put right by the score of the pair of pairs.
//
// The assignment takes the best-scoring pair first. When two old articles
// are both like two new ones — a law's files for one procedure and another
// written in the same vocabulary ("Hồ sơ đăng ký thế chấp quyền sử dụng
// đất …" and "Hồ sơ đăng ký thay đổi … quyền sử dụng đất …") — the first
// article may take the second's counterpart by a small margin, leaving the
// second a far weaker one (old Điều 39 took new Điều 32 at 0.90 over new
// Điều 27 at 0.82; old Điều 43 then had Điều 27 at 0.78 instead of Điều 32
// at 0.88). A law renumbers its articles as a set, so the matching of two
// articles is judged together: matched old articles a → x and b → y are
// exchanged (a → y, b → x) when both exchanged pairs are candidates that
// the assignment could take (score ≥ match_min, text similarity ≥
// reworded_min) and their scores sum to more than the current two by
// kSwapMargin. Divisions of one style only (an article with an article, a
// chapter with a chapter): provisions are decided by their article
// (article_context.h) and dispatch items by their text.
#ifndef CONGVAN_SRC_ALIGN_ARTICLE_SWAPS_H_
#define CONGVAN_SRC_ALIGN_ARTICLE_SWAPS_H_

#include <utility>
#include <vector>

#include "align/assignment.h"

namespace congvan::align_internal {

// Exchanges crossed article counterparts in `matching` (see above), best
// gain first, each article at most once. Reads the scores the last
// assignment stored in `candidates`. Returns the exchanged pairs of old
// articles (a, b): a → y and b → x, where a had x.
std::vector<std::pair<int, int>> SwapCrossedArticles(const AlignInput& input,
                                                     const CandidateSet& candidates,
                                                     Matching* matching);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_ARTICLE_SWAPS_H_
