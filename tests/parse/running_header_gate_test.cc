// The running-header gate (parse/running_header_gate.h) and the page-like
// bit of the key hash it reads (parse/running_header_keys.h), each held to
// the plain way: the roles ClassifyLines gives every line of every corpus
// and unseen text, in both grammars, are those of the pass run without the
// gate; and the hash's bit is PageLikeKey of the key string, on every short
// line of those texts and on hand-made keys across the hash's blocks.
#include "parse/running_header_gate.h"

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "congvan/grammar.h"
#include "congvan/text_fold.h"
#include "parse/parse_internal.h"
#include "parse/running_header_keys.h"
#include "support/corpus.h"

using congvan::Grammar;
using congvan::parse::ClassifyLinesWithHeaderGate;
using congvan::parse::HeaderKey;
using congvan::parse::HeaderKeyHash;
using congvan::parse::KeepsHeaderKeyHash;
using congvan::parse::kPageLikeBit;
using congvan::parse::PageLikeKey;
using congvan::parse::RunText;
using congvan::parse::SourceLine;
using congvan::parse::SplitLines;

namespace {

std::shared_ptr<const Grammar> Load(congvan::Language language) {
  auto loaded = Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), language);
  REQUIRE(loaded.ok());
  return *loaded;
}

bool PageLikeBit(std::string_view folded) { return (HeaderKeyHash(folded) & kPageLikeBit) != 0; }

std::string KeyOf(std::string fold) {
  for (char& c : fold) c = (c >= '0' && c <= '9') ? '#' : c;
  return fold;
}

}  // namespace

TEST_CASE("the running-header gate leaves every line's role as the plain pass gives it",
          "[parse]") {
  const auto vi = Load(congvan::Language::kVietnamese);
  const auto en = Load(congvan::Language::kEnglish);
  size_t gated = 0, with_headers = 0, texts = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    for (const Grammar* grammar : {vi.get(), en.get()}) {
      std::vector<SourceLine> plain = SplitLines(text);
      std::vector<SourceLine> fast = plain;
      REQUIRE_FALSE(ClassifyLinesWithHeaderGate(plain, *grammar, /*header_gate=*/false));
      const bool turned_away = ClassifyLinesWithHeaderGate(fast, *grammar, /*header_gate=*/true);
      bool headers = false;
      for (size_t k = 0; k < plain.size(); ++k) {
        INFO("line " << k + 1 << ": " << plain[k].text);
        REQUIRE(fast[k].role == plain[k].role);
        headers = headers || plain[k].role == congvan::BlockRole::kRunningHeader;
      }
      gated += turned_away ? 1 : 0;
      with_headers += headers ? 1 : 0;
    }
    ++texts;
  }
  CHECK(texts >= 41);
  CHECK(gated >= 20);        // the gate answers for many texts …
  CHECK(with_headers >= 4);  // … and the texts with page furniture are checked too
}

TEST_CASE("the key hash's page-like bit is PageLikeKey of the key", "[parse]") {
  size_t page_like = 0, lines_seen = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    const std::vector<SourceLine> lines = SplitLines(text);
    std::string joined, folded;
    for (size_t k = 0; k < lines.size(); ++k) {
      if (!KeepsHeaderKeyHash(lines[k])) continue;
      folded.clear();  // as the cue stage folds the line
      congvan::AppendFoldEndsForCues(RunText(lines, k, joined), &folded);
      const bool expected = PageLikeKey(HeaderKey(lines, k));
      INFO(folded);
      REQUIRE(PageLikeBit(folded) == expected);
      page_like += expected ? 1 : 0;
      ++lines_seen;
    }
  }
  CHECK(lines_seen > 10000);
  CHECK(page_like > 0);
}

TEST_CASE("the page-like bit finds a page's number at every offset and block edge", "[parse]") {
  for (std::string_view word : {"trang ", "page ", "trang", "tranh ", "rang ", "page  "}) {
    for (std::string_view number : {"1", "12", "#", "a"}) {
      for (size_t before = 0; before < 40; ++before) {
        for (size_t after = 0; after < 20; after += 7) {
          std::string fold = std::string(before, 'x') + std::string(word) + std::string(number) +
                             std::string(after, ' ');
          INFO(fold);
          CHECK(PageLikeBit(fold) == PageLikeKey(KeyOf(fold)));
        }
      }
    }
  }
  CHECK(PageLikeBit("cong van 88/byt-kcb trang 1/2"));
  CHECK(PageLikeBit("page 3 of 4"));
  CHECK_FALSE(PageLikeBit("trang2"));
  CHECK_FALSE(PageLikeBit("van ban quy pham phap luat"));
  // Many numbers after spaces, the page's first, last or none.
  std::string many;
  for (int k = 0; k < 70; ++k) many += " 1";
  CHECK_FALSE(PageLikeBit(many));
  CHECK(PageLikeBit(many + " trang 5"));
  CHECK(PageLikeBit("trang 5" + many));
}

TEST_CASE("a hash counts only its lines a page apart, taken from the first", "[parse]") {
  using congvan::parse::AnyHashSpread;
  using congvan::parse::EdgeLine;
  auto spread = [](std::vector<EdgeLine> lines, size_t needed) {
    return AnyHashSpread(lines, needed, 8);
  };
  CHECK(spread({{1, 0}, {1, 5}, {1, 9}}, 2));  // 0 and 9
  CHECK_FALSE(spread({{1, 0}, {1, 5}, {1, 9}}, 3));
  CHECK(spread({{1, 0}, {2, 8}, {1, 16}}, 2));  // another hash between
  CHECK_FALSE(spread({{1, 0}, {2, 8}, {1, 16}}, 3));
  CHECK(spread({{7, 0}, {7, 8}, {7, 16}}, 3));
  CHECK_FALSE(spread({{7, 0}, {7, 7}, {7, 15}}, 3));  // at most two a page apart
  CHECK_FALSE(spread({{1, 0}, {2, 20}, {3, 40}}, 2));
  CHECK_FALSE(spread({}, 2));
}
