// Neighbour merges (engine/src/align/neighbour_merges.h): a provision left
// without a counterpart goes, as a merge piece, into the new provision its
// neighbour became when that one holds its own words.
//
// Real text: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP, old
// Điều 15 khoản 1 điểm g "Khi cơ quan đăng ký nhận được văn bản của Chấp hành
// viên … yêu cầu tạm dừng hoặc dừng việc đăng ký …" and điểm h "Khi cơ quan
// đăng ký nhận được văn bản thông báo về việc kê biên tài sản thi hành án là
// tài sản bảo đảm …", written as one ground in new điểm i "… nhận được văn
// bản … về việc thông báo kê biên tài sản thi hành án là tài sản bảo đảm
// hoặc về việc yêu cầu tạm dừng, dừng việc đăng ký …" (the review: 115, 116 →
// 180). Before the rule điểm h was dropped. And the unseen Luật Đất đai 2013 →
// 2024 (with $CONGVAN_UNSEEN_TEXTS): the two paragraphs on extending a
// requisition (lines 736, 737: "Trường hợp hết thời hạn trưng dụng đất mà …
// được gia hạn …", "Quyết định gia hạn trưng dụng đất phải được thể hiện
// bằng văn bản …") are copied into one 2024 clause (line 1086), the first
// paired with it, the second dropped before the rule. The item "b) Mục đích
// sử dụng đất;" (line 1012) is held entirely by its neighbour's partner "a)
// Diện tích đất được giao, được chuyển mục đích sử dụng …" (1849), but no
// more than by that neighbour itself: only the list's words, not merged.
#include <catch2/catch.hpp>

#include "congvan/align.h"
#include "congvan/parse.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Document;
using congvan::testing::FindChange;

TEST_CASE("A dropped ground goes into the ground its neighbour became (decree 102/2017 → 99/2022)",
          "[align][neighbour_merges]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  const congvan::Change* ground = FindChange(a, 115, 180);
  REQUIRE(ground != nullptr);
  CHECK(ground == FindChange(a, 116, 180));
  CHECK(ground->op == congvan::ChangeOp::kMerged);
  // Not made: old Điều 3 khoản 4 (29, the national data system) is free
  // beside khoản 3 (28 → new khoản 4, the database), but the new clause holds
  // too little of it (0.27 of its weight; the review merges them, the words
  // do not say so).
  CHECK(FindChange(a, 29, 32) == nullptr);
}

TEST_CASE(
    "A sentence copied into its neighbour's clause is merged; a list's formula is not "
    "(Luật Đất đai 2013 → 2024)",
    "[align][neighbour_merges]") {
  if (!congvan::testing::UnseenTextsGiven()) return;
  Document old_doc = congvan::testing::ParseUnseen("dan_su/Luật_đất_đai_2013.txt");
  Document new_doc = congvan::testing::ParseUnseen("dat_dai/Luật_Đất_đai_2024.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  const congvan::Change* extension = FindChange(a, 736, 1086);
  REQUIRE(extension != nullptr);
  CHECK(extension == FindChange(a, 737, 1086));
  CHECK(FindChange(a, 1012, 1849) == nullptr);
}
