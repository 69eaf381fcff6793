// grammar/pattern_length.h: the bound on a pattern's match is a bound (no
// match RE2 finds on the corpus is longer), and the metadata fields it lets
// Grammar::FindMetaIn fold only a prefix of ("action" in Vietnamese) give the
// answers the whole fold gives: the reference folds every provision whole and
// runs each of the field's patterns alone, as FindMetaIn did before.
#include "grammar/pattern_length.h"

#include <re2/re2.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "congvan/grammar.h"
#include "congvan/grammar_dir.h"
#include "congvan/text_fold.h"
#include "grammar/lazy_regex.h"
#include "support/corpus.h"
#include "support/grammar_patterns.h"
#include "support/meta_reference.h"
#include "support/regex_options.h"
#include "support/unicode_forms.h"

using congvan::Grammar;
using congvan::Language;
using congvan::grammar_internal::AnchoredAtStart;
using congvan::grammar_internal::MaxMatchBytes;
using congvan::testing::FieldPattern;
using congvan::testing::FieldPatterns;
using congvan::testing::FindMetaAnswer;
using congvan::testing::GrammarRegexOptions;
using congvan::testing::MetaFound;
using congvan::testing::ReferenceMetaAnswer;
using congvan::testing::ToNfd;

namespace {

void CollectTexts(std::span<const congvan::Node> nodes, std::vector<std::string>& out) {
  for (const congvan::Node& n : nodes) {
    out.push_back(n.text.str());
    CollectTexts(n.children, out);
    CollectTexts(n.quoted(), out);
  }
}

}  // namespace

TEST_CASE("MaxMatchBytes: the bounds of simple shapes", "[grammar]") {
  CHECK(MaxMatchBytes("^abc") == 3u);
  CHECK(MaxMatchBytes(R"(^(?:sua doi ten|sua ten|doi ten)\b)") == 11u);
  CHECK(MaxMatchBytes("a|bcd|") == 3u);
  CHECK(MaxMatchBytes("a?b{2}c{1,3}") == 6u);
  CHECK(MaxMatchBytes("a{2,}") == std::nullopt);
  CHECK(MaxMatchBytes("a*") == std::nullopt);
  CHECK(MaxMatchBytes("(?:ab)+") == std::nullopt);
  CHECK(MaxMatchBytes("[ab]{3}") == 12u);
  CHECK(MaxMatchBytes(R"([]\]x]\.)") == 5u);
  CHECK(MaxMatchBytes(R"(\p{Latin}\pL.\d\s)") == 20u);
  CHECK(MaxMatchBytes(R"((?P<n>\d{1,2})/x)") == 10u);
  CHECK(MaxMatchBytes("é{2}") == 4u);
  CHECK(MaxMatchBytes("x{") == 2u);                   // "{" as a literal
  CHECK(MaxMatchBytes("x{,2}") == 5u);                // likewise, RE2 reads it literally
  CHECK(MaxMatchBytes("a??b{0,2}?") == 3u);           // lazy marks add nothing
  CHECK(MaxMatchBytes("(?i)abc") == std::nullopt);    // a flag group is not read
  CHECK(MaxMatchBytes(R"(\Qa*\E)") == std::nullopt);  // nor \Q…\E
  // An escape's digits and braces are the escape's: one character each.
  CHECK(MaxMatchBytes(R"(\x6f\x{1EA0}\101\pL)") == 16u);
  CHECK(MaxMatchBytes(R"(\p{)") == std::nullopt);  // cut off
}

TEST_CASE("MaxMatchBytes bounds every match of every grammar pattern on the corpus", "[grammar]") {
  std::vector<std::unique_ptr<RE2>> bounded;
  std::vector<size_t> bounds;
  for (const char* language : {"vi", "en"}) {
    for (const auto& entry : congvan::testing::ReadGrammarPatterns(language, "//*[@pattern]")) {
      const std::string& pattern = entry.pattern;
      std::optional<size_t> bound = MaxMatchBytes(pattern);
      if (!bound) continue;
      bounded.push_back(std::make_unique<RE2>(pattern, GrammarRegexOptions()));
      REQUIRE(bounded.back()->ok());
      bounds.push_back(*bound);
    }
  }
  REQUIRE(bounded.size() > 30);
  size_t matches = 0;
  for (const std::string& text : congvan::testing::CorpusTexts()) {
    std::istringstream in(congvan::testing::ReadFile(congvan::testing::CorpusPath(text)));
    std::string line;
    while (std::getline(in, line)) {
      std::string folded = congvan::FoldForCues(line);
      for (const std::string* subject : {&line, &folded}) {
        for (size_t i = 0; i < bounded.size(); ++i) {
          re2::StringPiece whole;
          if (!bounded[i]->Match(*subject, 0, subject->size(), RE2::UNANCHORED, &whole, 1)) {
            continue;
          }
          INFO(text << ": " << bounded[i]->pattern() << " on " << *subject);
          CHECK(whole.size() <= bounds[i]);
          ++matches;
        }
      }
    }
  }
  CHECK(matches > 1000);
}

