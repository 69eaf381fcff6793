// Merged neighbour articles (engine/src/align/merged_neighbour_articles.h):
// an old article left wholly without counterpart, beside a sibling article
// paired with a new article whose heading is the two headings' common name,
// is a piece of that merge.
//
// Real text: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP. Old
// Điều 43 "Hồ sơ đăng ký thay đổi nội dung biện pháp bảo đảm bằng quyền sử
// dụng đất, tài sản gắn liền với đất đã đăng ký" (line 305) and Điều 44 "Hồ
// sơ sửa chữa sai sót nội dung biện pháp bảo đảm bằng quyền sử dụng đất, tài
// sản gắn liền với đất đã đăng ký do lỗi của cơ quan đăng ký" (313) became
// new Điều 32 "Hồ sơ đăng ký thay đổi đối với quyền sử dụng đất, tài sản gắn
// liền với đất" (361): a correction is now a change (new Điều 18 khoản 1
// điểm e). Điều 43 keeps 361; Điều 44 and its four papers found nothing and
// came out dropped; the review has 313 → 361 merged. The guards, each on a
// real pair where a looser rule linked wrongly: the circular pair Thông tư
// 29/2021 → 03/2025, old Điều 4 "Mục đích sử dụng phương pháp phân loại lao
// động theo điều kiện lao động" (65) holds all of its neighbour's heading
// "Phân loại lao động theo điều kiện lao động" — a narrower subject, dropped
// in the review, not part of new Điều 3 "Loại điều kiện lao động" (39). With
// $CONGVAN_UNSEEN_TEXTS: Luật Đầu tư công 2024 → 2019, Điều 82 "Nhiệm vụ,
// quyền hạn của Ủy ban Thường vụ Quốc hội" (901) is no part of 2019 Điều 78
// "… của Quốc hội" (773); Luật Hải quan 2014 → 2001, Điều 75 "Tiếp nhận, xử
// lý đơn đề nghị kiểm tra, giám sát, tạm dừng làm thủ tục hải quan" (548) is
// no part of 2001 Điều 58 "Điều kiện đề nghị tạm dừng …" (340: "điều kiện"
// is in neither old heading); Luật Đất đai 2013 → 2024, Điều 193 "Điều kiện
// nhận chuyển nhượng … quyền sử dụng đất nông nghiệp …" (1723) is no part of
// 2024 Điều 48 "Trường hợp thực hiện quyền sử dụng đất có điều kiện" (502:
// 6 of its 10 syllables in both old headings).
#include <catch2/catch.hpp>

#include "congvan/align.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Change;
using congvan::ChangeOp;
using congvan::Document;
using congvan::testing::FindChange;

TEST_CASE("A free article joins the merge its neighbour went into (decree 102/2017 → 99/2022)",
          "[align][merged_neighbour_articles]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  REQUIRE(FindChange(a, 305, 361) != nullptr);
  const Change* correction = FindChange(a, 313, 361);
  REQUIRE(correction != nullptr);
  CHECK(correction->op == ChangeOp::kMerged);
}

TEST_CASE("A narrower subject of its neighbour is no piece of its merge (circular 29/2021)",
          "[align][merged_neighbour_articles]") {
  Document old_doc =
      congvan::testing::ParseCorpus("pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt");
  Document new_doc =
      congvan::testing::ParseCorpus("pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  REQUIRE(FindChange(a, 44, 39) != nullptr);
  CHECK(FindChange(a, 65, 39) == nullptr);
}

TEST_CASE("A new heading that is not the two old headings' common name takes no merge (unseen)",
          "[align][merged_neighbour_articles]") {
  if (!congvan::testing::UnseenTextsGiven()) return;
  Document dtc_2019 = congvan::testing::ParseUnseen("dat_dai/Luật_Đầu_tư_công_2019.txt");
  Document dtc_2024 = congvan::testing::ParseUnseen("dat_dai/Luật_Đầu_tư_công_2024.txt");
  Alignment dtc = congvan::Align(dtc_2024, dtc_2019).value();
  REQUIRE(FindChange(dtc, 895, 773) != nullptr);
  CHECK(FindChange(dtc, 901, 773) == nullptr);
  Document hq_2001 = congvan::testing::ParseUnseen("hai_quan/Luật_Hải_quan_2001.txt");
  Document hq_2014 = congvan::testing::ParseUnseen("hai_quan/Luật_Hải_quan_2014.txt");
  Alignment hq = congvan::Align(hq_2014, hq_2001).value();
  REQUIRE(FindChange(hq, 539, 340) != nullptr);
  CHECK(FindChange(hq, 548, 340) == nullptr);
  Document dd_2013 = congvan::testing::ParseUnseen("dan_su/Luật_đất_đai_2013.txt");
  Document dd_2024 = congvan::testing::ParseUnseen("dat_dai/Luật_Đất_đai_2024.txt");
  Alignment dd = congvan::Align(dd_2013, dd_2024).value();
  REQUIRE(FindChange(dd, 1719, 502) != nullptr);
  CHECK(FindChange(dd, 1723, 502) == nullptr);
}
