// LetterValues (grammar/letter_values.h) answers a one-byte letter from a
// table built at load: it must give the walk's answer (LetterValueIn, the
// first place) for every byte and every letter, in sequences shaped like the
// grammars' (Vietnamese letters with "đ", a Latin alphabet, a letter twice,
// an empty sequence).
#include "grammar/letter_values.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using congvan::grammar_internal::LetterValueIn;
using congvan::grammar_internal::LetterValues;

TEST_CASE("LetterValues gives the first place of every letter in every sequence", "[grammar]") {
  const std::vector<std::string> vi = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                       "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
  std::vector<std::string> latin;
  for (char c = 'a'; c <= 'z'; ++c) latin.push_back(std::string(1, c));
  const std::vector<std::string> twice = {"b", "a", "b", "ab", "\x7f"};
  const std::vector<std::string> empty;
  LetterValues table({&vi, &latin, &twice, &empty});
  REQUIRE(table.sequence_count() == 4);
  const std::vector<const std::vector<std::string>*> sequences = {&vi, &latin, &twice, &empty};
  std::vector<std::string> letters = {"", "đ", "ab", "Đ", "aa", "ă"};
  for (int byte = 0; byte < 256; ++byte) letters.push_back(std::string(1, static_cast<char>(byte)));
  int differ = 0;
  for (const std::string& letter : letters) {
    for (size_t i = 0; i < sequences.size(); ++i) {
      if (table.ValueIn(i, letter) != LetterValueIn(*sequences[i], letter)) ++differ;
    }
  }
  CHECK(differ == 0);
  CHECK(table.ValueIn(0, "đ") == 5);
  CHECK(table.ValueIn(0, "e") == 6);
  CHECK(table.ValueIn(1, "e") == 5);
  CHECK(table.ValueIn(2, "b") == 1);
  CHECK(table.ValueIn(3, "a") == 0);
}
