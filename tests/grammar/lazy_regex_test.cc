// grammar/lazy_regex.h: the checks the grammar loader makes without
// compiling a pattern give what RE2's compiler would say.
#include "grammar/lazy_regex.h"

#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "congvan/grammar.h"
#include "support/regex_options.h"

using congvan::grammar_internal::AnchoredAtStart;
using congvan::grammar_internal::CountCapturingGroups;
using congvan::grammar_internal::LazyRegex;
using congvan::grammar_internal::LazyRegexSet;
using congvan::grammar_internal::PatternError;
using congvan::testing::GrammarRegexOptions;

TEST_CASE("capturing groups counted as RE2 counts them, on every grammar pattern", "[grammar]") {
  int checked = 0;
  for (const char* language : {"vi", "en"}) {
    std::string path = congvan::DefaultGrammarDir() + "/" + language + ".xml";
    pugi::xml_document xml;
    REQUIRE(xml.load_file(path.c_str()));
    for (pugi::xpath_node found : xml.select_nodes("//@pattern | //@next | //@not-next")) {
      std::string pattern = found.attribute().value();
      RE2 compiled(pattern, GrammarRegexOptions());
      INFO(language << ": " << pattern);
      REQUIRE(compiled.ok());
      CHECK(PatternError(pattern, GrammarRegexOptions()).empty());
      CHECK(CountCapturingGroups(pattern) == compiled.NumberOfCapturingGroups());
      ++checked;
    }
  }
  CHECK(checked > 300);  // both grammars: styles, cues, metadata patterns
}

TEST_CASE("capturing groups: where '(' is not a group", "[grammar]") {
  for (const char* pattern :
       {R"(\(\d+\))", R"([(]\d+)", R"((?:a|b)(?i:c))", R"((?P<n>\d+)(x))", R"(\Q((\E(a))",
        R"([]()](\d))", R"([[:alpha:](](b))", R"([^]\\(](c))", R"((?i)Điều\s+(\d+))"}) {
    RE2 compiled(pattern, GrammarRegexOptions());
    INFO(pattern);
    REQUIRE(compiled.ok());
    CHECK(CountCapturingGroups(pattern) == compiled.NumberOfCapturingGroups());
  }
}

TEST_CASE("a pattern is anchored at the start only when every alternative opens with ^",
          "[grammar]") {
  CHECK(AnchoredAtStart("^kinh gu[i]?\\s*:?"));
  CHECK(AnchoredAtStart("^(page|trang)\\s+\\d{1,4}$|^\\[ocr[a-z ]*\\]$"));
  CHECK(AnchoredAtStart("^[|^](?:a|b)|^\\Q|b\\E"));       // '|' in a class, a group, \Q…\E
  CHECK_FALSE(AnchoredAtStart("\\./\\.$|^tren day la"));  // the first alternative floats
  CHECK_FALSE(AnchoredAtStart("^a|b"));
  CHECK_FALSE(AnchoredAtStart("^a|"));
  CHECK_FALSE(AnchoredAtStart("(^a|^b)"));  // not decided: treated as unanchored
  CHECK_FALSE(AnchoredAtStart("^?a"));      // an optional anchor
  CHECK_FALSE(AnchoredAtStart("(?m)^a"));   // "^" after any newline
  CHECK_FALSE(AnchoredAtStart("^a(?m)|^b"));
  CHECK_FALSE(AnchoredAtStart(""));
  // What is called anchored matches nowhere but at the start.
  for (const char* language : {"vi", "en"}) {
    std::string path = congvan::DefaultGrammarDir() + "/" + language + ".xml";
    pugi::xml_document xml;
    REQUIRE(xml.load_file(path.c_str()));
    int anchored = 0;
    for (pugi::xpath_node found : xml.select_nodes("//roles/cue/@pattern")) {
      std::string pattern = found.attribute().value();
      if (!AnchoredAtStart(pattern)) continue;
      ++anchored;
      RE2 compiled(pattern, GrammarRegexOptions());
      INFO(language << ": " << pattern);
      for (const char* line : {"kinh gui: a", "so: 12/2020", "noi nhan:", "- 3 -", "trang 2"}) {
        CHECK_FALSE(RE2::PartialMatch(std::string("x ") + line, compiled));
      }
    }
    CHECK(anchored >= 15);
  }
}

TEST_CASE("a pattern's syntax error is found without compiling it", "[grammar]") {
  CHECK_THAT(PatternError(R"((\d+)", GrammarRegexOptions()), Catch::Contains("missing )"));
  CHECK_THAT(PatternError(R"(\p{Nope})", GrammarRegexOptions()),
             Catch::Contains("invalid character class"));
  CHECK(PatternError(R"(Điều\s+(\d+))", GrammarRegexOptions()).empty());
  // The check parses \p{L} as \d; the message still quotes the pattern.
  CHECK_THAT(PatternError(R"((\p{Lu}+)))", GrammarRegexOptions()), Catch::Contains(R"(\p{Lu})"));
  CHECK_THAT(PatternError(R"([\p{L}-)", GrammarRegexOptions()), Catch::Contains("missing ]"));
  CHECK(PatternError(R"([^\p{L}\d]\pL\P{Lu}\\p{L})", GrammarRegexOptions()).empty());
}

TEST_CASE("every class name the check reads as a digit is one RE2 knows", "[grammar]") {
  for (std::string_view name : congvan::grammar_internal::CheapClassNames()) {
    std::string pattern = "\\p{" + std::string(name) + "}";
    INFO(pattern);
    CHECK(RE2(pattern, GrammarRegexOptions()).ok());
  }
  CHECK_FALSE(PatternError(R"([\p{Latn} ])", GrammarRegexOptions()).empty());  // misspelt
  CHECK(PatternError(R"(\p{Lu}[\p{Latin} ]{0,30}\s)", GrammarRegexOptions()).empty());
}

TEST_CASE("lazy patterns and sets match once compiled on first use", "[grammar]") {
  LazyRegex article(R"((?:Điều\s+(\d+)))", GrammarRegexOptions());
  std::string number;
  CHECK(RE2::PartialMatch("Điều 12. Phạm vi", article.get(), &number));
  CHECK(number == "12");
  CHECK(&article.get() == &article.get());  // compiled once
  // The same pattern with the same options is compiled once in the process.
  LazyRegex again(R"((?:Điều\s+(\d+)))", GrammarRegexOptions());
  CHECK(&again.get() == &article.get());
  LazyRegex other(R"((?:Khoản\s+(\d+)))", GrammarRegexOptions());
  CHECK(&other.get() != &article.get());
  RE2::Options latin1 = GrammarRegexOptions();
  latin1.set_encoding(RE2::Options::EncodingLatin1);
  LazyRegex other_options(R"((?:Điều\s+(\d+)))", latin1);
  CHECK(&other_options.get() != &article.get());

  LazyRegexSet cues(GrammarRegexOptions(), RE2::UNANCHORED);
  std::string error;
  REQUIRE(cues.Add("noi nhan", &error) == 0);
  REQUIRE(cues.Add("kinh gui", &error) == 1);
  std::vector<int> hits;
  CHECK(cues.get().Match("kinh gui: cac bo", &hits));
  CHECK(hits == std::vector<int>{1});
  CHECK_FALSE(cues.get().Match("dieu 1", nullptr));
}
