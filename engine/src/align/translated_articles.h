// Translated articles: an article left alone across languages is the article
// of its number in the translation, when that one is alone too or holds only
// the provisions of the first (and the same the other way round).
//
// A translation keeps the numbering of the text it translates (Điều 87 is
// Article 87), but not always its paragraphs: Hiến pháp 2013 Điều 87 is a line
// ("Chủ tịch nước do Quốc hội bầu trong số đại biểu Quốc hội.") and two
// unnumbered paragraphs; the English the Constitute Project published writes
// Article 87 as one paragraph ("The State President shall be elected by the
// National Assembly from among its members. He is responsible to … His term
// of office follows …"). Text across languages goes through the bilingual
// lexicon, and the article's own line shares too little with the whole: the
// two paragraphs were merged into Article 87 and Điều 87 was dropped (read
// the other way, Article 87 dropped and Điều 87 added). The number says
// where it went.
// The same when the translation splits an article the other way round: Điều
// 10 (one sentence on the Trade Union) against a rendering that writes
// "Article 10: The Trade Union" over a list of what the union does: the
// sentence split into the list's items and the article line was added.
// Rule (across languages only, the two documents possibly one act: see
// translated_residue.h), for each number that names one article on each
// side, old article a and new article b not counterparts of each other:
// - a has no counterpart and every counterpart of b lies inside a: a is b's
//   partner when b has none, else (one of a's provisions is b's partner,
//   others merged into it) a piece of that merge;
// - b has no counterpart, a has a partner and every counterpart of a (its
//   partner, its split's pieces) lies inside b: b is a piece of a's split.
// Either way only when the two articles' whole texts are as alike as a
// reworded pair (`reworded_min`): the number is no evidence on its own, as
// an unrelated act numbers its articles alike and the documents' numbers and
// years, which would tell them apart, are often not read (session 41's review:
// Luật Đất đai 2013 against the Constitution's English had six such links,
// 0.16–0.20, where the Constitution's own are 0.35–0.56).
// Nothing already paired is undone. Measured on Hiến pháp 2013 against the
// two renderings of its English (unseen/x10): articles by place 116 → 117 of
// 117 both ways (one rendering), 113 → 117 and 114 → 117 (the other).
#ifndef CONGVAN_SRC_ALIGN_TRANSLATED_ARTICLES_H_
#define CONGVAN_SRC_ALIGN_TRANSLATED_ARTICLES_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Pairs the lone translated articles (see above) in `matching` and `groups`.
// Across languages only; the caller has checked that the two may be one act.
void MatchLoneTranslatedArticles(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_TRANSLATED_ARTICLES_H_
