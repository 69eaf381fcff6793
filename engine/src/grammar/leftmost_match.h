// Where a pattern's leftmost match lies, found without RE2's reverse program.
//
// Approach: RE2::Match, asked UNANCHORED for a match's position, runs its
// forward DFA to find where the match ends and then compiles (once per
// pattern, ≈ as much again as the forward compilation: 105 M instructions
// on the 65-document bench folder) a reverse program to find where it
// begins. A grammar's metadata patterns match a few times per document, on
// short texts, so in a short run that compilation is most of their matching.
// Here one boolean UNANCHORED question (forward DFA only) rules out a text
// without a match; then the match is the anchored match at the first place
// one begins (each probe an anchored forward DFA scan, which mostly dies on
// the first byte; RE2 reads `subject` as the context of every probe, so \b
// and ^ see the bytes before it). That is the definition of RE2's leftmost
// match, so the span is RE2's own (tests/grammar/leftmost_match_test.cc
// compares it on every metadata pattern over the corpus lines). The probes
// cost ≈ 1,100 instructions each, one per byte before the match, so the
// caller keeps this for short texts. Not a binary search over the probe's
// start with UNANCHORED questions: "a match begins at or after s" is
// monotone but its threshold is the last place a match begins, not the
// first (it moved a cited "Quyết định số …" to the "Thông tư số …" after it).
// A pattern ending in "$" still builds its reverse program: RE2 answers even
// a boolean UNANCHORED question for it backwards.
#ifndef CONGVAN_GRAMMAR_LEFTMOST_MATCH_H_
#define CONGVAN_GRAMMAR_LEFTMOST_MATCH_H_

#include <re2/re2.h>

#include <cstddef>
#include <string_view>

namespace congvan::grammar_internal {

// As re.Match(subject, pos, subject.size(), RE2::UNANCHORED, &whole, 1):
// false when no match begins at or after `pos`, else true with the
// leftmost match's span in [*begin, *end). Costs one anchored probe per
// byte from `pos` to the match, so a caller keeps it for short subjects.
// *probes is increased by the anchored probes run.
bool FindLeftmostMatch(const RE2& re, std::string_view subject, size_t pos, size_t* begin,
                       size_t* end, size_t* probes);

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_LEFTMOST_MATCH_H_
