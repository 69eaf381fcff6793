// The first match of a metadata field without its other matches
// (Grammar::FirstMeta).
//
// Approach: a field's matches (Grammar::FindMetaIn) are every match of each
// of its patterns, each pattern searched again from the end of its previous
// match, sorted by where they begin; a stage that reads only the first (the
// document a provision cites first, FirstCitedDocument) paid for the
// searches after it, over the rest of a long provision. Each pattern's first
// match begins no later than its others, so the earliest of the patterns'
// first matches is the front of the whole list — unless two patterns' first
// matches begin at the same byte, where the whole list's order among equal
// beginnings is std::sort's: FirstMeta then asks for the whole list, so its
// answer is always FindMeta's front (tests/grammar/first_meta_match_test.cc,
// every paragraph of every corpus and unseen text).
#ifndef CONGVAN_GRAMMAR_FIRST_META_MATCH_H_
#define CONGVAN_GRAMMAR_FIRST_META_MATCH_H_

#include <vector>

#include "congvan/grammar.h"

namespace congvan::grammar_internal {

// Whether the front of `firsts` (each pattern's first match, sorted by
// begin) is the field's first match: no other begins where it does.
inline bool EarliestIsFirst(const std::vector<Grammar::MetaMatch>& firsts) {
  return firsts.size() < 2 || firsts[0].begin < firsts[1].begin;
}

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_FIRST_META_MATCH_H_
