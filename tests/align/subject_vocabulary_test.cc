// A document's subject vocabulary (engine/src/align/subject_vocabulary.h)
// and the links it unmakes across articles (reference_only_links.h).
//
// Real texts: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP (both
// on registering security interests; 60-odd articles each) and, when
// $CONGVAN_UNSEEN_TEXTS names the team's unseen laws, Luật Đầu tư công 2024
// → 2019 and Luật Nhà ở 2014 → 2023.
#include "align/subject_vocabulary.h"

#include <catch2/catch.hpp>
#include <string>

#include "congvan/align.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::AlignOptions;
using congvan::Document;
using congvan::align_internal::AlignInput;
using congvan::align_internal::ProjectedVector;
using congvan::align_internal::SubjectVocabulary;
using congvan::testing::FindChange;
using congvan::testing::ParseUnseen;

namespace {

// The share of `phrase`'s weight (its words, folded words and bigrams) that
// is subject vocabulary.
double SubjectShare(const AlignInput& input, const SubjectVocabulary& v, const char* phrase) {
  ProjectedVector p = input.features.Project(phrase, input.old_doc.language);
  ProjectedVector rest = v.Without(p);
  return p.vector().l1 > 0 ? 1.0 - rest.vector().l1 / p.vector().l1 : 0.0;
}

}  // namespace

TEST_CASE("A decree's subject vocabulary: the words of most of its articles, in both versions",
          "[align][subject_vocabulary]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  AlignOptions options;
  AlignInput input(old_doc, new_doc, options);
  SubjectVocabulary v(input, SubjectVocabulary::kArticleShare);
  CHECK_FALSE(v.empty());
  // What the decree is about, and the formulas of its files: in the
  // vocabulary, every feature of them.
  for (const char* phrase : {"thế chấp", "tài sản bảo đảm", "đăng ký", "người yêu cầu đăng ký",
                             "Phiếu yêu cầu", "01 bản chính", "tàu biển", "quyền sử dụng đất"}) {
    INFO(phrase);
    CHECK(SubjectShare(input, v, phrase) == 1.0);
  }
  // What a few articles say: out of it ("bồi thường thiệt hại", the
  // registry's liability, one article; the asset formed in future, most of
  // its weight).
  CHECK(SubjectShare(input, v, "bồi thường thiệt hại") == 0.0);
  CHECK(SubjectShare(input, v, "hình thành trong tương lai") < 0.25);
}

TEST_CASE("A document of few articles has no subject vocabulary (circular 29/2021 → 03/2025)",
          "[align][subject_vocabulary]") {
  Document old_doc =
      congvan::testing::ParseCorpus("pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt");
  Document new_doc =
      congvan::testing::ParseCorpus("pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt");
  AlignOptions options;
  AlignInput input(old_doc, new_doc, options);
  CHECK(SubjectVocabulary(input, SubjectVocabulary::kArticleShare).empty());
}

TEST_CASE(
    "Provisions of articles that are not counterparts, alike only by the decree's subject words, "
    "are not linked (decree 102/2017 → 99/2022)",
    "[align][subject_vocabulary]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  // Old Điều 32 khoản 2 "Hợp đồng thế chấp tàu biển (01 bản chính hoặc 01
  // bản sao có chứng thực);" (the ship file) and new Điều 26 khoản 3 điểm c
  // "Hợp đồng thế chấp quyền tài sản phát sinh từ hợp đồng mua bán nhà ở (…)"
  // (the housing-right transfer file): unpaired in the review.
  CHECK(FindChange(a, 225, 316) == nullptr);
  // Old Điều 41 khoản 2 (the file for an unregistered building) and new
  // Điều 37 khoản 3 (a land office registering on leased land).
  CHECK(FindChange(a, 296, 417) == nullptr);
  // Reviewed pairs across articles stay: old Điều 61 khoản 1 → new Điều 51
  // khoản 1 (refusing to give information).
  CHECK(FindChange(a, 416, 549) != nullptr);
}

TEST_CASE("Subject words across articles on unseen laws: unlinked, unless the headings are alike",
          "[align][subject_vocabulary]") {
  if (!congvan::testing::UnseenTextsGiven()) return;
  {
    // Luật Đầu tư công 2024 Điều 30 khoản 2 (a province decides a project's
    // investment policy) is not 2019 Điều 55 khoản 5 (the province's
    // medium-term plan): "Ủy ban nhân dân cấp tỉnh", "Thủ tướng Chính phủ",
    // "đầu tư công" are in most articles of both.
    Document old_doc = ParseUnseen("dat_dai/Luật_Đầu_tư_công_2024.txt");
    Document new_doc = ParseUnseen("dat_dai/Luật_Đầu_tư_công_2019.txt");
    Alignment a = congvan::Align(old_doc, new_doc).value();
    CHECK(FindChange(a, 328, 560) == nullptr);
  }
  {
    // Luật Nhà ở 2014 Điều 112 khoản 3 "Việc cải tạo, xây dựng lại nhà chung
    // cư phải được thực hiện theo dự án …" moved to 2023 Điều 60 khoản 2; the
    // headings ("Yêu cầu đối với việc phá dỡ nhà chung cư để cải tạo, xây
    // dựng lại …", "Nguyên tắc thực hiện cải tạo, xây dựng lại nhà chung cư")
    // are alike, so the subject words count. And 2014 Điều 18 khoản 1 điểm b
    // "Phát triển nhà ở xã hội;" is in 2023 Điều 31's list of kinds of
    // housing, not 2023 Điều 24's targets.
    Document old_doc = ParseUnseen("dan_su/Luật_Nhà_ở_2014.txt");
    Document new_doc = ParseUnseen("dat_dai/Luật_Nhà_ở_2023.txt");
    Alignment a = congvan::Align(old_doc, new_doc).value();
    CHECK(FindChange(a, 850, 637) != nullptr);
    CHECK(FindChange(a, 139, 340) != nullptr);
    CHECK(FindChange(a, 139, 251) == nullptr);
  }
}
