// Lead-ins that follow their items (engine/src/align/lead_ins_follow_items.h):
// a list's lead-in left without a counterpart is the free lead-in, or the
// free article, of the other version that holds its items.
//
// Real text: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP. Old
// Điều 4 khoản 1 "1. Các biện pháp bảo đảm sau đây phải đăng ký:" (line 35)
// is new Điều 25 khoản 1 "1. Các trường hợp phải đăng ký:" (286): its items
// a) and b) are new a) and b) word for word or nearly (36 → 287, 37 → 288),
// its c) and d) went to the aircraft and ship articles (38 → 425, 39 → 454),
// one each. Old Điều 63 khoản 1 "1. Các cơ quan sau đây có trách nhiệm trao
// đổi thông tin …:" (425) became an article, new Điều 52 "Cơ quan có thẩm
// quyền, người có thẩm quyền trong hoạt động cung cấp thông tin" (557): its
// items b) and c) are Điều 52's khoản 2 and 4 (427 → 559, 428 → 561), the
// one other clause paired there came from elsewhere (560 → 412). Each pair of
// lead-ins came out dropped and added; the review pairs 35 → 286 and
// 425 → 557. Backwards the same, the second from the new side's pass. With
// $CONGVAN_UNSEEN_TEXTS, Luật Nhà ở 2023 → 2014: "2. Việc tặng cho nhà ở đang
// cho thuê được quy định như sau:" (1802) is 2014 Điều 138 "Tặng cho nhà ở
// đang cho thuê" (1022); Luật Đất đai 2013 → 2024: "1. Điều kiện để tổ chức
// thực hiện đấu giá quyền sử dụng đất khi Nhà nước giao đất, cho thuê đất:"
// (1125) is "2. Điều kiện để tiến hành đấu giá quyền sử dụng đất bao gồm:"
// (1433). An item still free is the free item at its place in the list
// its lead-in was paired with, when alike: 2023 "a) Vốn của chủ đầu tư dự án
// đầu tư xây dựng nhà ở thương mại;" (1188) is 2014 Điều 69 khoản 1 (521).
#include <catch2/catch.hpp>

#include "congvan/align.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Document;
using congvan::testing::FindChange;

TEST_CASE("A lead-in is the free lead-in or article its items went to (decree 102/2017 → 99/2022)",
          "[align][lead_ins_follow_items]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  // The items, paired by their words.
  REQUIRE(FindChange(a, 36, 287) != nullptr);
  REQUIRE(FindChange(a, 37, 288) != nullptr);
  REQUIRE(FindChange(a, 427, 559) != nullptr);
  REQUIRE(FindChange(a, 428, 561) != nullptr);
  CHECK(FindChange(a, 35, 286) != nullptr);
  CHECK(FindChange(a, 425, 557) != nullptr);
  Alignment b = congvan::Align(new_doc, old_doc).value();
  CHECK(FindChange(b, 286, 35) != nullptr);
  CHECK(FindChange(b, 557, 425) != nullptr);
}

TEST_CASE("Lead-ins follow their items in the unseen laws (Nhà ở, Đất đai)",
          "[align][lead_ins_follow_items]") {
  if (!congvan::testing::UnseenTextsGiven()) return;
  Document nha_o_2014 = congvan::testing::ParseUnseen("dan_su/Luật_Nhà_ở_2014.txt");
  Document nha_o_2023 = congvan::testing::ParseUnseen("dat_dai/Luật_Nhà_ở_2023.txt");
  Alignment nha_o = congvan::Align(nha_o_2023, nha_o_2014).value();
  CHECK(FindChange(nha_o, 1802, 1022) != nullptr);
  // "1. Vốn để phát triển nhà ở thương mại bao gồm:" is 2014 Điều 69 "Vốn
  // phục vụ cho phát triển nhà ở thương mại", and its free item a) "Vốn của
  // chủ đầu tư dự án …" the article's free khoản 1 "Vốn thuộc sở hữu của chủ
  // đầu tư." (the items at their places).
  CHECK(FindChange(nha_o, 1187, 519) != nullptr);
  CHECK(FindChange(nha_o, 1188, 521) != nullptr);
  Document dat_dai_2013 = congvan::testing::ParseUnseen("dan_su/Luật_đất_đai_2013.txt");
  Document dat_dai_2024 = congvan::testing::ParseUnseen("dat_dai/Luật_Đất_đai_2024.txt");
  CHECK(FindChange(congvan::Align(dat_dai_2013, dat_dai_2024).value(), 1125, 1433) != nullptr);
}
