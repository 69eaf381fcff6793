// Grammar::MatchCue (one RE2::Set over every cue, hits kept per line) gives
// what the obvious reference gives: the first cue of the kind, in file order,
// whose pattern matches the folded line, each pattern run on its own.
#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "congvan/grammar.h"
#include "congvan/text_fold.h"
#include "support/corpus.h"

using congvan::Grammar;
using congvan::Language;

namespace {

// The first cue of `kind` whose pattern matches, cue by cue.
int ReferenceCue(const Grammar& g, const std::vector<std::unique_ptr<RE2>>& patterns,
                 const std::string& kind, const std::string& folded) {
  for (size_t i = 0; i < g.role_cues().size(); ++i) {
    if (g.role_cues()[i].kind == kind && RE2::PartialMatch(folded, *patterns[i])) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

}  // namespace

TEST_CASE("MatchCue agrees with each cue run alone, on every corpus line", "[grammar]") {
  for (Language lang : {Language::kVietnamese, Language::kEnglish}) {
    auto loaded = Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), lang);
    REQUIRE(loaded.ok());
    const Grammar& g = **loaded;
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingUTF8);
    std::vector<std::unique_ptr<RE2>> patterns;
    std::set<std::string> kinds;
    for (const Grammar::RoleCue& cue : g.role_cues()) {
      Grammar::CueKind kind{};
      REQUIRE(Grammar::CueKindFromName(cue.kind, &kind));
      REQUIRE(Grammar::CueKindName(kind) == cue.kind);
      patterns.push_back(std::make_unique<RE2>(cue.pattern, options));
      REQUIRE(patterns.back()->ok());
      kinds.insert(cue.kind);
    }
    kinds.insert("no-such-kind");
    int hits = 0;
    for (const std::string& text : congvan::testing::CorpusTexts()) {
      std::istringstream in(congvan::testing::ReadFile(congvan::testing::CorpusPath(text)));
      std::string line;
      bool backwards = false;  // vary the order of the questions about one line
      while (std::getline(in, line)) {
        std::string folded = congvan::FoldEndsForCues(line);
        std::vector<std::string> order(kinds.begin(), kinds.end());
        if ((backwards = !backwards)) order.assign(kinds.rbegin(), kinds.rend());
        for (const std::string& kind : order) {
          int expected = ReferenceCue(g, patterns, kind, folded);
          INFO(text << ": " << kind << ": " << folded);
          REQUIRE(g.MatchCue(kind, folded) == expected);
          hits += expected >= 0 ? 1 : 0;
        }
        // The per-line bits answer each kind by its number alike.
        Grammar::CueHits line_hits = g.MatchCues(folded);
        for (size_t k = 0; k < Grammar::kCueKindCount; ++k) {
          auto kind = static_cast<Grammar::CueKind>(k);
          std::string name(Grammar::CueKindName(kind));
          INFO(text << ": " << name << ": " << folded);
          REQUIRE(g.CueOfKind(line_hits, kind, folded) == ReferenceCue(g, patterns, name, folded));
          // LineCue (parse/line_roles.cc) answers a line whose bits are known
          // and none with -1 for every kind, without asking CueOfKind.
          if (line_hits.known && line_hits.bits == 0)
            REQUIRE(ReferenceCue(g, patterns, name, folded) == -1);
        }
      }
    }
    CHECK(hits > 100);  // the corpus reaches the cues, not only their absence
  }
}
