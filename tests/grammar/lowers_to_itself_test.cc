// grammar_internal::LowersToItself: a word it accepts is its own lower case
// by ToLowerUtf8 (ICU's full mapping in the default locale), so
// Grammar::IsContinuationWord may look it up as it is. Checked for every code
// point below U+30000 alone (each encoded, after 'I' too: U+0307 after a
// capital I is the one mapping that reads its context) and for every word of
// every corpus line, whose IsContinuationWord answer must also equal the
// lookup of its ICU lower case.
#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "congvan/grammar.h"
#include "congvan/grammar_dir.h"
#include "grammar/grammar_impl.h"
#include "support/corpus.h"

using congvan::grammar_internal::LowersToItself;
using congvan::grammar_internal::ToLowerUtf8;

TEST_CASE("LowersToItself holds only where ToLowerUtf8 changes nothing", "[grammar][lower]") {
  long accepted = 0;
  for (UChar32 c = 1; c < 0x30000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    char buffer[4];
    int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, c);
    std::string alone(buffer, static_cast<size_t>(length));
    for (const std::string& s : {alone, "i" + alone + "a", "I" + alone}) {
      if (LowersToItself(s)) {
        ++accepted;
        if (ToLowerUtf8(s) != s) FAIL_CHECK("U+" << std::hex << c << " in '" << s << "'");
      }
    }
  }
  CHECK(accepted > 100000);
  CHECK_FALSE(LowersToItself("Và"));
  CHECK_FALSE(LowersToItself("\xC3"));  // cut short: asked of ICU
  CHECK(LowersToItself("của"));
}

TEST_CASE("IsContinuationWord answers as the lookup of the word's lower case", "[grammar][lower]") {
  long words = 0, fast = 0;
  for (congvan::Language language : {congvan::Language::kVietnamese, congvan::Language::kEnglish}) {
    auto loaded = congvan::Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), language);
    REQUIRE(loaded.ok());
    const congvan::Grammar& g = **loaded;
    const auto& impl = congvan::Grammar::Impl::Of(g);
    for (const std::string& name : congvan::testing::CorpusTexts()) {
      std::istringstream in(congvan::testing::ReadFile(congvan::testing::CorpusPath(name)));
      std::string word;
      while (in >> word) {
        ++words;
        if (word.size() > 16) continue;
        if (LowersToItself(word)) {
          ++fast;
          if (ToLowerUtf8(word) != word) FAIL_CHECK("'" << word << "' lowers");
        }
        bool expected = impl.continuation_words.count(ToLowerUtf8(word)) > 0;
        if (g.IsContinuationWord(word) != expected) FAIL_CHECK("'" << word << "'");
      }
    }
  }
  CHECK(words > 200000);
  CHECK(fast > words / 2);
}
