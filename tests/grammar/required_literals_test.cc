// grammar/required_literals.h: the literals read from a pattern are held by
// every match RE2 finds — checked on each match of every metadata pattern of
// both grammars, over every corpus line (raw and folded, as FindMetaIn asks
// them) and every corpus text whole (for the multi-line patterns).
#include "grammar/required_literals.h"

#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "congvan/text_fold.h"
#include "grammar/lazy_regex.h"
#include "support/corpus.h"
#include "support/grammar_patterns.h"
#include "support/regex_options.h"

using congvan::grammar_internal::AnchoredAtStart;
using congvan::grammar_internal::BeginsWithOneOf;
using congvan::grammar_internal::HoldsRequiredLiterals;
using congvan::grammar_internal::LeadingLiterals;
using congvan::grammar_internal::LiteralChoice;
using congvan::grammar_internal::RequiredLiterals;
using congvan::testing::GrammarRegexOptions;

namespace {

using Choices = std::vector<LiteralChoice>;

struct MetaPattern {
  std::unique_ptr<RE2> re;
  bool folded = false;
  Choices required;
  LiteralChoice lead;
};

std::vector<MetaPattern> GrammarMetaPatterns() {
  std::vector<MetaPattern> out;
  for (const char* language : {"vi", "en"}) {
    for (const auto& entry : congvan::testing::ReadGrammarPatterns(language, "//meta/pattern")) {
      // As many choices as FindMetaIn asks (kLiteralChoices).
      out.push_back({std::make_unique<RE2>(entry.pattern, GrammarRegexOptions()), entry.folded,
                     RequiredLiterals(entry.pattern, 4), LeadingLiterals(entry.pattern)});
      REQUIRE(out.back().re->ok());
    }
  }
  return out;
}

// Checks every match of `p` in `subject`; returns how many there were.
size_t CheckMatches(const MetaPattern& p, const std::string& subject) {
  size_t matches = 0;
  size_t pos = 0;
  re2::StringPiece whole;
  while (pos <= subject.size() &&
         p.re->Match(subject, pos, subject.size(), RE2::UNANCHORED, &whole, 1)) {
    std::string_view match(whole.data(), whole.size());
    INFO(p.re->pattern() << " matched '" << match << "' in " << subject);
    CHECK(HoldsRequiredLiterals(p.required, match));
    if (!p.lead.empty()) CHECK(BeginsWithOneOf(p.lead, match));
    if (!p.lead.empty() && AnchoredAtStart(p.re->pattern())) {
      CHECK(BeginsWithOneOf(p.lead, subject));  // what FindMetaIn asks
    }
    ++matches;
    size_t end = static_cast<size_t>(whole.data() - subject.data()) + whole.size();
    pos = end > pos ? end : pos + 1;
  }
  return matches;
}

}  // namespace

TEST_CASE("RequiredLiterals: the literals of simple shapes", "[grammar]") {
  CHECK(RequiredLiterals("abc") == Choices{{"abc"}});
  CHECK(RequiredLiterals(R"((?:số|Số|SỐ)\s*:)") == Choices{{":"}, {"SỐ", "Số", "số"}});
  CHECK(RequiredLiterals("ab?c") == Choices{{"a"}, {"c"}});
  CHECK(RequiredLiterals("x{0,3}yz") == Choices{{"yz"}});
  CHECK(RequiredLiterals("(?:ab)+c") == Choices{{"ab"}, {"c"}});
  CHECK(RequiredLiterals("(?:ab|cd)e") == Choices{{"abe", "cde"}});
  CHECK(RequiredLiterals(R"(a\d|b\s)") == Choices{{"a", "b"}});
  CHECK(RequiredLiterals(R"(a\d|\s)").empty());  // an alternative without literals
  CHECK(RequiredLiterals(R"([abc]\.\p{Lu}\pL)") == Choices{{"a.", "b.", "c."}});
  CHECK(RequiredLiterals(R"([a-c]\.\p{Lu}\pL)") == Choices{{"."}});
  CHECK(RequiredLiterals("(?m)^Số:") == Choices{{"Số:"}});
  CHECK(RequiredLiterals("é?a") == Choices{{"a"}});        // "?" repeats the whole character
  CHECK(RequiredLiterals("x{,2}") == Choices{{"x{,2}"}});  // RE2 reads it literally
  CHECK(RequiredLiterals("(?i)abc").empty());              // case folding is not read
  CHECK(RequiredLiterals("a(?i:b)c").empty());
  CHECK(RequiredLiterals(R"(\Qa*\E)").empty());
  // A class of a few single characters is one of them; any other class nothing.
  CHECK(RequiredLiterals("(?:[-_=]{3,}|Hạnh phúc)") == Choices{{"-", "=", "Hạnh phúc", "_"}});
  CHECK(RequiredLiterals("[ĐÐD]i") == Choices{{"Di", "Ði", "Đi"}});
  CHECK(RequiredLiterals("[-a]b[a-]") == Choices{{"-b-", "-ba", "ab-", "aba"}});
  CHECK(RequiredLiterals(R"([\-\]]x)") == Choices{{"-x", "]x"}});
  CHECK(RequiredLiterals("[a-c]x") == Choices{{"x"}});  // a range
  CHECK(RequiredLiterals("[^ab]x") == Choices{{"x"}});
  CHECK(RequiredLiterals(R"([\d.]x)") == Choices{{"x"}});
  CHECK(RequiredLiterals("[[:alpha:]]x") == Choices{{"x"}});
  CHECK(RequiredLiterals("[--/]x") == Choices{{"x"}});  // "-" to "/"
  CHECK(RequiredLiterals(R"(\d+\s*[/-]\s*(?:số|Số|SỐ):)", 4) ==
        Choices{{"-", "/"}, {"SỐ:", "Số:", "số:"}});
  CHECK(LeadingLiterals(R"(^(?:sua doi,? bo sung|sua doi|dieu chinh)\b)") ==
        LiteralChoice{"dieu chinh", "sua doi"});
  CHECK(LeadingLiterals("^phu ?luc") == LiteralChoice{"phu"});
  CHECK(LeadingLiterals("^[*_ ]*ab").empty());
  CHECK(LeadingLiterals("(?:ab)+c") == LiteralChoice{"ab"});
  CHECK(LeadingLiterals("a?b").empty());
}

