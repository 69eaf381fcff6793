// Actor split pieces (engine/src/align/actor_split_pieces.h): a piece of a
// split or merge that names another body than the whole and the whole's own
// partner is not a piece of it.
//
// Real text: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP, the
// article on the agencies' duties (old Điều 66, new Điều 55). Old khoản 2
// "Bộ Tư pháp chịu trách nhiệm trước Chính phủ thực hiện thống nhất quản lý
// nhà nước … có nhiệm vụ, quyền hạn sau đây:" (line 458) is new khoản 2 "Bộ
// Tư pháp giúp Chính phủ … có nhiệm vụ, quyền hạn:" (587); new khoản 5 "Bộ
// Tài chính có nhiệm vụ, quyền hạn:" (607), the Ministry of Finance's duties,
// which the old article did not list, had been read as a second piece of
// old khoản 2 through the formula they share. The review pairs 458 → 587
// only. Kept as it was: old khoản 3's points đ) … d) and e) (471, 473: the
// yearly report, the coordination, naming no body) merged into new khoản 4
// điểm đ) (606), and the same pair read backwards.
#include <catch2/catch.hpp>

#include "congvan/align.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Document;
using congvan::testing::FindChange;

TEST_CASE("A clause of another ministry is no piece of a ministry's clause (decree 102 → 99)",
          "[align][actor_split_pieces]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  CHECK(FindChange(a, 458, 587) != nullptr);
  CHECK(FindChange(a, 458, 607) == nullptr);
  // Pieces naming no body stay in their merge.
  CHECK(FindChange(a, 471, 606) != nullptr);
  CHECK(FindChange(a, 473, 606) != nullptr);
  Alignment back = congvan::Align(new_doc, old_doc).value();
  CHECK(FindChange(back, 587, 458) != nullptr);
  CHECK(FindChange(back, 607, 458) == nullptr);
}
