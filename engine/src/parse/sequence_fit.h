// How a marker relates to the open item of its style: does it continue the
// list exactly (2 after 1, đ after d, Điều 26a after Điều 26), or only through
// damage — a repeat (a misread number) or a small gap (numbers the OCR lost)?
//
// The tolerance window: a list may skip at most kMaxLostItems items. OCR loses
// single markers (a "2." printed faintly, a "b)" merged into the line above);
// two in a row is already rare, and a larger jump is more often another list
// or a figure ("20/24") than damage. Repeats are a misread of the expected
// number ("1." for "2.", "đ)" for "d)").
#ifndef CONGVAN_PARSE_SEQUENCE_FIT_H_
#define CONGVAN_PARSE_SEQUENCE_FIT_H_

#include <string>
#include <vector>

#include "congvan/grammar.h"

namespace congvan::parse {

constexpr int kMaxLostItems = 2;

// Where a list stands after one of its items.
struct ListPosition {
  int style = -1;  // the effective style (a repaired form counts as its target)
  int value = 0;
  std::string suffix;                // "a" of "Điều 26a"
  std::vector<int> prefix;           // "2.1." → {2}; "a1)" → {1}
  std::vector<int> sequence_values;  // letters: the value in each alternative sequence
  unsigned sequence_mask = ~0u;      // letters: the alternatives the list agrees with
};

enum class Fit { kNone, kExact, kRepeat, kGap };

struct SequenceFit {
  Fit fit = Fit::kNone;
  unsigned sequence_mask = 0;  // letters: the alternatives that fit
  int expected = 0;            // the value the list expected next
  int expected_sequence = 0;   // letters: the alternative `expected` is counted in
};

// The style a marker counts as: the style it repairs, or its own.
int EffectiveStyle(const MarkerMatch& m, const Grammar& grammar);

// The position a list is in after the item `m` (with the letter
// alternatives of `mask`).
ListPosition PositionOf(const MarkerMatch& m, const Grammar& grammar, unsigned mask = ~0u);

// How `m` fits after `open`. REQUIRES: EffectiveStyle(m) == open.style.
SequenceFit FitAfter(const ListPosition& open, const MarkerMatch& m, const Grammar& grammar);

// The index of the first letter alternative set in `mask` (0 if none).
int FirstSequence(unsigned mask);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_SEQUENCE_FIT_H_