TEST_CASE("RequiredLiterals: an escape's own digits and braces are no literals", "[grammar]") {
  // Each pattern matches "Số: 12"; the digits of "\x6f"-style escapes once
  // came back as a required "6f" and kept the pattern from a text it matches.
  const std::string subject = "So: 12 Số";
  for (const char* pattern : {R"(S\x6f: ?(\d+))", R"(S\x{6F}: ?(\d+))", R"(S\157: ?(\d+))",
                              R"(S\pL: ?(\d+))", R"(S\p{Latin}: ?(\d+))", R"(S\x6f\x3a 12)"}) {
    INFO(pattern);
    RE2 re(pattern);
    REQUIRE(re.ok());
    REQUIRE(RE2::PartialMatch(subject, re));
    CHECK(HoldsRequiredLiterals(RequiredLiterals(pattern), subject));
  }
  CHECK(RequiredLiterals(R"(S\x6f:)") == Choices{{"S"}, {":"}});
  CHECK(RequiredLiterals(R"(\157\.)") == Choices{{"."}});
}

TEST_CASE("HoldsRequiredLiterals and BeginsWithOneOf", "[grammar]") {
  Choices choices{{":"}, {"SỐ", "Số", "số"}};
  CHECK(HoldsRequiredLiterals(choices, "Luật số: 04/2022/QH15"));
  CHECK_FALSE(HoldsRequiredLiterals(choices, "Luật số 04/2022/QH15"));
  CHECK_FALSE(HoldsRequiredLiterals(choices, "QUỐC HỘI: ---"));
  CHECK(HoldsRequiredLiterals({}, ""));
  CHECK(BeginsWithOneOf({"phu", "mau"}, "mau so 1"));
  CHECK_FALSE(BeginsWithOneOf({"phu", "mau"}, "bieu mau"));
  CHECK_FALSE(BeginsWithOneOf({"phu"}, "ph"));
}

TEST_CASE("Every match of every metadata pattern holds its literals, on the corpus", "[grammar]") {
  std::vector<MetaPattern> patterns = GrammarMetaPatterns();
  REQUIRE(patterns.size() > 200);
  size_t with_literals = 0;
  for (const MetaPattern& p : patterns) with_literals += !p.required.empty() || !p.lead.empty();
  CHECK(with_literals > 150);
  size_t matches = 0;
  for (const std::string& file : congvan::testing::CorpusTexts()) {
    std::string text = congvan::testing::ReadFile(congvan::testing::CorpusPath(file));
    INFO(file);
    for (const MetaPattern& p : patterns) {
      if (!p.folded) matches += CheckMatches(p, text);
    }
    std::istringstream in(text);
    std::string line, folded;
    std::vector<uint32_t> offsets;
    while (std::getline(in, line)) {
      congvan::FoldWithOffsets(line, &folded, &offsets);
      for (const MetaPattern& p : patterns) matches += CheckMatches(p, p.folded ? folded : line);
    }
  }
  CHECK(matches > 5000);
}
