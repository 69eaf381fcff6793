// The one Roman numeral writer (text/roman_numerals.h): every value 1…3999 is
// checked against an independent reader of numerals (add each letter's value,
// subtract it when a larger one follows) and against the canonical-form
// pattern the lexicon uses, so a wrong table row or a non-minimal spelling
// ("IIII", "VIV") fails; small letters are the capitals lowered.
#include "text/roman_numerals.h"

#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <set>
#include <string>

namespace {

int LetterValue(char c) {
  switch (c) {
    case 'I':
      return 1;
    case 'V':
      return 5;
    case 'X':
      return 10;
    case 'L':
      return 50;
    case 'C':
      return 100;
    case 'D':
      return 500;
    case 'M':
      return 1000;
    default:
      return -100000;
  }
}

int ReadNumeral(const std::string& numeral) {
  int total = 0;
  for (size_t i = 0; i < numeral.size(); ++i) {
    int v = LetterValue(numeral[i]);
    bool smaller_than_next = i + 1 < numeral.size() && v < LetterValue(numeral[i + 1]);
    total += smaller_than_next ? -v : v;
  }
  return total;
}

}  // namespace

TEST_CASE("Roman numerals read back to their value in canonical form", "[text]") {
  static const RE2 kCanonical("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
  std::set<std::string> seen;
  for (int value = 1; value <= 3999; ++value) {
    std::string numeral = congvan::text::RomanNumeral(value);
    INFO(value << " → " << numeral);
    REQUIRE(ReadNumeral(numeral) == value);
    REQUIRE(RE2::FullMatch(numeral, kCanonical));
    REQUIRE(seen.insert(numeral).second);
  }
}

TEST_CASE("Roman numerals: the headings legal texts number, small letters, no numeral below one",
          "[text]") {
  using congvan::text::RomanNumeral;
  CHECK(RomanNumeral(1) == "I");
  CHECK(RomanNumeral(4) == "IV");
  CHECK(RomanNumeral(9) == "IX");
  CHECK(RomanNumeral(14) == "XIV");
  CHECK(RomanNumeral(49) == "XLIX");
  CHECK(RomanNumeral(1994) == "MCMXCIV");
  CHECK(RomanNumeral(4000) == "MMMM");
  CHECK(RomanNumeral(14, false) == "xiv");
  CHECK(RomanNumeral(0).empty());
  CHECK(RomanNumeral(-3, false).empty());
}
