// Word-level redlines: what a reader sees when one task's wording changes.
//
// The texts are cut into tokens (ICU words, each punctuation mark on its own,
// whitespace runs kept as tokens), diffed with patience diff (unique common
// tokens as anchors) falling back to Myers' O(ND) diff between anchors, and
// then cleaned up semantically so that a rewritten clause reads as one
// deletion followed by one insertion instead of confetti of tiny edits.
#ifndef CONGVAN_REDLINE_H_
#define CONGVAN_REDLINE_H_

#include <string>
#include <string_view>
#include <vector>

namespace congvan {

enum class RedlineOp { kEqual, kInsert, kDelete };
const char* RedlineOpName(RedlineOp op);  // "equal" | "insert" | "delete"

struct RedlineSegment {
  RedlineOp op = RedlineOp::kEqual;
  std::string text;
  bool operator==(const RedlineSegment&) const = default;
};

struct RedlineOptions {
  // Semantic clean-up: an equality lying between edits is folded into them when
  // it is no longer (in characters, whitespace excluded) than the edits on
  // both of its sides, or when it holds at most this many word tokens.
  int max_absorbed_words = 1;
  // Turn the clean-up off (raw minimal token diff).
  bool semantic_cleanup = true;
  // Hard limit on the edit distance explored by Myers between two anchors;
  // beyond it the span is reported as one deletion + one insertion.
  int max_edit_distance = 4000;
};

// Returns the segments turning `old_text` into `new_text`.
// Guarantees: concatenating the kEqual and kDelete segments in order gives
// `old_text` byte for byte; concatenating kEqual and kInsert gives `new_text`.
// Adjacent segments never share an op, except that a kDelete may be followed
// by a kInsert (that is how a replacement reads). Never fails: invalid UTF-8
// is treated as opaque bytes by the tokenizer.
std::vector<RedlineSegment> Redline(std::string_view old_text, std::string_view new_text,
                                    const RedlineOptions& options = {});

// Splits text into redline tokens (words, single punctuation marks, whitespace
// runs). Concatenating the tokens gives `text` exactly. Exposed for tests.
std::vector<std::string> RedlineTokens(std::string_view text);

}  // namespace congvan

#endif  // CONGVAN_REDLINE_H_
