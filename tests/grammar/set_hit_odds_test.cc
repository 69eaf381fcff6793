// Asking the marker set "whether" before "which" (grammar/set_hit_odds.h)
// must give RE2::Set::Match(text, &hits)'s answer: checked in both orders,
// and in the order the learnt odds choose line after line, on every corpus
// line (and every line under $CONGVAN_UNSEEN_TEXTS when set) in both
// grammars, as written and without its leading spaces; and the odds must
// turn to "whether" first on bytes that open prose and back on bytes that
// open markers.
#include "grammar/set_hit_odds.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/grammar.h"
#include "congvan/grammar_dir.h"
#include "grammar/grammar_impl.h"
#include "support/corpus.h"
#include "support/trimmed_lines.h"

using congvan::grammar_internal::MatchSetAs;
using congvan::grammar_internal::MatchSetLearning;
using congvan::grammar_internal::SetHitOdds;
using congvan::testing::CorpusLinesAsWrittenAndTrimmed;

TEST_CASE("The marker set answers alike asked whether first, which first, or as it learns",
          "[grammar][set_hit_odds]") {
  const std::vector<std::string> lines = CorpusLinesAsWrittenAndTrimmed();
  REQUIRE(lines.size() > 10000);
  for (congvan::Language language : {congvan::Language::kVietnamese, congvan::Language::kEnglish}) {
    auto loaded = congvan::Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), language);
    REQUIRE(loaded.ok());
    const RE2::Set& set = congvan::Grammar::Impl::Of(**loaded).set->get();
    SetHitOdds odds;
    std::vector<int> plain, asked;
    size_t hits = 0, whether_first = 0;
    for (const std::string& line : lines) {
      const bool expected = set.Match(line, &plain);
      hits += expected;
      for (bool first : {false, true}) {
        asked.assign(1, -1);  // what a caller's reused vector may hold from another line
        if (MatchSetAs(set, line, first, &asked) != expected || asked != plain)
          FAIL_CHECK((first ? "whether first" : "which first") << " differs on '" << line << "'");
      }
      whether_first += odds.MostlyMisses(line);
      asked.assign(1, -1);
      if (MatchSetLearning(set, line, odds, &asked) != expected || asked != plain)
        FAIL_CHECK("learning differs on '" << line << "'");
    }
    // Both orders were taken, and both answers met.
    CHECK(hits > 1000);
    CHECK(hits < lines.size());
    CHECK(whether_first > 1000);
    CHECK(whether_first < lines.size() - 1000);
  }
}

TEST_CASE("Set hit odds turn with the answers for lines opening with the same byte",
          "[grammar][set_hit_odds]") {
  SetHitOdds odds;
  CHECK_FALSE(odds.MostlyMisses("Căn cứ Luật Tổ chức Chính phủ"));  // a new byte: which first
  odds.Record("Căn cứ Luật Tổ chức Chính phủ", false);
  CHECK(odds.MostlyMisses("Chương I"));  // the first byte decides, not the line
  CHECK_FALSE(odds.MostlyMisses("1. Phạm vi"));
  for (int i = 0; i < 100; ++i) odds.Record("Quốc hội ban hành", false);
  CHECK(odds.MostlyMisses("Quy định"));
  // Saturated: eight hits in a row bring the byte back to "which" first.
  for (int i = 0; i < 7; ++i) odds.Record("QUYẾT ĐỊNH", true);
  CHECK(odds.MostlyMisses("Q"));
  odds.Record("QUYẾT ĐỊNH", true);
  CHECK_FALSE(odds.MostlyMisses("Q"));
  CHECK_FALSE(odds.MostlyMisses(""));
  odds.Record("", false);
  CHECK(odds.MostlyMisses(""));
}
