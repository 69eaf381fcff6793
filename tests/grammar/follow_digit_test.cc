// A style's next / not-next pattern that is exactly "\d" is answered by
// testing one byte (Grammar::Impl::FollowsAsRequired): an ASCII digit where
// the marker's text begins. That holds because RE2's \d is [0-9] in UTF-8
// mode too. Checked here on digits of other scripts, and against the pattern
// run by RE2 at every byte offset of every corpus line; and every style's
// marker answers are checked unchanged through Grammar::Match on the lines
// the shortcut decides (a clause's "1." before a digit or a letter).
#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "congvan/grammar.h"
#include "support/corpus.h"
#include "support/regex_options.h"

namespace {

bool DigitAt(std::string_view line, size_t at) {
  return at < line.size() && line[at] >= '0' && line[at] <= '9';
}

bool PatternAt(const RE2& re, std::string_view line, size_t at) {
  return re.Match(line, at, line.size(), RE2::ANCHOR_START, nullptr, 0);
}

}  // namespace

TEST_CASE("The follow pattern \\d is an ASCII digit where the text begins", "[grammar]") {
  RE2 digit("(?:\\d)", congvan::testing::GrammarRegexOptions());
  REQUIRE(digit.ok());
  // Digits that are not ASCII: Arabic-Indic three, Devanagari one, fullwidth
  // one, superscript two, and the end of the text.
  for (std::string_view text : {"\u0663", "\u0967", "\uFF11", "\u00B2", ""}) {
    CHECK_FALSE(PatternAt(digit, text, 0));
    CHECK_FALSE(DigitAt(text, 0));
  }
  long offsets = 0;
  for (const std::string& name : congvan::testing::CorpusTexts()) {
    std::istringstream in(congvan::testing::ReadFile(congvan::testing::CorpusPath(name)));
    std::string line;
    while (std::getline(in, line)) {
      for (size_t at = 0; at <= line.size(); ++at, ++offsets) {
        if (PatternAt(digit, line, at) != DigitAt(line, at)) {
          FAIL_CHECK(name << ": offset " << at << " of '" << line << "'");
        }
      }
    }
  }
  CHECK(offsets > 100000);
}

TEST_CASE("A clause marker before a digit is no marker, before a letter it is", "[grammar]") {
  auto loaded = congvan::Grammar::LoadForLanguage(congvan::DefaultGrammarDir(),
                                                  congvan::Language::kVietnamese);
  REQUIRE(loaded.ok());
  const congvan::Grammar& g = **loaded;
  auto has_style = [&](std::string_view line, std::string_view id) {
    for (const congvan::MarkerMatch& m : g.Match(line)) {
      if (g.styles()[static_cast<size_t>(m.style)].id == id) return true;
    }
    return false;
  };
  // vi-arabic-dot: not-next "\d" (a decimal "1.2" is not clause 1).
  CHECK(has_style("1. Nội dung", "vi-arabic-dot"));
  CHECK(has_style("1.", "vi-arabic-dot"));
  CHECK_FALSE(has_style("1.2 Nội dung", "vi-arabic-dot"));
  CHECK(has_style("1.\u0663 Nội dung", "vi-arabic-dot"));  // not an ASCII digit
  // vi-arabic-comma: not-next "\d" likewise ("1,5 triệu" is a number).
  CHECK(has_style("1, Nội dung", "vi-arabic-comma"));
  CHECK_FALSE(has_style("1,5 triệu đồng", "vi-arabic-comma"));
}
