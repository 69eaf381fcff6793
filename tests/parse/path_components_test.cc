// parse/path_components.h: the memo of rendered letters and the numbers
// written in place answer as RenderPathComponent (the plain way: a marker
// copy rendered by the grammar, lower-cased) for every marker of every line
// of every corpus and unseen text, both grammars, at every letter sequence,
// at the marker's value and at values a repair gives it (the next, 0, and
// one past the memo).
#include "parse/path_components.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/grammar.h"
#include "parse/sequence_fit.h"
#include "support/corpus.h"
#include "support/trimmed_lines.h"

using congvan::Grammar;
using congvan::MarkerMatch;
using congvan::OrdinalKind;
using congvan::parse::ListPosition;

using congvan::testing::TrimmedLines;

TEST_CASE("Path components from the memo are the rendered ones on every corpus and unseen line",
          "[parse][paths]") {
  size_t asked = 0, letters = 0;
  const std::vector<std::string> texts = congvan::testing::CorpusAndUnseenTexts();
  for (congvan::Language language : {congvan::Language::kVietnamese, congvan::Language::kEnglish}) {
    auto loaded = Grammar::LoadForLanguage("", language);
    REQUIRE(loaded.ok());
    const Grammar& grammar = **loaded;
    congvan::parse::PathComponents components(grammar);
    for (const std::string& text : texts) {
      for (std::string_view line : TrimmedLines(text)) {
        for (const MarkerMatch& m : grammar.Match(line)) {
          const OrdinalKind kind = grammar.styles()[static_cast<size_t>(m.style)].kind;
          const bool letter = kind == OrdinalKind::kLetters || kind == OrdinalKind::kDecimalLetter;
          for (unsigned mask : {~0u, 1u, 2u, 4u}) {
            ListPosition p = congvan::parse::PositionOf(m, grammar, mask);
            for (int value : {m.value, m.value + 1, 0, 70}) {
              p.value = value;
              INFO(line << " value " << value << " mask " << mask);
              CHECK(components.Of(m, p) == congvan::parse::RenderPathComponent(grammar, m, p));
              ++asked;
              letters += letter ? 1 : 0;
            }
          }
        }
      }
    }
  }
  CHECK(asked > 100000);
  CHECK(letters > 10000);
}

TEST_CASE("A task's path component is its letter or its number", "[parse][paths]") {
  auto loaded = Grammar::LoadForLanguage("", congvan::Language::kVietnamese);
  REQUIRE(loaded.ok());
  const Grammar& grammar = **loaded;
  congvan::parse::PathComponents components(grammar);
  auto component = [&](std::string_view line) {
    std::vector<MarkerMatch> found = grammar.Match(line);
    REQUIRE_FALSE(found.empty());
    ListPosition p = congvan::parse::PositionOf(found.front(), grammar);
    return std::string(components.Of(found.front(), p));
  };
  CHECK(component("đ) Đất đai;") == "đ");
  CHECK(component("b) Bộ Tài chính;") == "b");
  CHECK(component("đ) Đất đai;") == "đ");  // from the memo, the same
  CHECK(component("2. Nội dung") == "2");
  CHECK(component("Điều 26a. Nội dung") == "26a");
}

TEST_CASE("A number's component with a suffix longer than its buffer is written whole",
          "[parse][paths]") {
  auto loaded = Grammar::LoadForLanguage("", congvan::Language::kVietnamese);
  REQUIRE(loaded.ok());
  const Grammar& grammar = **loaded;
  congvan::parse::PathComponents components(grammar);
  size_t markers = 0;
  for (const MarkerMatch& m : grammar.Match("Điều 26a. Phạm vi")) {
    ++markers;
    ListPosition p = congvan::parse::PositionOf(m, grammar, ~0u);
    for (size_t suffix : {0, 1, 19, 20, 21, 40}) {
      p.suffix.assign(suffix, 'b');
      p.value = -2147483647 + static_cast<int>(suffix);  // the most digits an int has
      CHECK(components.Of(m, p) == congvan::parse::RenderPathComponent(grammar, m, p));
      p.value = 26;
      CHECK(components.Of(m, p) == congvan::parse::RenderPathComponent(grammar, m, p));
    }
  }
  CHECK(markers > 0);
}
