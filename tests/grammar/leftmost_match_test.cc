// grammar/leftmost_match.h: the span found by anchored probes is the span
// RE2 finds UNANCHORED (forward and reverse DFA) — compared on every match
// and every miss of every metadata pattern of both grammars, over every
// corpus line (raw and folded, as FindMetaIn asks them), from each place
// FindMetaIn's loop asks from.
#include "grammar/leftmost_match.h"

#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "congvan/text_fold.h"
#include "support/corpus.h"
#include "support/grammar_patterns.h"
#include "support/regex_options.h"

using congvan::grammar_internal::FindLeftmostMatch;
using congvan::testing::GrammarRegexOptions;

namespace {

std::vector<std::unique_ptr<RE2>> GrammarMetaPatterns(std::vector<bool>* folded) {
  std::vector<std::unique_ptr<RE2>> out;
  for (const char* language : {"vi", "en"}) {
    for (const auto& entry : congvan::testing::ReadGrammarPatterns(language, "//meta/pattern")) {
      out.push_back(std::make_unique<RE2>(entry.pattern, GrammarRegexOptions()));
      folded->push_back(entry.folded);
      REQUIRE(out.back()->ok());
    }
  }
  return out;
}

// Walks the matches of `re` in `subject` as FindMetaIn does, checking each
// step against RE2's own UNANCHORED search; returns how many matched, and on
// the first disagreement describes it in *mismatch and stops. (No Catch2
// assertion per step: the corpus walk makes millions of steps, which under
// the sanitizers took minutes in assertion bookkeeping alone.)
size_t CompareMatches(const RE2& re, const std::string& subject, std::string* mismatch) {
  size_t matches = 0;
  size_t pos = 0;
  while (pos <= subject.size()) {
    re2::StringPiece whole;
    bool expected = re.Match(subject, pos, subject.size(), RE2::UNANCHORED, &whole, 1);
    size_t begin = 0, end = 0, probes = 0;
    bool found = FindLeftmostMatch(re, subject, pos, &begin, &end, &probes);
    size_t expected_begin = expected ? static_cast<size_t>(whole.data() - subject.data()) : 0;
    if (found != expected ||
        (found && (begin != expected_begin || end != expected_begin + whole.size()))) {
      std::ostringstream what;
      what << re.pattern() << " from " << pos << " in " << subject << ": found " << found << " ["
           << begin << ", " << end << "), RE2 " << expected << " [" << expected_begin << ", "
           << expected_begin + whole.size() << ")";
      *mismatch = what.str();
      return matches;
    }
    if (!found) break;
    ++matches;
    pos = end > pos ? end : pos + 1;
  }
  return matches;
}

}  // namespace

TEST_CASE("FindLeftmostMatch: leftmost, not the last place a match begins", "[grammar]") {
  // Two matches: a search for the last begin would give the second.
  RE2 re(R"((?:Quyết định|Thông tư) số \d+)");
  std::string text = "Quyết định số 1 và Thông tư số 2";
  size_t begin = 0, end = 0, probes = 0;
  REQUIRE(FindLeftmostMatch(re, text, 0, &begin, &end, &probes));
  CHECK(probes == 1);  // one probe per byte tried, here the first
  CHECK(text.substr(begin, end - begin) == "Quyết định số 1");
  REQUIRE(FindLeftmostMatch(re, text, end, &begin, &end, &probes));
  CHECK(text.substr(begin, end - begin) == "Thông tư số 2");
  CHECK_FALSE(FindLeftmostMatch(re, text, end, &begin, &end, &probes));
  RE2 word(R"(\bso\b)");  // \b reads the byte before the probe
  std::string joined = "hoso so";
  REQUIRE(FindLeftmostMatch(word, joined, 0, &begin, &end, &probes));
  CHECK(begin == 5);
}

TEST_CASE("FindLeftmostMatch finds RE2's span for every metadata pattern on the corpus",
          "[grammar]") {
  std::vector<bool> folded;
  std::vector<std::unique_ptr<RE2>> patterns = GrammarMetaPatterns(&folded);
  REQUIRE(patterns.size() > 200);
  size_t matches = 0;
  std::string line, folded_line;
  std::vector<uint32_t> offsets;
  for (const std::string& file : congvan::testing::CorpusTexts()) {
    std::istringstream in(congvan::testing::ReadFile(congvan::testing::CorpusPath(file)));
    std::string mismatch;
    while (std::getline(in, line) && mismatch.empty()) {
      if (line.size() > 256) continue;  // FindMetaIn keeps RE2's own search there
      congvan::FoldWithOffsets(line, &folded_line, &offsets);
      for (size_t p = 0; p < patterns.size() && mismatch.empty(); ++p) {
        matches += CompareMatches(*patterns[p], folded[p] ? folded_line : line, &mismatch);
      }
    }
    INFO(file << ": " << mismatch);
    CHECK(mismatch.empty());
  }
  CHECK(matches > 5000);
}
