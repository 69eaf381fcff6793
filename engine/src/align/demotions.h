// Demotions: an article of the old version that became a clause of an
// article of the new one (old Điều 49 → new Điều 35 khoản 5), read off the
// one-to-one matching before splits and merges.
//
// The article's heading rarely resembles the clause's text, and an article
// is numbered in another style than a clause, so no pair score links them;
// its provisions say where it went. An old article (with no article inside
// it) is demoted to a new clause C when
//  - more than half of its matched provisions were matched inside C (C
//    itself or the points under it), and
//  - the new article holding C continues another old article: of its
//    matched provisions outside C, most come from one other old article,
//    more than the article supplied to the whole new article — or fewer,
//    when all of the article's provisions there sit inside C, the other
//    article's come before C, and the other article is paired with a new
//    article that holds none of its provisions and scores less than the new
//    article holding C (old Điều 48, paired with new text, whose khoản 1
//    opens new Điều 35; old Điều 49 is new Điều 35 khoản 5). That other
//    article then follows its provisions into the freed new article
//    (article_follows_provisions.h).
// The second test keeps an article that simply went on as an article (its
// clauses are there, the rest of the new article is new text) and the merge
// of several whole articles into one (each old article a clause of the new
// one, none dominating: groups.h's MergeArticlesByProvisions).
// The demoted article leaves any article it was paired with. When C has no
// counterpart the article becomes it; otherwise the article joins C's
// counterpart as a piece of a merge into C (the article and its lead-in or
// first clause became the one clause).
#ifndef CONGVAN_SRC_ALIGN_DEMOTIONS_H_
#define CONGVAN_SRC_ALIGN_DEMOTIONS_H_

#include <vector>

#include "align/assignment.h"

namespace congvan::align_internal {

// Demotes articles in `matching` (see above). Returns per old task the new
// clause it must join as a merge piece (C already had a counterpart), or -1.
// Reads the scores the last assignment stored in `candidates`.
std::vector<int> DemoteArticles(const AlignInput& input, const CandidateSet& candidates,
                                Matching* matching);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_DEMOTIONS_H_
