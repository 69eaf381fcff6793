// The answers of a marker style's next / not-next pattern that depend on one
// character only, kept per code point.
//
// Approach: what must follow a marker is asked with an anchored RE2 match at
// the place its text begins, ≈ 800–1,600 instructions a call whatever the
// pattern (an article heading asks "$|[\p{Lu}“"(]" on every "Điều …" line).
// When every top-level alternative of the pattern is "$" or one unit that
// matches exactly one character (a class "[…]", "\p{…}", "\pL", "\P…") and
// the grammar reads UTF-8, the answer at a place is: at the text's end,
// whether "$" is an alternative (a "$" without (?m) matches only there, and
// no class matches nothing); elsewhere, whether the code point there is in
// the classes. RE2 is asked once per code point (below kCodePoints; others,
// and bytes that are not well-formed UTF-8, are asked every time), on the
// line where the code point is first met, and its answer is kept.
// tests/grammar/next_char_memo_test.cc compares the memo with RE2 at every
// offset of every corpus line.
#ifndef CONGVAN_GRAMMAR_NEXT_CHAR_MEMO_H_
#define CONGVAN_GRAMMAR_NEXT_CHAR_MEMO_H_

#include <re2/re2.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string_view>

#include "grammar/lazy_regex.h"

namespace congvan::grammar_internal {

class NextCharMemo {
 public:
  // Code points below this are kept (Latin, Vietnamese, general punctuation).
  static constexpr uint32_t kCodePoints = 0x2100;

  // A memo for `pattern`, or null when its answer may depend on more than
  // the character at the place asked. REQUIRES: PatternError(pattern) is empty.
  static std::unique_ptr<NextCharMemo> For(std::string_view pattern, const RE2::Options& options);

  // re.get().Match(line, at, line.size(), RE2::ANCHOR_START, nullptr, 0),
  // where `re` is the pattern this memo was made for (compiled only when
  // the memo does not know the answer).
  bool Matches(const LazyRegex& re, std::string_view line, size_t at) const;

 private:
  explicit NextCharMemo(bool end_matches) : end_matches_(end_matches) {}
  const bool end_matches_;  // "$" is one of the alternatives
  // 0: not asked yet, 1: no, 2: yes. The grammar is shared by threads; an
  // answer is a function of the code point, so racing writers store the same.
  mutable std::array<std::atomic<uint8_t>, kCodePoints> answers_{};
};

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_NEXT_CHAR_MEMO_H_
