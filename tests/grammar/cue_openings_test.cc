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
// away (or whose cue states none). Counts in *turned_away the lines the
// set's table (the union of the cues' openings) turns away, and fails the
// test where the table turns away a line the set matches.
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
    if (!admitted) FAIL_CHECK("the table turns away '" << line << "'");
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
