// List item places (engine/src/align/list_item_places.h): an item paired away
// from its list goes back to the free item at its place in its lead-in's
// partner, when the list went there as a whole.
//
// Real text: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP. Old
// Điều 40 khoản 1 (line 279, the file for a housing project) is new Điều 28
// khoản 1 (330), and its points b–d went into that list (281 → 332, 282 → 334,
// 283 → 335); its điểm a "a) Các loại giấy tờ quy định tại khoản 1, khoản 2
// và điểm a khoản 6 Điều 39 của Nghị định này;" (280) took, by words, the
// copy of the formula in the next list, khoản 2 điểm a "a) Giấy tờ quy định
// tại khoản 1 và khoản 2 Điều 27 Nghị định này và điểm d khoản 1 Điều này;"
// (337: cosine 0.411 against 0.405), and left its own place, khoản 1 điểm a
// (331), added. The review pairs 280 → 331. (Backwards the rule does not
// apply: new khoản 1 is paired with old Điều 64 khoản 1, 330 → 443, and
// old 279 with 289, so no list is paired with its own.) The unseen laws (with
// $CONGVAN_UNSEEN_TEXTS) hold the guards: in Luật Đất đai 2013 → 2024 the
// grounds for adjusting a land-use plan (2013 Điều 46 khoản 1, line 461) are
// paired with the principles of adjustment (2024 Điều 73 khoản 1, 803), but
// the grounds' items went to 2024 khoản 5 "Căn cứ điều chỉnh …": "c) Có sự
// điều chỉnh quy hoạch sử dụng đất của cấp trên trực tiếp …" (464) stays with
// "a) Do điều chỉnh quy hoạch cấp trên trực tiếp …" (816), not the principle
// at its letter (806). In Luật Nhà ở the incentives of a social-housing
// investor (2014 Điều 58 khoản 1, 2023 Điều 85 khoản 2) and of an
// apartment-rebuilding investor (2023 Điều 63 khoản 1) share the catch-all
// "… ưu đãi khác theo quy định của pháp luật": 2014 điểm đ (436) stays with
// 2023 Điều 85 điểm h (978) both ways. And in the Công báo pair Thông tư
// 21/2021/TT-BLĐTBXH → VBHN 2007/VBHN-BLĐTBXH (beside the crawl, in
// $CONGVAN_UNSEEN_TEXTS/../cb), Điều 5's lead-in "… tài liệu chứng minh bao
// gồm:" (173) is paired with one of Điều 3's, whose items followed it, but
// "a2) 01 bản sao văn bản của cơ quan có thẩm quyền nước tiếp nhận …" (177)
// stays with Điều 5's copy (271), not Điều 3's a2 (182): the two lead-ins
// stand in articles that are not counterparts.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "congvan/align.h"
#include "congvan/parse.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Document;
using congvan::testing::FindChange;

TEST_CASE("A file's first paper keeps its place in its list (decree 102/2017 → 99/2022)",
          "[align][list_item_places]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  CHECK(FindChange(a, 279, 330) != nullptr);
  CHECK(FindChange(a, 280, 331) != nullptr);
  CHECK(FindChange(a, 280, 337) == nullptr);
}

TEST_CASE("An item stays where its list's other items went (Luật Đất đai 2013 → 2024)",
          "[align][list_item_places]") {
  if (!congvan::testing::UnseenTextsGiven()) return;
  Document old_doc = congvan::testing::ParseUnseen("dan_su/Luật_đất_đai_2013.txt");
  Document new_doc = congvan::testing::ParseUnseen("dat_dai/Luật_Đất_đai_2024.txt");
  CHECK(FindChange(congvan::Align(old_doc, new_doc).value(), 464, 816) != nullptr);
  CHECK(FindChange(congvan::Align(new_doc, old_doc).value(), 816, 464) != nullptr);
}

TEST_CASE("A catch-all item stays with its own article's (Luật Nhà ở 2014 ↔ 2023)",
          "[align][list_item_places]") {
  if (!congvan::testing::UnseenTextsGiven()) return;
  Document old_doc = congvan::testing::ParseUnseen("dan_su/Luật_Nhà_ở_2014.txt");
  Document new_doc = congvan::testing::ParseUnseen("dat_dai/Luật_Nhà_ở_2023.txt");
  CHECK(FindChange(congvan::Align(old_doc, new_doc).value(), 436, 978) != nullptr);
  CHECK(FindChange(congvan::Align(new_doc, old_doc).value(), 978, 436) != nullptr);
}

TEST_CASE("A list paired into an article that is not its own's keeps its items (Thông tư 21/2021)",
          "[align][list_item_places]") {
  if (!congvan::testing::UnseenTextsGiven()) return;
  const std::string old_text = "../cb/docs/hdld/thong-tu-so-21-2021-tt-bldtbxh-36486.txt";
  const std::string new_text =
      "../cb/docs/cong_doan/van-ban-hop-nhat-so-2007-vbhn-bldtbxh-42065.txt";
  if (!std::filesystem::exists(std::string(std::getenv("CONGVAN_UNSEEN_TEXTS")) + "/" + old_text)) {
    return;
  }
  Document old_doc = congvan::testing::ParseUnseen(old_text);
  Document new_doc = congvan::testing::ParseUnseen(new_text);
  CHECK(FindChange(congvan::Align(old_doc, new_doc).value(), 177, 271) != nullptr);
  CHECK(FindChange(congvan::Align(new_doc, old_doc).value(), 271, 177) != nullptr);
}
