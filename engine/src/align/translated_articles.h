// Translated articles: an article left alone across languages is the article
// of its number in the translation, when that one is alone too or holds only
// the provisions of the first.
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
// Rule (across languages only, the two documents possibly one act: see
// translated_residue.h): an old numbered article with no counterpart at all
// is paired with the new numbered article of the same number when each
// number names one article on its side and the new article has no
// counterpart outside the old article: one to one when the new article has no
// partner, else (one of the old article's provisions is its partner, others
// merged into it) the old article joins that merge as a piece. Nothing
// already paired is undone.
#ifndef CONGVAN_SRC_ALIGN_TRANSLATED_ARTICLES_H_
#define CONGVAN_SRC_ALIGN_TRANSLATED_ARTICLES_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Pairs the lone translated articles (see above) in `matching` and `groups`.
// Across languages only; the caller has checked that the two may be one act.
void MatchLoneTranslatedArticles(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_TRANSLATED_ARTICLES_H_
