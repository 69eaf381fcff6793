// Unpaired demotions (engine/src/align/unpaired_demotions.h): an article that
// no earlier stage paired, whose provisions all went into one clause of a new
// article, became that clause — or, when the new article's heading
// generalises its own, that article.
//
// Real text: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP. Old
// Điều 61 "Từ chối cung cấp thông tin về biện pháp bảo đảm" (khoản 1 with
// points a–c, khoản 2, 3) is new Điều 51 khoản 1 "Cơ quan đăng ký từ chối
// cung cấp thông tin …" with the same points; new Điều 51 "Thủ tục giải quyết
// yêu cầu cơ quan đăng ký cung cấp thông tin" takes old Điều 62 as its khoản
// 2, and its heading is not old Điều 61's (tests/diff/expected/
// 2017-decree-102_2022-decree-99.tsv, lines 415 → 549).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "congvan/align.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Change;
using congvan::ChangeOp;
using congvan::Document;
using congvan::testing::ChangesOfOld;

TEST_CASE(
    "An unpaired article whose list became a clause is that clause (decree 102/2017 → 99/2022)",
    "[align][demotions]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  std::vector<const Change*> changes =
      ChangesOfOld(a, "Điều 61.", "Từ chối cung cấp thông tin về biện pháp bảo đảm");
  // Before the rule old Điều 61 came out dropped while its clause and points
  // were matched into new Điều 51 khoản 1.
  REQUIRE(changes.size() == 1);
  const Change& c = *changes[0];
  CHECK(c.op != ChangeOp::kDropped);
  REQUIRE(c.new_nodes.size() == 1);
  CHECK(c.new_nodes[0].marker == "1.");
  CHECK(c.new_nodes[0].text.rfind("Cơ quan đăng ký từ chối cung cấp thông tin", 0) == 0);
  // Its khoản 1, already that clause's counterpart, is merged with it there.
  CHECK(c.op == ChangeOp::kMerged);
  CHECK(c.old_nodes.size() == 2);
}
