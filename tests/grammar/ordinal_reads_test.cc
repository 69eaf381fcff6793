// The ordinal's pieces read in place (grammar/ordinal_reads.h) must be what
// the string functions they replace give: AtoiOf as std::atoi of a copy,
// LowerOrdinal as ToLowerUtf8, LeadingDigits as find_first_not_of,
// LeadingNumber as both (the digits' count and atoi of them). Asked of
// every substring of every ordinal Grammar::Match reads on every corpus line
// (and every unseen one, with $CONGVAN_UNSEEN_TEXTS) in both grammars — the
// substrings are what ReadOrdinal hands them (a decimal's components, an
// article's digits and suffix, a letter after its parent's number) — and of
// the shapes the markers never show (signs, spaces, ten digits, 'I').
#include "grammar/ordinal_reads.h"

#include <array>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include "congvan/grammar.h"
#include "congvan/grammar_dir.h"
#include "grammar/grammar_impl.h"
#include "support/corpus.h"

namespace {

using congvan::grammar_internal::AtoiOf;
using congvan::grammar_internal::LeadingDigits;
using congvan::grammar_internal::LeadingNumber;
using congvan::grammar_internal::LowerOrdinal;
using congvan::grammar_internal::ToLowerUtf8;

// Compares the three readings with the plain ones on `text`; counts failures.
int CheckPiece(std::string_view text) {
  int failures = 0;
  if (AtoiOf(text) != std::atoi(std::string(text).c_str())) ++failures;
  size_t digits = text.find_first_not_of("0123456789");
  if (digits == std::string_view::npos) digits = text.size();
  if (LeadingDigits(text) != digits) ++failures;
  size_t number_digits = 0;
  const int number = LeadingNumber(text, &number_digits);
  if (number_digits != digits || number != std::atoi(std::string(text.substr(0, digits)).c_str())) {
    ++failures;
  }
  std::array<char, 16> buffer;
  std::string other;
  if (LowerOrdinal(text, buffer, &other) != ToLowerUtf8(text)) ++failures;
  return failures;
}

int CheckEverySubstring(std::string_view text) {
  int failures = 0;
  for (size_t begin = 0; begin <= text.size(); ++begin) {
    for (size_t size = 0; begin + size <= text.size(); ++size) {
      failures += CheckPiece(text.substr(begin, size));
    }
  }
  return failures;
}

}  // namespace

TEST_CASE("Ordinal pieces read in place as atoi and ToLowerUtf8 read them", "[grammar]") {
  for (const char* text : {"",
                           "0",
                           "7",
                           "26a",
                           "0012",
                           "123456789",
                           "1234567890",
                           "9876543210b",
                           "99999999999",
                           " 5",
                           "-3",
                           "+4",
                           "2.1.a",
                           "I",
                           "XIV",
                           "ii",
                           "Đ",
                           "đ",
                           "A",
                           "Ab",
                           "aaaaaaaaaaaaaaaaa",
                           "AAAAAAAAAAAAAAAA",
                           "MƯỜI MỘT",
                           "hai mươi"}) {
    CHECK(CheckEverySubstring(text) == 0);
  }
  std::set<std::string> ordinals;
  for (congvan::Language language : {congvan::Language::kVietnamese, congvan::Language::kEnglish}) {
    auto loaded = congvan::Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), language);
    REQUIRE(loaded.ok());
    for (const std::string& contents : congvan::testing::CorpusAndUnseenTexts()) {
      std::istringstream in(contents);
      std::string line;
      while (std::getline(in, line)) {
        for (const congvan::MarkerMatch& m : (*loaded)->Match(line)) {
          ordinals.insert(std::string(m.ordinal_text.view()));
        }
      }
    }
  }
  CHECK(ordinals.size() > 100);
  int failures = 0;
  for (const std::string& ordinal : ordinals) failures += CheckEverySubstring(ordinal);
  CHECK(failures == 0);
}
