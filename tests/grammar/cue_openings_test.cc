// The cues' stated openings (`opens`, grammar/cue_openings.h) must be true:
// no line an alternative of the anchored cue set matches may be turned away
// by its cue's openings, nor by the set's table. Checked against RE2 on
// every line of the corpus, of tests/parse/real (and of
// $CONGVAN_UNSEEN_TEXTS when set), as written, trimmed and folded as the cue
// pass folds them, in both grammars; a grammar with one cue's openings made
// wrong must fail that check, and the table must turn lines away.
#include "grammar/cue_openings.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/grammar.h"
#include "congvan/grammar_dir.h"
#include "congvan/text_fold.h"
#include "grammar/grammar_impl.h"
#include "support/corpus.h"
#include "support/grammar_copy.h"

using congvan::Grammar;
using congvan::grammar_internal::CueOpenings;

namespace {

// Every non-blank line of the corpus, the unseen texts and tests/parse/real,
// as written (without its '\r'), with its leading blanks trimmed, and each
// of these folded for the cues.
std::vector<std::string> LinesToAsk() {
  std::vector<std::string> texts = congvan::testing::CorpusAndUnseenTexts();
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(CONGVAN_SOURCE_DIR) + "/tests/parse/real")) {
    if (entry.path().extension() != ".tsv")
      texts.push_back(congvan::testing::ReadFile(entry.path().string()));
  }
  std::vector<std::string> lines;
  for (const std::string& text : texts) {
    size_t begin = 0;
    while (begin < text.size()) {
      size_t end = text.find('\n', begin);
      if (end == std::string::npos) end = text.size();
      std::string_view line(text.data() + begin, end - begin);
      begin = end + 1;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      std::string_view trimmed = line.substr(std::min(line.find_first_not_of(" \t"), line.size()));
      if (trimmed.empty()) continue;
      for (std::string_view form : {line, trimmed}) {
        lines.emplace_back(form);
        lines.push_back(congvan::FoldForCues(form));
      }
    }
  }
  return lines;
}

// Each cue's own openings, as its `opens` attribute in the grammar file at
// `path` states them (by cue index, file order); a cue without it has none.
std::vector<std::optional<CueOpenings>> OpeningsOfCues(const std::string& path) {
  pugi::xml_document xml;
  REQUIRE(xml.load_file(path.c_str()));
  std::vector<std::optional<CueOpenings>> openings;
  for (pugi::xml_node cue : xml.child("grammar").child("roles").children("cue")) {
    openings.emplace_back();
    pugi::xml_attribute opens = cue.attribute("opens");
    if (!opens) continue;
    std::string error;
    openings.back().emplace();
    REQUIRE(openings.back()->Add(opens.as_string(), &error));
  }
  return openings;
}

// Asks the anchored cue set of the grammar at `path` about every line and
// describes each line that a matching alternative's own cue's openings turn
// away (or whose cue states none), and each line the set matches that the
// set's table (the union of the cues' openings) turns away. Counts in
// *turned_away the lines the table turns away.
std::vector<std::string> WrongOpenings(const std::string& path,
                                       const std::vector<std::string>& lines, size_t* turned_away) {
  auto loaded = Grammar::Load(path);
  REQUIRE(loaded.ok());
  const Grammar::Impl& impl = Grammar::Impl::Of(**loaded);
  const std::vector<std::optional<CueOpenings>> openings = OpeningsOfCues(path);
  REQUIRE(openings.size() == impl.cues.size());
  const RE2::Set& set = impl.anchored_cues->get();
  std::vector<std::string> wrong;
  std::vector<int> hits;
  for (const std::string& line : lines) {
    const bool admitted = impl.anchored_openings.Admits(line);
    *turned_away += !admitted;
    if (!set.Match(line, &hits)) continue;
    if (!admitted) wrong.push_back("the table turns away '" + line + "'");
    for (int hit : hits) {
      const size_t cue = static_cast<size_t>(impl.anchored_cue_index[static_cast<size_t>(hit)]);
      if (openings[cue] && openings[cue]->Admits(line)) continue;
      wrong.push_back("'" + line + "' matched by " + impl.cues[cue].pattern +
                      (openings[cue] ? "" : " (no openings stated)"));
    }
  }
  return wrong;
}

}  // namespace

TEST_CASE("No line a cue of the anchored set matches is turned away by the cue's openings",
          "[grammar][cue_openings]") {
  const std::vector<std::string> lines = LinesToAsk();
  REQUIRE(lines.size() > 100000);
  for (const char* file : {"vi.xml", "en.xml"}) {
    size_t turned_away = 0;
    for (const std::string& wrong :
         WrongOpenings(congvan::DefaultGrammarDir() + "/" + file, lines, &turned_away))
      FAIL_CHECK(wrong);
    CHECK(turned_away > 10000);  // the openings do turn lines away
  }
}

