// Paper kinds (engine/src/align/paper_kinds.h): the papers of a file are
// paired by the kind each is named by, not by the paper another one names.
//
// Real text: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP. The
// files to register a notice of enforcement (old Điều 28 aircraft, Điều 36
// ships, Điều 45 land) list "1. Phiếu yêu cầu đăng ký văn bản thông báo về
// việc xử lý tài sản … (01 bản chính);" then "2. Văn bản thông báo về việc xử
// lý tài sản …"; the new files (Điều 39 khoản 4, Điều 42 khoản 4, Điều 34)
// list "Phiếu yêu cầu theo Mẫu số 04b tại Phụ lục (01 bản chính);" then "Văn
// bản thông báo xử lý tài sản bảo đảm …". By their words the old form is
// liker the new notice, and before the rule it took it (194 → 445, 246 →
// 475, 321 → 380), leaving the new form added and the old notice dropped
// (tests/diff/expected/2017-decree-102_2022-decree-99.tsv: 194 → 444, 195 →
// 445, 246 → 474, 247 → 475, 321 → 379, 322 → 380).
#include <catch2/catch.hpp>

#include "congvan/align.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Document;
using congvan::testing::FindChange;

TEST_CASE("A file's papers are paired by their kinds (decree 102/2017 → 99/2022)",
          "[align][paper_kinds]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  // Aircraft: the form is the form, the notice the notice.
  CHECK(FindChange(a, 194, 444) != nullptr);
  CHECK(FindChange(a, 195, 445) != nullptr);
  CHECK(FindChange(a, 194, 445) == nullptr);
  // Ships.
  CHECK(FindChange(a, 246, 474) != nullptr);
  CHECK(FindChange(a, 247, 475) != nullptr);
  CHECK(FindChange(a, 246, 475) == nullptr);
  // Land: the form, and the notice, which was a piece of a merge into
  // another file's provision (Điều 12 khoản 6) beside the power of attorney.
  CHECK(FindChange(a, 321, 379) != nullptr);
  CHECK(FindChange(a, 321, 380) == nullptr);
  CHECK(FindChange(a, 322, 380) != nullptr);
  CHECK(FindChange(a, 322, 155) == nullptr);
  // A new item that accepts either of two papers ("b) Hợp đồng mua bán tài
  // sản đấu giá … hoặc Văn bản xác nhận kết quả thi hành án …") names both
  // kinds: the old enforcement body's confirmation "Văn bản xác nhận kết quả
  // xử lý tài sản bảo đảm của cơ quan thi hành án" stays its partner and does
  // not go to the dissolution confirmation "đ) Văn bản xác nhận … về việc giải
  // thể pháp nhân" beside it (without the alternative: 206 → 442).
  CHECK(FindChange(a, 206, 439) != nullptr);
  CHECK(FindChange(a, 206, 442) == nullptr);
  CHECK(FindChange(a, 258, 470) != nullptr);
  CHECK(FindChange(a, 342, 375) != nullptr);
  CHECK(FindChange(a, 367, 518) != nullptr);
}
