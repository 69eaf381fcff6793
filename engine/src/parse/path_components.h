// A task's path component: the part of its path ("2.b.1") that names it
// among its siblings — the number of a numbered item with its suffix ("2",
// "26a"), the letter of a letter item ("đ"), lower-cased as the grammar
// renders it.
#ifndef CONGVAN_PARSE_PATH_COMPONENTS_H_
#define CONGVAN_PARSE_PATH_COMPONENTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "congvan/grammar.h"
#include "parse/sequence_fit.h"

namespace congvan::parse {

// The plain way: the letter rendered by Grammar::RenderMarker (a copy of the
// marker reduced to its ordinal) with ASCII capitals lowered; the value and
// suffix for every other numbered style.
std::string RenderPathComponent(const Grammar& grammar, const MarkerMatch& m,
                                const ListPosition& p);

// RenderPathComponent for every item of a text, without a string per item:
// numbers are written into a reused buffer, letters are rendered once per
// (style, value, sequence, ordinal as written) and then read from a memo (a
// law has some thirty distinct letters and tens of thousands of letter items).
// Borrows the grammar; one per tree builder.
class PathComponents {
 public:
  explicit PathComponents(const Grammar& grammar) : grammar_(grammar), styles_(grammar.styles()) {}
  // RenderPathComponent(grammar, m, p); valid until the next call.
  std::string_view Of(const MarkerMatch& m, const ListPosition& p);

 private:
  struct Letter {
    int style = 0;
    int sequence = 0;
    std::string ordinal_text;
    std::string component;
  };
  static constexpr int kMaxMemoValue = 64;  // beyond it (never on a real text) rendered each time

  const Grammar& grammar_;
  const std::vector<MarkerStyle>& styles_;             // grammar_.styles(), asked once
  static constexpr size_t kNumberDigits = 12;          // an int's digits and sign
  char number_[kNumberDigits + 20];                    // a number's component and a short suffix
  std::vector<std::vector<Letter>> letters_by_value_;  // [value]: the letters rendered
  std::string scratch_;                                // the answer when not in the memo
};

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_PATH_COMPONENTS_H_
