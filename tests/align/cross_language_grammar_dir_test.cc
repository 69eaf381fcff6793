// The cross-language anchors read typed numbers and dates with the grammars
// the aligner is told (AlignOptions::grammar_dir, `congvan diff --grammars
// DIR`), not always with the default ones: a user's grammars change the
// cross-language alignment as they change the parse.
//
// Real text: decree 99/2022/NĐ-CP Điều 9 khoản 3 (corpus/pairs), "Trường hợp
// quy định tại điểm đ khoản 1 Điều này …", whose "khoản 1" is the typed
// number "a:tclause:1" of vi.xml's typed-number patterns. A copy of the
// grammars whose clause pattern gives the type "khoan" yields "a:tkhoan:1"
// instead, through LanguageNeutralAnchors and through the concept extractor
// CrossLanguageAlignOptions installs.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "congvan/align.h"
#include "congvan/cross_language.h"
#include "congvan/grammar_dir.h"
#include "support/corpus.h"
#include "support/grammar_copy.h"

using congvan::testing::GrammarCopy;

namespace {

bool Has(const std::vector<std::string>& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

}  // namespace

TEST_CASE("Cross-language anchors read the grammars they are given", "[align][grammar_dir]") {
  std::string decree = congvan::testing::ReadFile(
      congvan::testing::CorpusPath("pairs/2022-vi-decree-99-2022-nd-cp-new.txt"));
  size_t at = decree.find("3. Trường hợp quy định tại điểm đ khoản 1 Điều này");
  REQUIRE(at != std::string::npos);
  std::string clause = decree.substr(at, decree.find('\n', at) - at);
  GrammarCopy renamed("xl", R"(value="clause" pattern="(?i)(?:^|[^\p{L}])khoản)",
                      R"(value="khoan" pattern="(?i)(?:^|[^\p{L}])khoản)");

  CHECK(Has(congvan::LanguageNeutralAnchors(clause), "a:tclause:1"));
  std::vector<std::string> from_copy = congvan::LanguageNeutralAnchors(clause, renamed.path());
  CHECK(Has(from_copy, "a:tkhoan:1"));
  CHECK_FALSE(Has(from_copy, "a:tclause:1"));
  CHECK(Has(from_copy, "a:tpoint:dd"));  // the rest of the copy reads as before

  congvan::AlignOptions base;
  base.grammar_dir = renamed.path();
  congvan::AlignOptions options =
      congvan::CrossLanguageAlignOptions(congvan::DefaultLexicon().value(), base);
  REQUIRE(options.extra_features.size() == 1);
  std::vector<congvan::WeightedFeature> features;
  options.extra_features[0]->Extract(clause, congvan::Language::kVietnamese, &features);
  bool renamed_key = false, default_key = false;
  for (const congvan::WeightedFeature& f : features) {
    renamed_key |= f.key == "a:tkhoan:1";
    default_key |= f.key == "a:tclause:1";
  }
  CHECK(renamed_key);
  CHECK_FALSE(default_key);
}
