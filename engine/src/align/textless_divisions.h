// Textless divisions: an article with no words of its own is the article its
// provisions went to.
//
// A division whose heading line is only its marker ("Article 17", "Điều 17."
// over numbered clauses: most articles of a constitution, articles of old
// decrees, the heading-less articles of some translations) has no text, so
// no vector and no candidate: it came out dropped, and its counterpart added,
// while every one of its clauses was matched one to one into that
// counterpart (Constitution 2013 in two English renderings: 54 of 118
// articles). The same holds when only one side has a heading ("Article 10"
// → "Article 10: The Trade Union"): text cannot speak for such a pair, its
// provisions can.
// Rule: an unmatched old division and an unmatched new division of the same
// level, one of them (or both) without text, are counterparts when at least
// one provision of the old division has a counterpart inside the new one,
// and those are most of the old division's provisions that have a
// counterpart and most of the new division's. Only divisions that hold no
// other division (articles, not chapters: a textless chapter is rare, and its
// articles are matched on their own). Nothing already matched is undone;
// across languages too (structural anchors usually match such articles there
// already).
#ifndef CONGVAN_SRC_ALIGN_TEXTLESS_DIVISIONS_H_
#define CONGVAN_SRC_ALIGN_TEXTLESS_DIVISIONS_H_

#include <string>
#include <string_view>

#include "align/groups.h"

namespace congvan::align_internal {

// Adds to `matching` (and to the counterparts of `groups`) the textless
// division pairs (see above). After the groups and the article residue: the
// provisions' counterparts are final.
void MatchTextlessDivisions(const AlignInput& input, Matching* matching, Groups* groups);

// Articles regrouped under a new heading: an unmatched old division and an
// unmatched new division, both with text, holding no other division, are
// counterparts when at least kMinProvisionsOverText (2) provisions of the old
// one have a counterpart inside the new one, and those are most of each
// side's provisions with a counterpart. The headings were too far apart for the
// assignment (Luật Hải quan 2001 Điều 26 "Giám sát hải quan" → 2014 Điều 38
// "Đối tượng, phương thức và thời gian giám sát hải quan", 7 of 7
// provisions); the provisions are not. After the unpaired demotions, which
// take first the articles whose provisions all went into one clause (old
// Điều 61 of Nghị định 102/2017 is new Điều 51 khoản 1, not Điều 51). Same
// language only.
void MatchArticlesByTheirProvisions(const AlignInput& input, Matching* matching, Groups* groups);

// The guard of MatchArticlesByTheirProvisions: whether an old and a new
// heading share a syllable (case-folded, diacritics kept) that is not a
// function word of its document's language. The function words are the
// grammar's <continuation> words (grammars/<code>.xml: "và", "của"; "the",
// "of"), read through the aligner's vocabulary of `grammar_dir` (empty: the
// default); with no grammar every syllable counts.
bool HeadingsShareAWord(std::string_view old_heading, Language old_language,
                        std::string_view new_heading, Language new_language,
                        const std::string& grammar_dir = "");

}  // namespace congvan::align_internal

#endif  // CONGVAN_SRC_ALIGN_TEXTLESS_DIVISIONS_H_
