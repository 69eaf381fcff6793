// Translated residue: a provision of a translated article left without a
// partner, across languages, is the provision standing at its place in the
// article's translation.
//
// A translation keeps the numbering of the text it translates: Điều 28 is
// Article 28, its lead paragraph the article's lead paragraph, its khoản 4
// clause 4. Text across languages is compared through the bilingual lexicon,
// and a provision whose words the lexicon does not hold ("Trẻ em có quyền
// được bảo vệ … để không bị mua bán, bắt cóc, đánh tráo, chiếm đoạt" ↔
// "Children have the right to be protected, in any form, from trafficking,
// kidnapping, swap and appropriation") is dropped and its translation added
// although both articles were paired. The same-language rule for a provision
// rewritten in place (article_residue.h) stands aside across languages: its
// text bar means nothing there. Here the place decides, and a translation
// makes the place certain.
// Rule (across languages only): for every old article matched one to one with
// a new article of the same number, both holding no other division, an
// unmatched provision is paired with an unmatched provision of the counterpart
// when it is the only unmatched one between its nearest matched neighbours
// (matched inside the counterpart), the new one is the only unmatched one
// between those neighbours' partners, and the two carry the same marker value
// (both unnumbered, or the same number or letter) at the same depth under
// their articles. Nothing already matched is undone. The place is evidence
// only when the two texts may be one act: where both numbers (or both years)
// are read and differ, the stage does nothing (an English Planning Law 2025
// against Luật Quy hoạch 2017 numbers its articles alike and says other
// things there: 8 wrong pairs before this check). A new provision two old
// ones would claim (gaps overlapping where matched provisions cross) is
// paired with neither.
// Measured on Luật Trẻ em 2016 and its English (unseen/en9): vi → en added 6 → 4,
// dropped 61 → 59 (58 with the lexicon's children concepts); on Marriage and
// Family 2014 added 7 → 5, dropped 6 → 4.
#ifndef CONGVAN_SRC_ALIGN_TRANSLATED_RESIDUE_H_
#define CONGVAN_SRC_ALIGN_TRANSLATED_RESIDUE_H_

#include "align/groups.h"

namespace congvan::align_internal {

// Adds to `matching` (and to the counterparts of `groups`) the articles
// paired by their number (translated_articles.h), then the provisions
// paired by their place in translated articles (see above). After every stage
// that pairs provisions: only what they left is offered.
void MatchTranslatedResidue(const AlignInput& input, Matching* matching, Groups* groups);

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_TRANSLATED_RESIDUE_H_
