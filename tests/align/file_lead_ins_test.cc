// File lead-ins (engine/src/align/file_lead_ins.h): a file's lead-in whose
// papers became the new article's own clauses goes, with its first paper,
// into the clause that holds that paper.
//
// Real text: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP. The
// old files open with "1. Người yêu cầu đăng ký nộp 01 bộ hồ sơ … sau đây:"
// and list "a) Phiếu yêu cầu … (01 bản chính);" first; the new ones list the
// papers as the article's clauses ("Điều 32. Hồ sơ đăng ký thay đổi …", "1.
// Phiếu yêu cầu theo Mẫu số 02a tại Phụ lục (01 bản chính).") or fold the
// lead-in and the form into one clause ("3. Hồ sơ xóa đăng ký bao gồm Phiếu
// yêu cầu theo Mẫu số 03b …"). The review pairs both the lead-in and the form
// with that clause (tests/diff/expected/2017-decree-102_2022-decree-99.tsv:
// 199, 200 → 437; 251, 252 → 468; 306, 307 → 362; 335, 336 → 370). Before
// the rule the lead-ins were dropped (306 was held by new khoản 4, a leaf
// that only mentions the file) and the land forms 307, 336 too.
#include <catch2/catch.hpp>

#include "congvan/align.h"
#include "congvan/parse.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Document;
using congvan::testing::FindChange;

TEST_CASE(
    "A file's lead-in goes with its first paper into the new article's clause (decree "
    "102/2017 → 99/2022)",
    "[align][file_lead_ins]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  // Folded: the lead-in joins the form already paired with the clause.
  const congvan::Change* aircraft = FindChange(a, 199, 437);
  REQUIRE(aircraft != nullptr);
  CHECK(aircraft == FindChange(a, 200, 437));
  const congvan::Change* ships = FindChange(a, 251, 468);
  REQUIRE(ships != nullptr);
  CHECK(ships == FindChange(a, 252, 468));
  // Promoted: the lead-in and the free form go to the free clause that is
  // the form, not to a clause that only mentions the form ("3. Trường hợp …
  // trên Phiếu yêu cầu không có chữ ký …").
  const congvan::Change* change = FindChange(a, 306, 362);
  REQUIRE(change != nullptr);
  CHECK(change == FindChange(a, 307, 362));
  CHECK(FindChange(a, 306, 368) == nullptr);
  const congvan::Change* deletion = FindChange(a, 335, 370);
  REQUIRE(deletion != nullptr);
  CHECK(deletion == FindChange(a, 336, 370));
  CHECK(FindChange(a, 335, 372) == nullptr);
  // An unnumbered lead-in above the article's own clauses (old Điều 28, 193
  // "Người yêu cầu đăng ký nộp 01 bộ hồ sơ … gồm:") holds no items: its
  // papers keep their pairs, the form with the form.
  CHECK(FindChange(a, 194, 444) != nullptr);
  CHECK(FindChange(a, 193, 444) == nullptr);
}

// A lead-in under no article: a dispatch's "a)" announcing its papers, its
// first paper left without a partner. The rule looks for the article's
// counterparts only where there is an article (this pair read past the end
// of the counterpart table and crashed before; found in review).
TEST_CASE("A dispatch's file lead-in under no article is left alone", "[align][file_lead_ins]") {
  const std::string head =
      "BỘ TƯ PHÁP\n\nSố: 12/CV-BTP\n\nHà Nội, ngày 10 tháng 3 năm 2020\n\n"
      "Kính gửi: Sở Tư pháp các tỉnh\n\n";
  const std::string tail =
      "b) Thời hạn giải quyết hồ sơ là 03 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ.\n"
      "c) Sở Tư pháp tổng hợp tình hình và báo cáo Bộ Tư pháp trước ngày 15 tháng 12 hằng "
      "năm.\n";
  Document old_doc =
      congvan::ParseBytes(head +
                              "a) Người yêu cầu đăng ký nộp 01 bộ hồ sơ đăng ký thay đổi gồm các "
                              "giấy tờ sau đây:\n- Phiếu yêu cầu đăng ký thay đổi (01 bản chính);\n"
                              "- Văn bản ủy quyền trong trường hợp người yêu cầu là người được ủy "
                              "quyền (01 bản sao).\n" +
                              tail,
                          "old.txt")
          .value();
  Document new_doc =
      congvan::ParseBytes(head +
                              "a) Người yêu cầu đăng ký nộp hồ sơ đăng ký thay đổi qua hệ thống "
                              "đăng ký trực tuyến.\n" +
                              tail,
                          "new.txt")
          .value();
  Alignment a = congvan::Align(old_doc, new_doc).value();
  CHECK_FALSE(a.changes.empty());
}
