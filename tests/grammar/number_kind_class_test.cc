// The vi letterhead number patterns read the kind before "số" ("Luật số:",
// "Nghị quyết số:") with a class of the Latin blocks Vietnamese is written in
// instead of [\p{Latin} ] (grammars/vi.xml): thirty copies of the class, so
// the narrower one compiles at a third of the cost. Checked here: the class
// is [\p{Latin} ] within those blocks, and every pattern that uses it finds
// the same match, with the same groups, as the [\p{Latin} ] pattern on every
// line of every corpus text (and of the unseen texts, with
// $CONGVAN_UNSEEN_TEXTS) and on every whole text.
#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/corpus.h"
#include "support/grammar_patterns.h"
#include "support/regex_options.h"

namespace {

const std::string kNarrowClass =
    R"([A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{1E00}-\x{1EFF} ])";
const std::string kLatinClass = R"([\p{Latin} ])";

std::string Utf8Of(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

// The span and every group of the first match in `text`, or {} when none.
std::vector<std::string> FirstMatch(const RE2& re, const std::string& text) {
  int groups = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> found(static_cast<size_t>(groups));
  if (!re.Match(text, 0, text.size(), RE2::UNANCHORED, found.data(), groups)) return {};
  std::vector<std::string> out;
  for (const re2::StringPiece& g : found) {
    out.push_back(g.data() == nullptr ? "<unset>"
                                      : std::to_string(g.data() - text.data()) + ":" +
                                            std::string(g.data(), g.size()));
  }
  return out;
}

}  // namespace

TEST_CASE("the number patterns' class is [\\p{Latin} ] within Vietnamese's Latin blocks",
          "[grammar][number_class]") {
  RE2 narrow(kNarrowClass, congvan::testing::GrammarRegexOptions());
  RE2 latin(kLatinClass, congvan::testing::GrammarRegexOptions());
  REQUIRE(narrow.ok());
  REQUIRE(latin.ok());
  int letters = 0;
  for (char32_t c = 0x20; c < 0x2000; ++c) {
    if (c >= 0xD800 && c < 0xE000) continue;
    std::string s = Utf8Of(c);
    bool in_blocks = c < 0x250 || (c >= 0x1E00 && c < 0x1F00);
    bool in_narrow = RE2::FullMatch(s, narrow);
    bool in_latin = RE2::FullMatch(s, latin);
    INFO("U+" << std::hex << static_cast<unsigned>(c));
    if (in_narrow) CHECK(in_latin);  // never wider
    // Within the blocks, the same set but for the two ordinal indicators ª º.
    if (in_blocks && c != 0xAA && c != 0xBA) CHECK(in_narrow == in_latin);
    letters += in_narrow ? 1 : 0;
  }
  CHECK(letters > 600);
  for (const char* vi : {"đ", "Đ", "ơ", "Ư", "ặ", "Ỹ", "ữ", "à", "Ê"}) {
    CHECK(RE2::FullMatch(vi, narrow));
  }
}

TEST_CASE("the number patterns find what the [\\p{Latin} ] patterns found, on every line",
          "[grammar][number_class]") {
  std::vector<std::pair<std::string, std::string>> pairs;  // (shipped, reference)
  for (const auto& entry : congvan::testing::ReadGrammarPatterns("vi", "//meta/pattern")) {
    std::string reference = entry.pattern;
    size_t at = reference.find(kNarrowClass);
    if (at == std::string::npos) continue;
    while (at != std::string::npos) {
      reference.replace(at, kNarrowClass.size(), kLatinClass);
      at = reference.find(kNarrowClass, at + kLatinClass.size());
    }
    pairs.emplace_back(entry.pattern, reference);
  }
  REQUIRE(pairs.size() == 3);
  int matched = 0;
  for (const auto& [shipped_pattern, reference_pattern] : pairs) {
    RE2 shipped(shipped_pattern, congvan::testing::GrammarRegexOptions());
    RE2 reference(reference_pattern, congvan::testing::GrammarRegexOptions());
    REQUIRE(shipped.ok());
    REQUIRE(reference.ok());
    for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
      auto whole = FirstMatch(reference, text);
      CHECK(FirstMatch(shipped, text) == whole);
      matched += whole.empty() ? 0 : 1;
      for (size_t start = 0; start < text.size();) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        auto want = FirstMatch(reference, line);
        if (FirstMatch(shipped, line) != want) FAIL_CHECK("line: " << line);
        start = end + 1;
      }
    }
  }
  CHECK(matched > 20);
}
