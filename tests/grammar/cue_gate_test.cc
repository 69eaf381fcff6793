// The gate before the unanchored cue set (grammar/cue_gate.h) turns no line
// away that a floating alternative matches, and the cue bits found through it
// equal each cue's pattern run alone: on every corpus line in both grammars,
// and on every line of the texts under $CONGVAN_UNSEEN_TEXTS when it is set
// (the team's unseen laws, /work/unseen/crawl).
#include "grammar/cue_gate.h"

#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "congvan/grammar.h"
#include "congvan/text_fold.h"
#include "grammar/cue_ends.h"
#include "grammar/lazy_regex.h"
#include "support/corpus.h"
#include "support/regex_options.h"

using congvan::Grammar;
using congvan::Language;
using congvan::grammar_internal::AnchoredAtStart;
using congvan::grammar_internal::BetterBehindGate;
using congvan::grammar_internal::CueCondition;
using congvan::grammar_internal::CueGate;
using congvan::grammar_internal::ReadCueCondition;
using congvan::grammar_internal::TopLevelAlternatives;

namespace {

std::optional<CueCondition> Read(std::string_view alternative) {
  return ReadCueCondition(alternative, congvan::testing::GrammarRegexOptions());
}

// Every line of the corpus texts, and of the unseen texts when given.
std::vector<std::string> AllLines() {
  const std::vector<std::string> texts = congvan::testing::CorpusAndUnseenTexts();
  std::vector<std::string> lines;
  for (const std::string& text : texts) {
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) lines.push_back(line);
  }
  return lines;
}

}  // namespace

TEST_CASE("ReadCueCondition reads literals and tails it can prove", "[grammar][cue_gate]") {
  // The running header "… trang 3 / 12": no literal outside groups; a digit last.
  auto header = Read("\\s(trang|tr\\.)\\s*\\d{1,3}\\s*(/|tren)\\s*\\d{1,3}$");
  REQUIRE(header);
  CHECK(header->literal.empty());
  CHECK(header->MayMatch("cong bao trang 3 / 12"));
  CHECK_FALSE(header->MayMatch("trang 3 / 12 cua van ban"));
  // Optional bytes before "$" are read backwards: "(anh) ." ends the media cue.
  auto media = Read("\\((anh|video)(\\s*:[^)]*)?\\)\\s*\\.?$");
  REQUIRE(media);
  CHECK(media->literal == "(");
  CHECK(media->MayMatch("(anh: ttxvn) ."));
  CHECK(media->MayMatch("(video)"));
  CHECK_FALSE(media->MayMatch("(anh) tren day"));
  // The longest run: "ngay" over ","; optional spaces before the digits.
  auto date = Read(",\\s*ngay\\s+\\d{1,2}\\s*$");
  REQUIRE(date);
  CHECK(date->literal == "ngay");
  CHECK(date->MayMatch("ha noi, ngay 12  "));
  CHECK_FALSE(date->MayMatch("ha noi, ngay 12 thang"));
  // Repetitions end a run after their first character, or before it.
  CHECK(Read("xab?c")->literal == "xa");
  CHECK(Read("xab+c")->literal == "xab");
  CHECK(Read("\\./\\.\\W{0,3}$")->literal == "./.");
  CHECK(Read("\\./\\.\\W{0,3}$")->tail.empty());  // \W holds more than ASCII
  CHECK(Read("x\\s*\\d$")->tail.size() == 1);     // backwards from "$": up to "\\d"
  CHECK(Read("x\\d\\s*$")->tail.size() == 2);
  CHECK(Read("…{2,}\\s*$")->tail.empty());  // "…" is three bytes
  // Refused: nothing certain to read.
  CHECK_FALSE(Read("(?i)abc"));      // a flag changes what the bytes mean
  CHECK_FALSE(Read("\\x41bc"));      // an escape not read
  CHECK_FALSE(Read("a|bcd"));        // not one alternative
  CHECK_FALSE(Read(".*\\s(a|b)$"));  // neither a literal nor a one-byte tail
  CHECK_FALSE(Read("a?b*"));
  RE2::Options latin1 = congvan::testing::GrammarRegexOptions();
  latin1.set_encoding(RE2::Options::EncodingLatin1);
  CHECK_FALSE(ReadCueCondition("abc", latin1));
}

