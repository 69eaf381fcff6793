// A marker style's next / not-next pattern answered per code point
// (grammar/next_char_memo.h): which patterns get a memo, and the memo's
// answers against RE2's at every byte offset of every corpus line (and of
// the lines under $CONGVAN_UNSEEN_TEXTS when set), in both grammars, cut
// inside characters and at the end.
#include "grammar/next_char_memo.h"

#include <re2/re2.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "congvan/grammar.h"
#include "congvan/grammar_dir.h"
#include "grammar/grammar_impl.h"
#include "support/corpus.h"
#include "support/regex_options.h"

using congvan::grammar_internal::LazyRegex;
using congvan::grammar_internal::NextCharMemo;

namespace {

std::vector<std::string> AllTexts() {
  const std::vector<std::string> texts = congvan::testing::CorpusAndUnseenTexts();
  return texts;
}

}  // namespace

TEST_CASE("NextCharMemo is made only for one-character patterns", "[grammar][next]") {
  const RE2::Options options = congvan::testing::GrammarRegexOptions();
  for (std::string_view yes :
       {"$|[\\p{Lu}“\"(]", "\\p{Lu}", "[\\p{Lu}“\"]", "\\pL|$", "\\P{L}", "$"}) {
    CHECK(NextCharMemo::For(yes, options) != nullptr);
  }
  for (std::string_view no : {"\\p{Lu}\\p{Lu}", "[A-Z]+", "\\d|[a-z][.)]", "(?i)[a-z]", "(?:[A-Z])",
                              "\\d|$|\\p{Lu}+[-–]\\p{Lu}", "[A-Z]?", "a"}) {
    CHECK(NextCharMemo::For(no, options) == nullptr);
  }
  RE2::Options latin1 = options;
  latin1.set_encoding(RE2::Options::EncodingLatin1);
  CHECK(NextCharMemo::For("\\p{Lu}", latin1) == nullptr);
}

TEST_CASE("NextCharMemo answers as RE2 at every offset of every corpus line", "[grammar][next]") {
  long asked = 0, memos = 0;
  const std::vector<std::string> texts = AllTexts();
  for (congvan::Language language : {congvan::Language::kVietnamese, congvan::Language::kEnglish}) {
    auto loaded = congvan::Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), language);
    REQUIRE(loaded.ok());
    const auto& impl = congvan::Grammar::Impl::Of(**loaded);
    std::vector<const NextCharMemo*> seen;  // styles share a pattern's memo
    for (size_t k = 0; k < impl.styles.size(); ++k) {
      for (bool next : {true, false}) {
        const auto& memo = next ? impl.next_memo[k] : impl.not_next_memo[k];
        if (memo == nullptr || std::find(seen.begin(), seen.end(), memo.get()) != seen.end())
          continue;
        seen.push_back(memo.get());
        ++memos;
        const LazyRegex& re = *(next ? impl.next_res[k] : impl.not_next_res[k]);
        for (const std::string& text : texts) {
          std::istringstream in(text);
          std::string line;
          while (std::getline(in, line)) {
            for (size_t at = 0; at <= line.size(); ++at, ++asked) {
              bool expected = re.get().Match(line, at, line.size(), RE2::ANCHOR_START, nullptr, 0);
              if (memo->Matches(re, line, at) != expected) {
                FAIL_CHECK(impl.styles[k].id << (next ? " next" : " not-next") << ": offset " << at
                                             << " of '" << line << "'");
              }
            }
          }
        }
      }
    }
  }
  CHECK(memos >= 4);  // "$|[\p{Lu}“\"(]", "\p{Lu}", "[\p{Lu}“\"]" …
  CHECK(asked > 1000000);
}
