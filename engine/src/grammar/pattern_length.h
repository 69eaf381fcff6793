// How long a match of a grammar pattern can be, read from the pattern's text.
//
// A field whose patterns can match only where the text begins ("^…",
// lazy_regex.h AnchoredAtStart) and only a bounded number of bytes decides
// its answer on the text's first bytes: Grammar::FindMetaIn then folds a
// prefix instead of the whole text (the amendment stage asks "action" of
// every provision, and the fold was most of that question's cost).
#ifndef CONGVAN_GRAMMAR_PATTERN_LENGTH_H_
#define CONGVAN_GRAMMAR_PATTERN_LENGTH_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace congvan::grammar_internal {

// An upper bound on the bytes (UTF-8) any match of `pattern` can span, as RE2
// reads it with UTF-8 encoding and no flags: literals count their bytes,
// everything that may stand for any character (".", classes, class escapes,
// \p{…}) counts 4, "?" and {n,m} count their upper bound. nullopt when there
// is no bound ("*", "+", "{n,}") or the pattern holds something not read here
// (a flag group "(?i)", \Q…\E, an unbalanced parenthesis): the caller then
// treats the match as unbounded. Empty-width assertions (^ $ \b \B \A \z)
// count 0; RE2 decides them from at most one byte beyond the match.
// REQUIRES: PatternError(pattern) is empty (lazy_regex.h).
std::optional<size_t> MaxMatchBytes(std::string_view pattern);

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_PATTERN_LENGTH_H_
