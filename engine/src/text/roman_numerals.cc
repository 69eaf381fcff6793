// The greedy walk down the subtractive table: see roman_numerals.h.
#include "text/roman_numerals.h"

#include <utility>

namespace congvan::text {

std::string RomanNumeral(int value, bool capitals) {
  static const std::pair<int, const char*> kTable[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string out;
  for (const auto& [v, digits] : kTable) {
    while (value >= v) {
      out += digits;
      value -= v;
    }
  }
  if (!capitals) {
    for (char& c : out) c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace congvan::text
