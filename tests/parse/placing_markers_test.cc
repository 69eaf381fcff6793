// PlacingMarkers (parse/placing_markers.h): the markers of the paragraph
// being placed, made into one record reused from paragraph to paragraph, must
// be Paragraph::Markers' answer — checked on every line of every corpus text
// (and of the unseen texts when $CONGVAN_UNSEEN_TEXTS is set) with both
// grammars, the lines asked one after another through one PlacingMarkers, as
// the builder does: a record left by a line with a decimal prefix, a suffix
// or letter values must not leak into the next. Asked again about the same
// paragraph, it answers the same without making it again; a paragraph whose
// markers are already made (a lookahead made them, or a repair set several)
// is read from its own.
#include "parse/placing_markers.h"

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
using congvan::parse::MarkerRun;
using congvan::parse::Paragraph;
using congvan::parse::PlacingMarkers;
using congvan::testing::CheckSameMarkers;
using congvan::testing::TrimmedLines;

TEST_CASE("The paragraph being placed has Paragraph::Markers' markers, line after line",
          "[parse][markers]") {
  size_t lines = 0, made_here = 0, with_prefix = 0, with_letters = 0;
  const std::vector<std::string> texts = congvan::testing::CorpusAndUnseenTexts();
  for (congvan::Language language : {congvan::Language::kVietnamese, congvan::Language::kEnglish}) {
    auto loaded = Grammar::LoadForLanguage("", language);
    REQUIRE(loaded.ok());
    const Grammar& grammar = **loaded;
    PlacingMarkers placing;  // one for all lines, as the builder keeps one
    size_t index = 0;
    for (const std::string& text : texts) {
      for (std::string_view line : TrimmedLines(text)) {
        INFO(line);
        ++lines;
        auto buffer = std::make_shared<const std::string>(line);
        Paragraph p;
        p.text = SharedText::View(buffer, *buffer);
        p.line_markers = grammar.PackMarkers(line);
        Paragraph same;  // the same line, for the plain answer
        same.text = p.text;
        same.line_markers = p.line_markers;
        const congvan::parse::CandidateMarkers& plain = same.Markers(grammar);
        const std::vector<MarkerMatch> expected(plain.begin(), plain.end());
        for (const MarkerMatch& e : expected) {
          with_prefix += e.prefix.empty() ? 0 : 1;
          with_letters += e.sequence_values.empty() ? 0 : 1;
        }
        MarkerRun run = placing.Of(index, p, grammar);
        CheckSameMarkers(run, expected);
        // Made here (not into the paragraph) when it holds one packed marker.
        if (p.line_markers.state == Grammar::PackedMarkers::kOne) {
          CHECK(p.made_markers.empty());
          ++made_here;
        }
        // Asked again about the same paragraph: the same record, not made again.
        CHECK(placing.Of(index, p, grammar).begin() == run.begin());
        placing.Forget();
        CheckSameMarkers(placing.Of(index, p, grammar), expected);
        // Made by a lookahead before it is placed: read from its own.
        if (!expected.empty()) {
          const congvan::parse::CandidateMarkers& own = p.Markers(grammar);
          MarkerRun read = placing.Of(index + 1, p, grammar);
          CHECK(read.begin() == own.begin());
          CheckSameMarkers(read, expected);
        }
        index += 2;
      }
    }
  }
  CHECK(lines > 40000);
  CHECK(made_here > 8000);
  CHECK(with_prefix > 0);   // decimal markers ("2.1.") were among the subjects
  CHECK(with_letters > 0);  // and letters ("đ)")
}

TEST_CASE("A paragraph holding several markers is read from its own", "[parse][markers]") {
  auto loaded = Grammar::LoadForLanguage("", congvan::Language::kVietnamese);
  REQUIRE(loaded.ok());
  const Grammar& grammar = **loaded;
  std::vector<MarkerMatch> two = grammar.Match("a) Nội dung");
  two.push_back(two.front());
  two.back().value = 7;
  auto buffer = std::make_shared<const std::string>("a) Nội dung");
  Paragraph p;
  p.text = SharedText::View(buffer, *buffer);
  p.SetMarkers(two);
  PlacingMarkers placing;
  MarkerRun run = placing.Of(0, p, grammar);
  CheckSameMarkers(run, two);
  CHECK(run.begin() == p.Markers(grammar).begin());
  p.ClearMarkers();
  placing.Forget();
  CHECK(placing.Of(0, p, grammar).empty());
}