TEST_CASE("BetterBehindGate: a long opening run and a tail", "[grammar][cue_gate]") {
  const RE2::Options options = congvan::testing::GrammarRegexOptions();
  CHECK(BetterBehindGate("^[^()]{2,60}\\(da ky\\)$", options));  // the signed cue
  CHECK(BetterBehindGate("^.*x$", options));
  CHECK_FALSE(BetterBehindGate("[^()]{2,60}\\(da ky\\)$", options));     // not anchored
  CHECK_FALSE(BetterBehindGate("^[^()]{2,15}x$", options));              // a short run
  CHECK_FALSE(BetterBehindGate("^[^()]{2,60}\\(da ky\\)", options));     // no tail to gate on
  CHECK_FALSE(BetterBehindGate("^\\[.*\\]$", options));                  // opens with a character
  CHECK_FALSE(BetterBehindGate("^(a|b).{0,150}\\s\\d{1,3}$", options));  // a group, once
}

TEST_CASE("ReadCueCondition reads the choices a plain group gives its run", "[grammar][cue_gate]") {
  // The media cue: "(" alone is on every line ending in "(…)." of a law.
  auto media = Read("\\((anh|anh minh hoa|video|clip)(\\s*:[^)]*)?\\)\\s*\\.?$");
  REQUIRE(media);
  CHECK(media->literal == "(");
  CHECK(media->choices == std::vector<std::string>{"(anh", "(anh minh hoa", "(video", "(clip"});
  CHECK(media->MayMatch("tai lieu (anh: ttxvn)."));
  CHECK_FALSE(media->MayMatch("theo quy dinh tai dieu 5 (sua doi)."));
  CHECK(media->choice_run == 1);  // looked for by "(", compared there
  CHECK(media->MayMatch("(a) (b (anh)"));
  CHECK(Read("x\\s(ab|cd)\\d$")->choice_run == 0);  // a choice anywhere
  CHECK(Read("x\\s(ab|cd)\\d$")->MayMatch("x cd5"));
  // Read only from a group that stands once, of plain characters, after a run.
  CHECK(Read("\\((?:anh|video)\\)$")->choices == std::vector<std::string>{"(anh", "(video"});
  CHECK(Read("\\((anh|video)?\\)$")->choices.empty());          // optional
  CHECK(Read("\\((anh|vi.eo)\\)$")->choices.empty());           // "." in it
  CHECK(Read("\\((anh|(vi)deo)\\)$")->choices.empty());         // a group in it
  CHECK(Read("\\((anh|)\\)$")->choices.empty());                // an empty alternative
  CHECK(Read("neu co (kho khan|vuong mac)")->choices.empty());  // no tail: the literal
  CHECK(Read("\\((?i)anh|video\\)$") == std::nullopt);          // a flag: nothing read
  CHECK(Read("abcdef\\d(a|b)$")->choices.empty());              // no longer than the literal
  // The gate asks the choices of a line whose tail fits, not the literal.
  CueGate gate;
  gate.Add("\\((anh|video)\\)\\s*\\.?$", congvan::testing::GrammarRegexOptions());
  CHECK(gate.MayMatch("mot buc (anh)."));
  CHECK(gate.MayMatch("(video) ."));
  CHECK_FALSE(gate.MayMatch("khoan 2 (sua doi)."));
  CHECK_FALSE(gate.MayMatch("mot buc (anh) nua"));  // the tail does not fit
  CHECK(gate.MayMatchEntryByEntry("mot buc (anh)."));
  CHECK_FALSE(gate.MayMatchEntryByEntry("khoan 2 (sua doi)."));
}

TEST_CASE("TopLevelAlternatives splits where RE2 does", "[grammar][cue_gate]") {
  auto split = TopLevelAlternatives("a|(b|c)|[|]|\\||^d");
  REQUIRE(split.size() == 5);
  CHECK(split[1] == "(b|c)");
  CHECK(split[2] == "[|]");
  CHECK(split[3] == "\\|");
  CHECK(TopLevelAlternatives("(?i)a|b").empty());
  CHECK(TopLevelAlternatives("a|").empty());
}

