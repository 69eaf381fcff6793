// SyllableSet::Valid's per-thread memo (engine/src/text/syllables.cc,
// WordMemo) against the answers it computes without it. The memo reads a word
// into three zero-padded machine words with overlapping loads, so words of
// every length up to its limit, and words differing in one byte at any
// position, must keep their own answers; and a law's vocabulary, asked in
// text order with its evictions, must answer as each word asked alone.
#include "text/syllables.h"

#include <catch2/catch.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "congvan/grammar.h"
#include "support/corpus.h"

namespace {

using congvan::text::SyllableSet;

// Valid(word) computed afresh: asking another set first empties this
// thread's memo (it is keyed by the set asked), so the answer is computed.
bool Uncached(const SyllableSet& set, const SyllableSet& other, const std::string& word) {
  (void)other.Valid("a");
  return set.Valid(word);
}

std::vector<std::string> Words() {
  std::vector<std::string> words;
  std::set<std::string> seen;
  for (const std::string& path : congvan::testing::CorpusTexts()) {
    std::istringstream text(congvan::testing::ReadFile(congvan::testing::CorpusPath(path)));
    for (std::string word; text >> word;) {
      if (seen.insert(word).second) words.push_back(word);
    }
  }
  // Every length to past the memo's limit (24 bytes), and a syllable changed
  // in one byte at each position of a long word.
  for (size_t n = 1; n <= 30; ++n) {
    words.push_back(std::string(n, 'a'));
    words.push_back(std::string(n - 1, 'a') + "b");
  }
  const std::string base = "nghiêngnghiêngnghiêngnghi";  // 28 bytes
  for (size_t at = 0; at < base.size(); ++at) {
    std::string changed = base;
    changed[at] = 'x';
    words.push_back(changed);
    words.push_back(base.substr(0, at + 1));
  }
  return words;
}

}  // namespace

TEST_CASE("syllables: the memo answers as the check alone, word after word", "[text][syllables]") {
  auto grammar = congvan::Grammar::LoadForLanguage("", congvan::Language::kVietnamese);
  REQUIRE(grammar.ok());
  const SyllableSet* set = (*grammar)->syllables();
  REQUIRE(set != nullptr);
  const SyllableSet other({"b"}, {"a"});
  const std::vector<std::string> words = Words();
  REQUIRE(words.size() > 5000);
  std::vector<bool> alone;
  for (const std::string& w : words) alone.push_back(Uncached(*set, other, w));
  int valid = 0;
  for (int round = 0; round < 2; ++round) {  // the second round reads the memo
    for (size_t k = 0; k < words.size(); ++k) {
      INFO(words[k]);
      CHECK(set->Valid(words[k]) == alone[k]);
      valid += alone[k] && round == 0;
    }
  }
  CHECK(valid > 1000);  // the corpus's syllables are among them
}

// The repair finds word ends sixteen bytes at a time (SSE2) and the last few
// byte by byte: a broken syllable is repaired wherever it falls against the
// blocks, after words of every length, ended by a space, a newline or a tab.
TEST_CASE("syllables: a broken syllable is joined at every offset of the word scan",
          "[text][syllables]") {
  auto grammar = congvan::Grammar::LoadForLanguage("", congvan::Language::kVietnamese);
  REQUIRE(grammar.ok());
  const SyllableSet* set = (*grammar)->syllables();
  REQUIRE(set != nullptr);
  for (size_t before = 0; before <= 40; ++before) {
    for (const std::string& end : {std::string(" "), std::string("\n"), std::string("\t")}) {
      // "Điều" and "tướng" are syllables; "ĐIỀ U" and "tướ ng" are broken.
      const std::string head = before == 0 ? "" : std::string(before, 'x') + end;
      const std::string text = head + "Điều " + "ĐIỀ U" + end + "của T hủ tướ ng" + end + "và";
      congvan::text::SyllableRepairs report;
      auto repaired = congvan::text::RepairBrokenSyllables(text, *set, &report);
      INFO(text);
      REQUIRE(repaired.has_value());
      CHECK(*repaired == head + "Điều ĐIỀU" + end + "của Thủ tướng" + end + "và");
      CHECK(report.count == 3);
    }
  }
}
