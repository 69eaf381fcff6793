// The words of a cross-reference are the grammar's (<references> in
// <align-words>, engine/src/align/reference_words.h): a copy of the grammars
// that changes them changes what the aligner reads as a reference, and a
// <references> that lacks what the aligner needs is refused at load.
//
// Real text: the corpus pair Thông tư 29/2021/TT-BLĐTBXH → 03/2025/TT-BLĐTBXH.
// New Điều 4's opening "Loại điều kiện lao động quy định tại Điều 3 Thông tư
// này được đánh giá, xếp loại theo các phương pháp sau:" (line 66) cites
// Điều 3 of its own text, and so meets old Điều 3 khoản 2's paragraph (63)
// (tests/align/cited_articles_test.cc). With "Thông tư" no longer a type of
// legal text in a copy of vi.xml, the citation is another text's and the
// pair is left to the text; with "này" spelled otherwise in the copy, the
// copy's word closes the citation and "này" does not. Old Điều 37 khoản 2
// điểm a of Nghị định 102/2017 "Các giấy tờ nêu tại các điểm a, b và d
// khoản 1 Điều này;" (tests/align/reference_only_links_test.cc) loses its
// reference as the copy's words say.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "align/align_vocabulary.h"
#include "align/cited_articles.h"
#include "align/cross_references.h"
#include "congvan/align.h"
#include "congvan/grammar.h"
#include "congvan/grammar_dir.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"
#include "support/grammar_copy.h"

using congvan::Alignment;
using congvan::AlignOptions;
using congvan::Document;
using congvan::Language;
using congvan::align_internal::CitedArticleNumbers;
using congvan::align_internal::ReferenceWords;
using congvan::align_internal::VocabularyFor;
using congvan::align_internal::WithoutCrossReferences;
using congvan::testing::FindChange;
using congvan::testing::GrammarCopy;

namespace {

constexpr const char* kCitation =
    "Loại điều kiện lao động quy định tại Điều 3 Thông tư này được đánh giá, xếp loại theo các "
    "phương pháp sau:";

}  // namespace

TEST_CASE("The word that closes a citation on the text itself is the grammar's",
          "[align][references]") {
  GrammarCopy copy("this", "<this-after>này</this-after>", "<this-after>nọ</this-after>");
  const ReferenceWords& edited = VocabularyFor(Language::kVietnamese, copy.path()).references;
  REQUIRE_FALSE(edited.empty());
  CHECK(CitedArticleNumbers(kCitation, edited).empty());
  CHECK(CitedArticleNumbers("quy định tại Điều 3 Thông tư nọ", edited) == std::vector<int>{3});
  CHECK(WithoutCrossReferences("Các giấy tờ nêu tại các điểm a, b và d khoản 1 Điều này;",
                               edited) == "Các giấy tờ Điều này");
  CHECK(WithoutCrossReferences("Các giấy tờ nêu tại các điểm a, b và d khoản 1 Điều nọ;", edited) ==
        "Các giấy tờ");
}

TEST_CASE("The aligner follows the grammar's types of legal text (circular 29/2021 → 03/2025)",
          "[align][references]") {
  Document old_doc =
      congvan::testing::ParseCorpus("pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt");
  Document new_doc =
      congvan::testing::ParseCorpus("pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt");
  GrammarCopy copy("types", " Thông|thông tư;", "");
  CHECK(CitedArticleNumbers(kCitation, VocabularyFor(Language::kVietnamese, copy.path()).references)
            .empty());
  AlignOptions options;
  options.grammar_dir = copy.path();
  Alignment edited = congvan::Align(old_doc, new_doc, options).value();
  CHECK(FindChange(edited, 63, 66) == nullptr);
  Alignment as_shipped = congvan::Align(old_doc, new_doc).value();
  CHECK(FindChange(as_shipped, 63, 66) != nullptr);
}

TEST_CASE("A grammar's references lacking the article's word are refused at load",
          "[align][references]") {
  GrammarCopy copy("refused", "<articles>Điều điều</articles>", "");
  auto loaded = congvan::Grammar::Load(copy.vi());
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().ToString().find("<references> needs") != std::string::npos);
}

TEST_CASE("A grammar's references malformed in other ways are refused with the element named",
          "[align][references]") {
  // Without <pieces> "khoản 1 Điều 123" would read as citing the whole
  // article (4 wrong links on unseen law pairs, session 36 review).
  GrammarCopy no_pieces("nopieces", "<pieces>khoản Khoản điểm Điểm</pieces>", "");
  auto loaded = congvan::Grammar::Load(no_pieces.vi());
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().ToString().find("<references> needs <pieces>") != std::string::npos);
  // '|' joins forms only in phrases: in a word list it silently matched nothing.
  GrammarCopy barred("barred", "<articles>Điều điều</articles>", "<articles>Điều|điều</articles>");
  loaded = congvan::Grammar::Load(barred.vi());
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().ToString().find("'Điều|điều' in a word list") != std::string::npos);
}
