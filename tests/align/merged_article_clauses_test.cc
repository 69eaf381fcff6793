// Merged article clauses (engine/src/align/merged_article_clauses.h): old
// articles merged into one new article, each become one of its clauses, keep
// their provisions inside that clause.
//
// Real text: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP. Old
// Điều 24–29 (the files for an aircraft: registering, changing, correcting,
// notice of enforcement, deletion) are new Điều 39 "Hồ sơ đăng ký đối với tàu
// bay", whose clauses each list one old file; old Điều 32–37 are new Điều 42
// for ships, likewise (tests/diff/expected/2017-decree-102_2022-decree-99.tsv:
// 181 → 433, 182 → 434, 193 → 443, 233 → 464, 234 → 465, 245 → 473). Before the
// rule the lead-ins "Người yêu cầu đăng ký nộp 01 bộ hồ sơ … sau đây:" and the
// request forms were dropped (the boilerplate "Phiếu yêu cầu đăng ký thay đổi
// (01 bản chính);" opens several files), and old Điều 36's lead-in was linked
// to new Điều 41 khoản 3 "Đăng ký thông báo xử lý tài sản bảo đảm là tàu biển."
#include <catch2/catch.hpp>
#include <string>

#include "congvan/align.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Change;
using congvan::Document;
using congvan::testing::FindChange;

TEST_CASE(
    "The provisions of articles merged as clauses stay inside their clause (decree 102/2017 → "
    "99/2022)",
    "[align][merged_article_clauses]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  // Old Điều 26 (aircraft, changes) is new Điều 39 khoản 2 "Hồ sơ đăng ký thay
  // đổi bao gồm:": its lead-in is that clause, its request form point a.
  CHECK(FindChange(a, 181, 433) != nullptr);
  CHECK(FindChange(a, 182, 434) != nullptr);
  // Old Điều 28 (aircraft, notice of enforcement) is khoản 4.
  CHECK(FindChange(a, 193, 443) != nullptr);
  // The same for ships: old Điều 34 → Điều 42 khoản 2, Điều 36 → khoản 4, no
  // longer into Điều 41 khoản 3.
  CHECK(FindChange(a, 233, 464) != nullptr);
  CHECK(FindChange(a, 234, 465) != nullptr);
  CHECK(FindChange(a, 245, 473) != nullptr);
  CHECK(FindChange(a, 245, 456) == nullptr);
}