TEST_CASE("the cue gate turns away no line a floating alternative matches", "[grammar][cue_gate]") {
  const std::vector<std::string> lines = AllLines();
  const RE2::Options options = congvan::testing::GrammarRegexOptions();
  for (Language lang : {Language::kVietnamese, Language::kEnglish}) {
    auto loaded = Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), lang);
    REQUIRE(loaded.ok());
    const Grammar& g = **loaded;
    // The floating alternatives as the loader files them, each alone.
    struct Floating {
      std::string text;
      std::unique_ptr<RE2> re;
      std::optional<CueCondition> condition;
    };
    std::vector<Floating> floating, long_anchored;
    std::vector<std::unique_ptr<RE2>> cues;
    CueGate gate, long_gate;
    for (const Grammar::RoleCue& cue : g.role_cues()) {
      cues.push_back(std::make_unique<RE2>(cue.pattern, options));
      REQUIRE(cues.back()->ok());
      std::vector<std::string_view> alternatives = TopLevelAlternatives(cue.pattern);
      if (alternatives.empty()) alternatives = {cue.pattern};
      for (std::string_view a : alternatives) {
        if (BetterBehindGate(a, options)) {  // its own set, behind its own gate
          long_gate.Add(a, options);
          long_anchored.push_back(
              {std::string(a), std::make_unique<RE2>(a, options), ReadCueCondition(a, options)});
          continue;
        }
        if (AnchoredAtStart(a)) continue;
        gate.Add(a, options);
        floating.push_back(
            {std::string(a), std::make_unique<RE2>(a, options), ReadCueCondition(a, options)});
        REQUIRE(floating.back().re->ok());
      }
    }
    CHECK_FALSE(gate.always_open());  // every floating alternative of the grammars is read
    CHECK_FALSE(long_gate.always_open());
    if (lang == Language::kVietnamese) CHECK(long_anchored.size() >= 1);  // "… (đã ký)"
    size_t closed = 0, matched = 0, long_matched = 0;
    for (const std::string& line : lines) {
      const std::string folded = congvan::FoldEndsForCues(line);
      const bool open = gate.MayMatch(folded);
      closed += open ? 0 : 1;
      for (const Floating& f : floating) {
        if (!RE2::PartialMatch(folded, *f.re)) continue;
        ++matched;
        INFO(f.text << " on: " << folded);
        REQUIRE(open);
        if (f.condition) REQUIRE(f.condition->MayMatch(folded));
      }
      const bool long_open = long_gate.MayMatch(folded);
      for (const Floating& f : long_anchored) {
        if (!RE2::PartialMatch(folded, *f.re)) continue;
        ++long_matched;
        INFO(f.text << " on: " << folded);
        REQUIRE(long_open);
      }
      uint64_t expected = 0;
      for (size_t i = 0; i < cues.size(); ++i)
        if (RE2::PartialMatch(folded, *cues[i])) expected |= uint64_t{1} << i;
      Grammar::CueHits hits = g.MatchCues(folded);
      INFO(folded);
      REQUIRE(hits.known);
      REQUIRE(uint64_t{hits.bits} == expected);
    }
    CHECK(matched > 20);  // the lines reach the floating alternatives
    if (lang == Language::kVietnamese) CHECK(long_matched > 0);  // and the long anchored ones
    CHECK(closed * 10 > lines.size() * 7);                       // and most lines are turned away
  }
}

