// A marker style that may follow the grammar's <lead>, matched as the lead
// alone and then the style, instead of the one pattern `(?:LEAD)?STYLE`.
//
// Approach: the vi lead (a web copy's breadcrumb, "Luật Đất đai. Chương I")
// is `(?:Bộ luật|Luật|…)\s[^.\n]{1,200}?\.\s+`, and every style that may
// follow it was checked, on a line that opens with it, with its full pattern
// `(?:LEAD)?STYLE`: each such pattern compiles its own 200 copies of the
// UTF-8 class `[^.\n]` (6.7–9.8 M instructions each, eight of them on the
// 2 MB folder). When the lead is `BODY\.\s+` with a BODY that can match no
// "." (LeadEndsAfterFirstDot, read from the pattern's text), every match of
// the lead spans the text up to its first ".", that dot and some of the
// whitespace after it: its ends are that dot's end plus 1…W bytes (W the
// whitespace run), preferred longest first (the greedy `\s+`). RE2's
// leftmost-first match of `(?:LEAD)?STYLE` is then the style's match at the
// first of those ends, longest first, where the style matches, else the
// style's match where the line begins (the lead left out); the lead holds
// no group, so the style's groups are numbered alike. MatchStyleAfterLead
// asks exactly that, with the style alone compiled.
// tests/grammar/lead_styles_test.cc compares its answers with the full
// patterns' on every corpus line.
#ifndef CONGVAN_GRAMMAR_LEAD_STYLES_H_
#define CONGVAN_GRAMMAR_LEAD_STYLES_H_

#include <re2/re2.h>

#include <cstddef>
#include <string_view>

namespace congvan::grammar_internal {

// Whether every match of `lead` (a pattern's text, as in the grammar) ends
// just past the first "." of the text it is matched on and 1…W of the
// whitespace bytes after it, preferring the longest: the pattern is
// `BODY\.\s+` at its top level, BODY holds no top-level "|", no "." and no
// escape or class that could match one (only a few escapes and classes are
// read; anything else answers false), no ungreedy flag, and `options` are
// leftmost-first. False when undecided. REQUIRES: the pattern parses.
bool LeadEndsAfterFirstDot(std::string_view lead, const RE2::Options& options);

// Where a lead of that kind may end in a line: from `longest` down to
// `shortest`, in its order of preference.
struct LeadEnds {
  size_t longest = 0;
  size_t shortest = 0;
};

// The ends of `lead` where `line` begins, or false when it does not match
// there. REQUIRES: LeadEndsAfterFirstDot(lead's pattern, lead's options).
bool FindLeadEnds(const RE2& lead, std::string_view line, LeadEnds* ends);

// As `(?:LEAD)?STYLE` matched with RE2::ANCHOR_START on `line`, where `ends`
// are the lead's (FindLeadEnds) and `style` is the style alone: true when it
// matches, with groups[0] from the line's start to the match's end and
// groups[1…n-1] the style's groups. REQUIRES: n ≥ 1.
bool MatchStyleAfterLead(const RE2& style, const LeadEnds& ends, std::string_view line,
                         re2::StringPiece* groups, int n);

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_LEAD_STYLES_H_
