// The Vietnamese syllable set: see vietnamese_syllables.h.
#include "support/vietnamese_syllables.h"

#include <catch2/catch.hpp>

#include "congvan/grammar.h"

namespace congvan::testing {

const text::SyllableSet* VietnameseSyllables() {
  static const auto grammar = Grammar::LoadForLanguage("", Language::kVietnamese);
  REQUIRE(grammar.ok());
  const text::SyllableSet* set = (*grammar)->syllables();
  REQUIRE(set != nullptr);
  return set;
}

std::vector<std::pair<size_t, size_t>> WordsOf(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> words;
  for (size_t i = 0; i < text.size();) {
    if (IsBreak(text[i])) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < text.size() && !IsBreak(text[e])) ++e;
    words.emplace_back(i, e);
    i = e;
  }
  return words;
}

}  // namespace congvan::testing
