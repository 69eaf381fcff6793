// Roman numerals written out: the one writer the engine has, serving the
// grammar (an ordinal read as a number and written back in its style), the
// Word reader (a list level numbered "upperRoman"/"lowerRoman") and the HTML
// reader (a browser's label for <ol type="I">). Standard subtractive form
// by the greedy table walk (1994 → MCMXCIV); a value below 1 has no numeral
// and gives "". Above 3999 the M's repeat, as Word and browsers also do.
#ifndef CONGVAN_SRC_TEXT_ROMAN_NUMERALS_H_
#define CONGVAN_SRC_TEXT_ROMAN_NUMERALS_H_

#include <string>

namespace congvan::text {

// `value` as a Roman numeral, capital letters ("XIV") or small ("xiv").
std::string RomanNumeral(int value, bool capitals = true);

}  // namespace congvan::text

#endif  // CONGVAN_SRC_TEXT_ROMAN_NUMERALS_H_