TEST_CASE("A cue's wrong openings are found", "[grammar][cue_openings]") {
  // The legal-basis cue opens "can cu", "xet", "theo", "thuc hien": stated
  // without "th", the corpus's "Theo đề nghị …" lines are found (though
  // other cues' "th" keep the table admitting them).
  congvan::testing::GrammarCopy copy("cue-openings", "opens=\"ca xe th\"", "opens=\"ca xe\"");
  size_t turned_away = 0;
  CHECK_FALSE(WrongOpenings(copy.vi(), LinesToAsk(), &turned_away).empty());
}

TEST_CASE("A cue's need stated too tight is found", "[grammar][cue_openings]") {
  const std::vector<std::string> lines = LinesToAsk();
  // The news lead's dash within 2 bytes: the corpus's "20 - 22" (a range
  // the lead's place-and-dash shape takes) has it at 3.
  congvan::testing::GrammarCopy lead("cue-need-lead", "[a-z0-9.][a-z0-9.]@16(",
                                     "[a-z0-9.][a-z0-9.]@2(");
  size_t turned_away = 0;
  CHECK_FALSE(WrongOpenings(lead.vi(), lines, &turned_away).empty());
  // The footnote's article word within 2 bytes: "* Điều này được sửa đổi …
  // theo quy định tại …" (a consolidated circular's note) has it at 2.
  congvan::testing::GrammarCopy footnote("cue-need-footnote", "[^a-z0-9]@16(", "[^a-z0-9]@2(");
  CHECK_FALSE(WrongOpenings(footnote.vi(), lines, &turned_away).empty());
}

TEST_CASE("A grammar whose cue states openings it cannot read is refused",
          "[grammar][cue_openings]") {
  congvan::testing::GrammarCopy copy("cue-openings-bad", "opens=\"ca xe th\"", "opens=\"[ca\"");
  auto loaded = Grammar::Load(copy.vi());
  REQUIRE_FALSE(loaded.ok());
  CHECK(congvan::testing::Contains(loaded.status().ToString(), "unclosed '['"));
}

TEST_CASE("Openings admit the pairs they state and turn away others", "[grammar][cue_openings]") {
  CueOpenings openings;
  std::string error;
  REQUIRE(openings.Add("can xe [0-9][0-9:] -[\\s0-9] © ( [^a-z0-9]", &error));
  for (std::string_view admitted : {"can cu", "xet", "12:30", "1:", "- 3", "-\t", "-a", "©2024",
                                    "(a", "((", "\"x", "Ab", "\xE2\x80\x93", "a", ""})
    CHECK(openings.Admits(admitted));
  for (std::string_view turned_away : {"a) x", "1. x", "cb", "cx", "x)", "b)", "2."})
    CHECK_FALSE(openings.Admits(turned_away));
  // A class with a space in it is one opening, not two.
  CueOpenings words;
  REQUIRE(words.Add("[a-z][a-z ]", &error));
  CHECK(words.Admits("a so"));
  CHECK(words.Admits("so"));
  CHECK_FALSE(words.Admits("a)"));
  CHECK_FALSE(words.Admits("1 "));
  for (std::string_view bad : {"[a-z", "\\", "[z-a]", "", "   "}) {
    CueOpenings refused;
    CHECK_FALSE(refused.Add(bad, &error));
    CHECK_FALSE(error.empty());
  }
}

TEST_CASE("An opening's need admits its pairs only for a line holding a literal early enough",
          "[grammar][cue_openings]") {
  CueOpenings openings;
  std::string error;
  // The news lead's shape: a place of a few letters, digits or dots, then a
  // dash and a space; "1. …" (a numbered clause) has no dash there.
  REQUIRE(openings.Add("xe [a-z0-9.][a-z0-9.]@16(-\\s|–\\s|—\\s)", &error));
  for (std::string_view admitted :
       {"ha noi - x", "1.2 - x", "tp.hcm – x", "hue—\tx", "xet de nghi", "a", ""})
    CHECK(openings.Admits(admitted));
  for (std::string_view turned_away :
       {"1. cac co quan", "ha noi-x", "2024-2025 la nam", "abcdefghijklmnopq - x", "a) x"})
    CHECK_FALSE(openings.Admits(turned_away));
  // A plain pair another opening states stays admitted without the need.
  CueOpenings both;
  REQUIRE(both.Add("[a-z][a-z ]@40(:) so", &error));
  CHECK(both.Admits("so 12"));
  CHECK(both.Admits("cong van so: 12"));
  CHECK_FALSE(both.Admits("cong van nay"));
  // The same need stated twice is one need; a ninth distinct one is refused.
  CueOpenings shared;
  REQUIRE(shared.Add("[a-c]x@4(:) [d-f]x@4(:)", &error));
  CHECK(shared.Admits("ex:"));
  CHECK_FALSE(shared.Admits("ex;"));
  CueOpenings many;
  CHECK_FALSE(
      many.Add("a1@9(a) a2@9(b) a3@9(c) a4@9(d) a5@9(e) a6@9(f) a7@9(g) a8@9(h) a9@9(i)", &error));
  for (std::string_view bad : {"ab@(x)", "ab@4x", "ab@4(x", "ab@4()", "ab@4(x)y", "ab@4(a b)"}) {
    CueOpenings refused;
    CHECK_FALSE(refused.Add(bad, &error));
  }
}
