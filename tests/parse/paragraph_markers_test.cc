// Paragraph::Markers (parse/parse_internal.h): a paragraph keeps its candidate
// markers packed and makes them when asked. Made, released and made again,
// they must be Grammar::Match's answer on its text — checked on every line of
// every corpus text with both grammars, as a paragraph of one line (the
// line's packed answer carried across) and as a joined one (packed by
// MatchParagraphMarkers).
#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/grammar.h"
#include "parse/parse_internal.h"
#include "support/corpus.h"
#include "support/same_markers.h"
#include "support/trimmed_lines.h"

using congvan::Grammar;
using congvan::MarkerMatch;
using congvan::SharedText;
using congvan::parse::Paragraph;

using congvan::testing::CheckSameMarkers;
using congvan::testing::TrimmedLines;

TEST_CASE("A paragraph's markers, made when asked, are Grammar::Match's on every corpus line",
          "[parse][markers]") {
  size_t lines = 0, with_markers = 0;
  for (congvan::Language language : {congvan::Language::kVietnamese, congvan::Language::kEnglish}) {
    auto loaded = Grammar::LoadForLanguage("", language);
    REQUIRE(loaded.ok());
    const Grammar& grammar = **loaded;
    for (const std::string& relative : congvan::testing::CorpusTexts()) {
      std::string text = congvan::testing::ReadFile(congvan::testing::CorpusPath(relative));
      for (std::string_view line : TrimmedLines(text)) {
        INFO(relative << ": " << line);
        std::vector<MarkerMatch> expected = grammar.Match(line);
        ++lines;
        if (!expected.empty()) ++with_markers;
        congvan::parse::Paragraphs ps;
        ps.emplace_back();
        ps.emplace_back();
        auto buffer = std::make_shared<const std::string>(line);
        // A paragraph of one line carries its line's packed answer; a joined
        // one has none until MatchParagraphMarkers packs its text.
        ps[0].text = SharedText::View(buffer, *buffer);
        ps[0].line_markers = grammar.PackMarkers(line);
        ps[1].text = SharedText::View(buffer, *buffer);
        congvan::parse::MatchParagraphMarkers(ps, grammar);
        for (const Paragraph& p : ps) {
          CHECK(p.HasMarkers() == !expected.empty());
          CheckSameMarkers(p.Markers(grammar), expected);
          p.ReleaseMarkers();  // made again, the same
          CheckSameMarkers(p.Markers(grammar), expected);
          for (const MarkerMatch& e : expected) {
            CHECK(p.MayHaveMarkerStyle([&e](int style) { return style == e.style; }));
          }
          if (p.line_markers.state == Grammar::PackedMarkers::kOne) {
            CHECK_FALSE(p.MayHaveMarkerStyle([](int) { return false; }));
          }
        }
        ps[0].ClearMarkers();  // placed: none from now on
        CHECK_FALSE(ps[0].HasMarkers());
        CHECK(ps[0].Markers(grammar).empty());
        ps[1].SetMarkers({});
        CHECK_FALSE(ps[1].HasMarkers());
        CHECK(ps[1].Markers(grammar).empty());
      }
    }
  }
  CHECK(lines > 40000);        // 43,068 lines (both grammars) when written
  CHECK(with_markers > 8000);  // 8,879
}