TEST_CASE("FindMeta folds a prefix for 'action' and answers as the whole fold does", "[grammar]") {
  std::vector<std::string> provisions;  // every provision of every corpus text
  for (const std::string& file : congvan::testing::CorpusTexts()) {
    CollectTexts(congvan::testing::ParseCorpus(file).tasks, provisions);
  }
  REQUIRE(provisions.size() > 1000);
  for (auto [lang, code] :
       {std::pair{Language::kVietnamese, "vi"}, std::pair{Language::kEnglish, "en"}}) {
    auto loaded = Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), lang);
    REQUIRE(loaded.ok());
    const Grammar& g = **loaded;
    std::vector<FieldPattern> patterns = FieldPatterns(code, "action");
    REQUIRE(!patterns.empty());
    if (lang == Language::kVietnamese) {
      // The shortcut is taken: every Vietnamese verb is anchored and bounded.
      for (const auto& entry :
           congvan::testing::ReadGrammarPatterns("vi", "//pattern[@field='action']")) {
        const std::string& pattern = entry.pattern;
        INFO(pattern);
        CHECK(AnchoredAtStart(pattern));
        CHECK(MaxMatchBytes(pattern).has_value());
      }
    }
    size_t found = 0;
    for (size_t i = 0; i < provisions.size(); ++i) {
      const std::string& text = provisions[i];
      MetaFound expected = ReferenceMetaAnswer(patterns, text);
      INFO(code << ": " << text);
      REQUIRE(FindMetaAnswer(g, "action", text) == expected);
      std::string nfd = ToNfd(text);  // combining marks fold to nothing: a longer prefix
      REQUIRE(FindMetaAnswer(g, "action", nfd) == ReferenceMetaAnswer(patterns, nfd));
      found += expected.empty() ? 0 : 1;
      if (expected.empty() && i % 16 != 0) continue;
      // Texts cut short, across the prefix's length: no answer reads past its end.
      for (size_t cut = 1; cut < std::min<size_t>(text.size(), 96); ++cut) {
        if ((static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) continue;
        std::string head = text.substr(0, cut);
        INFO("cut at " << cut);
        REQUIRE(FindMetaAnswer(g, "action", head) == ReferenceMetaAnswer(patterns, head));
      }
    }
    // The corpus's Vietnamese amending texts reach the verbs (its English
    // texts amend nothing: there the whole fold is compared with itself).
    if (lang == Language::kVietnamese) CHECK(found > 20);
  }
}

TEST_CASE("Every field folded by prefix answers as the whole fold does", "[grammar]") {
  std::vector<std::string> texts;  // every provision of every corpus text, and its NFD
  for (const std::string& file : congvan::testing::CorpusTexts()) {
    CollectTexts(congvan::testing::ParseCorpus(file).tasks, texts);
  }
  size_t provisions = texts.size();
  for (size_t i = 0; i < provisions; ++i) texts.push_back(ToNfd(texts[i]));
  size_t fields_checked = 0;
  for (auto [lang, code] :
       {std::pair{Language::kVietnamese, "vi"}, std::pair{Language::kEnglish, "en"}}) {
    auto loaded = Grammar::LoadForLanguage(congvan::DefaultGrammarDir(), lang);
    REQUIRE(loaded.ok());
    const Grammar& g = **loaded;
    // The fields the loader folds by prefix: every folded pattern anchored and bounded.
    std::map<std::string, bool> prefix_field;
    for (const auto& entry :
         congvan::testing::ReadGrammarPatterns(code, "//pattern[@field][@folded='true']")) {
      const std::string& pattern = entry.pattern;
      bool bounded = AnchoredAtStart(pattern) && MaxMatchBytes(pattern).has_value();
      auto [it, fresh] = prefix_field.emplace(entry.field, true);
      it->second = it->second && bounded;
    }
    for (const auto& [field, by_prefix] : prefix_field) {
      if (!by_prefix) continue;
      std::vector<FieldPattern> patterns = FieldPatterns(code, field);
      for (const std::string& text : texts) {
        INFO(code << " " << field << ": " << text);
        REQUIRE(FindMetaAnswer(g, field, text) == ReferenceMetaAnswer(patterns, text));
      }
      ++fields_checked;
    }
  }
  CHECK(fields_checked >= 8);  // action, kind, annex and attachment titles, … in vi and en
}
