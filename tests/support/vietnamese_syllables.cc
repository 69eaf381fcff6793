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

}  // namespace congvan::testing
