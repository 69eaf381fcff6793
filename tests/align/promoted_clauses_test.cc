// Promoted clauses (engine/src/align/promoted_clauses.h): a free clause
// introducing a list, in an article that has a counterpart, and a new
// article with no counterpart in it or for it, beside that counterpart, are
// one provision promoted to an article when their whole texts are each
// other's likeliest.
//
// Real text: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP. Old
// Điều 39 (the file for a mortgage of land use rights and attached assets,
// line 266, kept as new Điều 27, 325) khoản 4, "Đối với trường hợp thế chấp
// tài sản gắn liền với đất hình thành trong tương lai không phải là nhà ở,
// thì ngoài các giấy tờ quy định tại các khoản 1, 2, 3 và 6 Điều này, người
// yêu cầu đăng ký nộp thêm …:" (271), became new Điều 30 "Hồ sơ đăng ký đối
// với nhà ở hình thành trong tương lai, tài sản khác gắn liền với đất hình
// thành trong tương lai …" (349), in the same Mục; the review has 271 → 349.
// Old Điều 40 khoản 3 (288), whose papers are new Điều 30 khoản 1's, is the
// runner-up (whole-text cosine 0.43 against 0.44) and is not paired with the
// article: the review has it → khoản 1 (350). The guard, with
// $CONGVAN_UNSEEN_TEXTS: Luật Đất đai 2013 → 2003, Điều 14 "Nhà nước quyết
// định mục đích sử dụng đất" (line 136), one sentence, is no list: without
// "two provisions at least" it was paired with 2003 Điều 5 khoản 2 "Nhà nước
// thực hiện quyền định đoạt đối với đất đai như sau:" (52), whose points
// went to 2013 Điều 13's clauses (130 → 54: "Quyết định thu hồi đất, trưng
// dụng đất." → "c) Quyết định giao đất, cho thuê đất, thu hồi đất …").
#include <catch2/catch.hpp>

#include "congvan/align.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Change;
using congvan::ChangeOp;
using congvan::Document;
using congvan::testing::FindChange;

TEST_CASE("A clause whose list became an article of its own (decree 102/2017 → 99/2022)",
          "[align][promoted_clauses]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  REQUIRE(FindChange(a, 266, 325) != nullptr);
  const Change* promoted = FindChange(a, 271, 349);
  REQUIRE(promoted != nullptr);
  CHECK(promoted->op == ChangeOp::kMoved);
  CHECK(FindChange(a, 288, 349) == nullptr);
}

TEST_CASE("An article of one sentence is no list a clause announced (unseen)",
          "[align][promoted_clauses]") {
  if (!congvan::testing::UnseenTextsGiven()) return;
  Document dd_2003 = congvan::testing::ParseUnseen("dat_dai/Luật_Đất_đai_2003.txt");
  Document dd_2013 = congvan::testing::ParseUnseen("dan_su/Luật_đất_đai_2013.txt");
  Alignment dd = congvan::Align(dd_2013, dd_2003).value();
  // 2013 Điều 13's powers went to 2003 Điều 5 khoản 2's points.
  REQUIRE(FindChange(dd, 130, 54) != nullptr);
  CHECK(FindChange(dd, 136, 52) == nullptr);
}
