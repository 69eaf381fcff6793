// Literal text every match of a grammar pattern holds, read from the pattern.
//
// A metadata pattern that cannot match a text need not be compiled or run
// on it: "Số:" numbers, "Bộ …" issuers and "Luật … số …" citations are asked
// of letterhead lines, preambles and provisions that mostly hold none of
// their words, and compiling a pattern with large Unicode classes costs
// millions of instructions the first time a process asks it
// (Grammar::FindMetaIn, grammar/lazy_regex.h). The loader reads each
// pattern's required literals once; FindMetaIn asks a pattern only of a text
// that holds them.
#ifndef CONGVAN_GRAMMAR_REQUIRED_LITERALS_H_
#define CONGVAN_GRAMMAR_REQUIRED_LITERALS_H_

#include <string>
#include <string_view>
#include <vector>

namespace congvan::grammar_internal {

// Strings of which every match of a pattern holds at least one (as bytes).
using LiteralChoice = std::vector<std::string>;

// Choices every match of `pattern` (RE2, UTF-8, case-sensitive, no literal
// mode) satisfies, each a non-empty list of non-empty strings; at most
// `max_choices` of them, the most selective first (fewest strings, then the
// longest shortest string). Empty when nothing is known: the pattern may
// match anywhere — also for anything this reader does not follow exactly
// (case-insensitive flags "(?i)", \Q…\E). REQUIRES: PatternError(pattern) is
// empty (lazy_regex.h).
std::vector<LiteralChoice> RequiredLiterals(std::string_view pattern, size_t max_choices = 2);

// Strings of which every match of `pattern` begins with one (a prefix of the
// text for a pattern AnchoredAtStart, lazy_regex.h); empty when not known.
// REQUIRES: PatternError(pattern) is empty.
LiteralChoice LeadingLiterals(std::string_view pattern);

// Both of the above, read in one pass (the grammar loader reads every
// metadata pattern).
struct PatternLiterals {
  std::vector<LiteralChoice> required;
  LiteralChoice lead;
};
PatternLiterals ReadPatternLiterals(std::string_view pattern, size_t max_choices = 2);

// Whether `text` begins with one of `lead`.
bool BeginsWithOneOf(const LiteralChoice& lead, std::string_view text);

// Whether `text` meets every choice (some string of each occurs in it): false
// only when no match of the pattern the choices were read from can be in it.
bool HoldsRequiredLiterals(const std::vector<LiteralChoice>& choices, std::string_view text);

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_REQUIRED_LITERALS_H_
