// A division heading wrapped after its word by a crawler's caption.
#ifndef CONGVAN_PARSE_WRAPPED_DIVISION_WORD_H_
#define CONGVAN_PARSE_WRAPPED_DIVISION_WORD_H_

#include <string_view>

#include "congvan/grammar.h"

namespace congvan::parse {

// Whether the line `prev` ends with a division's word standing after a
// sentence ("Luật Quốc tịch Việt Nam 2008. Mục") or alone, and the line
// `line` right under it opens with that division's number ("1. QUY ĐỊNH
// CHUNG"): the two read together are one heading of a style the grammar
// calls a heading ("Mục 1. QUY ĐỊNH CHUNG"), so the lines are one paragraph.
bool WrapsDivisionNumber(std::string_view prev, std::string_view line, const Grammar& grammar);

// The bytes at the end of `line` (trailing spaces gone) that may be a
// division's word: its last word, or its last two when the last is in lower
// case ("Tiểu mục"), opening with a capital; empty when none (or the line is
// the word alone).
std::string_view TrailingDivisionWord(std::string_view line);

// Whether `s` opens as a division's number may: an ASCII digit or a Roman
// numeral's capital ("26. …", "IV. …").
bool StartsWithAsciiDigitOrRoman(std::string_view s);

// Whether the grammar reads `word` and the start of `line` together as a
// heading marker whose number lies on `line` ("Tiểu mục" + "1. QUYỀN …").
bool ReadsAsDivisionHeading(std::string_view word, std::string_view line, const Grammar& grammar);

// The upper- and lower-case letters of a text: a title in capitals has no
// lower-case letter, a division's word ("Điều", "Tiểu mục") has some.
struct LetterCases {
  int upper = 0;
  int lower = 0;
};
LetterCases CountLetterCases(std::string_view text);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_WRAPPED_DIVISION_WORD_H_