// A lazy cue (lazy="true", grammar/lazy_cues.h) is asked only of a line its
// alternatives' ends fit: those ends must fit every line the alternative
// matches, read here from every cue whose ends say enough, on every corpus
// line (and the unseen texts when given). And they must say something: the
// change note's opening turns away the numbered clauses ("1. …", "3 tháng").
TEST_CASE("a cue alternative's ends fit every line it matches", "[grammar][cue_gate][lazy]") {
  using congvan::grammar_internal::CueEnds;
  using congvan::grammar_internal::ReadCueEnds;
  const std::vector<std::string> lines = AllLines();
  const RE2::Options options = congvan::testing::GrammarRegexOptions();
  auto loaded = Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), Language::kVietnamese);
  REQUIRE(loaded.ok());
  struct Ends {
    std::string text;
    std::unique_ptr<RE2> re;
    CueEnds ends;
  };
  std::vector<Ends> read;
  for (const Grammar::RoleCue& cue : (*loaded)->role_cues()) {
    std::vector<std::string_view> alternatives = TopLevelAlternatives(cue.pattern);
    if (alternatives.empty()) alternatives = {cue.pattern};
    for (std::string_view a : alternatives) {
      if (std::optional<CueEnds> ends = ReadCueEnds(a))
        read.push_back({std::string(a), std::make_unique<RE2>(a, options), std::move(*ends)});
    }
  }
  REQUIRE(read.size() >= 4);  // the lazy cues' four alternatives at least
  size_t matched = 0;
  for (const std::string& line : lines) {
    const std::string folded = congvan::FoldEndsForCues(line);
    for (const Ends& e : read) {
      if (!RE2::PartialMatch(folded, *e.re)) continue;
      ++matched;
      INFO(e.text << " on: " << folded);
      REQUIRE(e.ends.Fits(folded));
    }
  }
  CHECK(matched > 20);
  std::optional<CueEnds> note =
      ReadCueEnds(R"(^\d{1,3}\s+(dieu|khoan|cum tu)\b.{0,160}\b(duoc|bi)\s+thay\b)");
  REQUIRE(note);
  CHECK(note->opening.size() == 3);
  CHECK(note->Fits("30 cum tu “ban” duoc thay the bang"));
  CHECK_FALSE(note->Fits("1. cum tu"));
  CHECK_FALSE(note->Fits("3 thang 10"));
}

// The lazy cues turn a line away by its first and second bytes before
// CueEnds::Fits (grammar/lazy_cues.h): the bytes the opening allows there
// (CueEnds::OpeningBytesAt) must hold those of every line that fits it — read
// from every cue alternative whose ends say enough, on every corpus line (and
// the unseen texts when given). And the second byte must say something: the
// numbered clauses ("1. …"), which open with the change note's digit, are
// turned away by it.
TEST_CASE("a lazy cue's opening bytes hold every line its ends fit", "[grammar][cue_gate][lazy]") {
  using congvan::grammar_internal::CueEnds;
  using congvan::grammar_internal::ReadCueEnds;
  const std::vector<std::string> lines = AllLines();
  auto loaded = Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), Language::kVietnamese);
  REQUIRE(loaded.ok());
  std::vector<std::pair<std::string, CueEnds>> read;
  for (const Grammar::RoleCue& cue : (*loaded)->role_cues()) {
    std::vector<std::string_view> alternatives = TopLevelAlternatives(cue.pattern);
    if (alternatives.empty()) alternatives = {cue.pattern};
    for (std::string_view a : alternatives) {
      std::optional<CueEnds> ends = ReadCueEnds(a);
      if (ends && !ends->opening.empty()) read.emplace_back(std::string(a), std::move(*ends));
    }
  }
  REQUIRE_FALSE(read.empty());  // the change note's opening at least
  size_t fitted = 0, turned_away = 0;
  for (const std::string& line : lines) {
    const std::string folded = congvan::FoldEndsForCues(line);
    if (folded.size() < 2) continue;
    const auto first = static_cast<unsigned char>(folded[0]);
    const auto second = static_cast<unsigned char>(folded[1]);
    for (const auto& [text, ends] : read) {
      const bool allowed = ends.OpeningBytesAt(0)[first] && ends.OpeningBytesAt(1)[second];
      if (ends.OpeningBytesAt(0)[first] && !allowed) ++turned_away;
      if (!ends.Fits(folded)) continue;
      ++fitted;
      INFO(text << " on: " << folded);
      REQUIRE(allowed);
    }
  }
  CHECK(fitted > 20);
  CHECK(turned_away > 1000);
  std::optional<CueEnds> note =
      ReadCueEnds(R"(^\d{1,3}\s+(dieu|khoan|cum tu)\b.{0,160}\b(duoc|bi)\s+thay\b)");
  REQUIRE(note);
  CHECK(note->OpeningBytesAt(1)['7']);  // "17 cum tu …"
  CHECK(note->OpeningBytesAt(1)[' ']);  // "1 cum tu …"
  CHECK_FALSE(note->OpeningBytesAt(1)['.']);
  // Past a piece of fixed bytes, the next piece's: "^ab\d" allows a digit third.
  std::optional<CueEnds> fixed = ReadCueEnds(R"(^ab\d+x)");
  REQUIRE(fixed);
  CHECK(fixed->OpeningBytesAt(1).count() == 1);
  CHECK(fixed->OpeningBytesAt(2)['5']);
  CHECK_FALSE(fixed->OpeningBytesAt(2)['x']);
}
