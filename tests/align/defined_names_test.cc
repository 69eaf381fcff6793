// Defined names (engine/src/align/defined_names.h): the long name and the
// parenthesis defining its short name ("(sau đây gọi tắt là …)") are not a
// provision's own words when two provisions of articles that are not
// counterparts are compared (reference_only_links.h).
//
// Real text: the corpus pair Thông tư 29/2021/TT-BLĐTBXH → 03/2025/TT-BLĐTBXH.
// Old Điều 4 khoản 1 (a purpose of the method: "Xây dựng, sửa đổi, bổ sung hoặc
// đưa ra khỏi Danh mục nghề, … (sau đây gọi tắt là Danh mục nghề)") was linked
// to the paragraph of new Điều 4 khoản 2 điểm a (the statistical method: "Căn
// cứ vào đặc điểm điều kiện lao động đặc trưng của mỗi nghề, công việc thuộc
// Danh mục nghề, … (sau đây gọi tắt là Danh mục nghề) đã được Bộ trưởng …"),
// cosine 0.54, the definition of the list's short name and nothing else: old
// Điều 4 was dropped, so the first mention of the list — and its definition —
// moved. The review pairs neither (tests/diff/expected/
// 2021-circular-29_2025-circular-03.tsv has no row for old line 69 nor new
// line 143).
#include "align/defined_names.h"

#include <catch2/catch.hpp>
#include <string>

#include "align/align_vocabulary.h"
#include "congvan/align.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Change;
using congvan::Document;
using congvan::align_internal::VocabularyFor;
using congvan::align_internal::WithoutDefinedNames;
using congvan::testing::ChangesLinking;

namespace {}  // namespace

TEST_CASE("A defined name and its definition are taken out of a provision's words",
          "[align][defined_names]") {
  const auto& vi = VocabularyFor(congvan::Language::kVietnamese, "").definitions;
  const auto& en = VocabularyFor(congvan::Language::kEnglish, "").definitions;
  // The long name runs back to the short name's first word.
  CHECK(WithoutDefinedNames("Xây dựng, sửa đổi, bổ sung hoặc đưa ra khỏi Danh mục nghề, công "
                            "việc nặng nhọc, độc hại, nguy hiểm và nghề, công việc đặc biệt nặng "
                            "nhọc, độc hại, nguy hiểm (sau đây gọi tắt là Danh mục nghề).",
                            vi) == "Xây dựng, sửa đổi, bổ sung hoặc đưa ra khỏi .");
  // … never past the clause (here the step's "Bước 1:").
  CHECK(WithoutDefinedNames("Bước 1: Xác định các yếu tố có tác động sinh học đến người lao động "
                            "quy định tại Phụ lục I ban hành kèm theo Thông tư này (sau đây gọi "
                            "tắt là Phụ lục I).",
                            vi) ==
        "Bước 1: Xác định các yếu tố có tác động sinh học đến người lao động quy định tại .");
  // A collective name (decree 102/2017 Điều 1): the words before the long
  // name stay.
  CHECK(WithoutDefinedNames("Nghị định này quy định thủ tục đăng ký biện pháp bảo đảm, cung cấp "
                            "thông tin về biện pháp bảo đảm bằng tài sản (sau đây gọi chung là "
                            "đăng ký cung cấp thông tin về biện pháp bảo đảm); quản lý nhà nước "
                            "về đăng ký biện pháp bảo đảm.",
                            vi) ==
        "Nghị định này quy định thủ tục ; quản lý nhà nước về đăng ký biện pháp bảo đảm.");
  // An acronym: the parenthesis alone goes.
  CHECK(WithoutDefinedNames("Bảo hiểm xã hội Việt Nam (sau đây gọi tắt là BHXH) thực hiện chi "
                            "trả.",
                            vi) == "Bảo hiểm xã hội Việt Nam thực hiện chi trả.");
  // English: the short name's article is not its first word.
  CHECK(WithoutDefinedNames("The Ministry of Finance (hereinafter referred to as the Ministry) "
                            "shall guide.",
                            en) == "The shall guide.");
  // … an article the grammar names (<name-articles>): without it the short
  // name's first word is "the", which the long name does not open with.
  congvan::align_internal::DefinitionWords no_articles{en.formulas, {}};
  CHECK(WithoutDefinedNames("The Ministry of Finance (hereinafter referred to as the Ministry) "
                            "shall guide.",
                            no_articles) == "The Ministry of Finance shall guide.");
  // A text that defines nothing is returned as it is.
  CHECK(WithoutDefinedNames("Thông tư này quy định tiêu chuẩn phân loại lao động (bao gồm cả "
                            "nghề mới).",
                            vi) ==
        "Thông tư này quy định tiêu chuẩn phân loại lao động (bao gồm cả nghề mới).");
}

TEST_CASE(
    "Provisions of articles that are not counterparts, alike only by a defined name, are not "
    "linked (circular 29/2021 → 03/2025)",
    "[align][defined_names]") {
  Document old_doc =
      congvan::testing::ParseCorpus("pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt");
  Document new_doc =
      congvan::testing::ParseCorpus("pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  CHECK(ChangesLinking(a, "Xây dựng, sửa đổi, bổ sung hoặc đưa ra khỏi Danh mục nghề",
                       "Căn cứ vào đặc điểm điều kiện lao động đặc trưng")
            .empty());
  // The step that holds the other definition ("Phụ lục I") keeps its partner:
  // its articles are counterparts, and its own words are the same
  // (reviewed: old line 84 → new line 92).
  CHECK(!ChangesLinking(a, "Bước 1: Xác định các yếu tố có tác động sinh học",
                        "Bước 1: Xác định các yếu tố có tác động sinh học")
             .empty());
}
