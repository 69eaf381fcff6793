// SyllableSet::Valid's per-thread memo (engine/src/text/syllables.cc,
// WordMemo) against the answers it computes without it. The memo reads a word
// into two zero-padded machine words — with overlapping loads, or inside a
// text (ValidInText) sixteen bytes at once with those past the word masked
// off — so words of every length up to its limit, and words differing in one
// byte at any position, must keep their own answers; and a law's vocabulary,
// asked in text order with its evictions, must answer as each word asked alone.
#include "text/syllables.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
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
  // Every length to past the memo's limit (16 bytes), and a syllable changed
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

namespace {

// The texts the in-text check reads: every corpus text, and every .txt under
// the folder named by CONGVAN_EXTRA_TEXTS when it is set (texts outside the
// corpus, e.g. /work/unseen/crawl; not needed for the test to mean something).
std::vector<std::string> TextsToRead() {
  std::vector<std::string> texts;
  for (const std::string& path : congvan::testing::CorpusTexts()) {
    texts.push_back(congvan::testing::ReadFile(congvan::testing::CorpusPath(path)));
  }
  if (const char* extra = std::getenv("CONGVAN_EXTRA_TEXTS"); extra != nullptr) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(extra)) {
      if (entry.path().extension() == ".txt") {
        texts.push_back(congvan::testing::ReadFile(entry.path().string()));
      }
    }
  }
  return texts;
}

bool IsBreak(char c) { return c == ' ' || c == '\n' || c == '\t'; }
bool IsEdge(char c) { return std::string_view("(),.;:!?\"'[]").find(c) != std::string_view::npos; }

}  // namespace

// The repair asks about each word where it lies in its text (ValidInText): the
// key is read sixteen bytes at a time, the text's next bytes masked off, and
// near the text's end with overlapping loads. Every word of every corpus text,
// as written and without its edge punctuation (what the repair asks), answers
// as computed alone — first from an empty memo, then from the memo.
TEST_CASE("syllables: words asked where they lie in their text answer as computed alone",
          "[text][syllables]") {
  auto grammar = congvan::Grammar::LoadForLanguage("", congvan::Language::kVietnamese);
  REQUIRE(grammar.ok());
  const SyllableSet* set = (*grammar)->syllables();
  REQUIRE(set != nullptr);
  const SyllableSet other({"b"}, {"a"});
  size_t asked = 0, valid = 0, differ = 0;
  std::string first_differing;
  for (const std::string& text : TextsToRead()) {
    (void)other.Valid("a");  // an empty memo for this set
    const char* end = text.data() + text.size();
    for (int round = 0; round < 2; ++round) {
      for (size_t i = 0; i < text.size();) {
        if (IsBreak(text[i])) {
          ++i;
          continue;
        }
        size_t e = i;
        while (e < text.size() && !IsBreak(text[e])) ++e;
        std::string_view word(text.data() + i, e - i);
        std::string_view core = word;
        while (!core.empty() && IsEdge(core.front())) core.remove_prefix(1);
        while (!core.empty() && IsEdge(core.back())) core.remove_suffix(1);
        for (std::string_view w : {word, core}) {
          const bool expected = set->ValidUncached(w);
          ++asked;
          valid += expected;
          if (set->ValidInText(w, end) != expected && differ++ == 0) first_differing = w;
        }
        i = e;
      }
    }
  }
  INFO(first_differing);
  CHECK(differ == 0);
  CHECK(asked > 100000);
  CHECK(valid > asked / 4);  // Vietnamese texts: most of their words are syllables
}
