// Demotions (engine/src/align/demotions.h): an old article whose provisions
// all went into one clause of the new article it was paired with became that
// clause, when the new article continues another old article — also when that
// other article was paired elsewhere against its provisions.
//
// Real text: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP. New
// Điều 35 "Thủ tục giải quyết hồ sơ đăng ký đối với quyền sử dụng đất, tài sản
// gắn liền với đất, chuyển tiếp đăng ký thế chấp …" opens with old Điều 48
// khoản 1 (record in the register and certify) and takes old Điều 49 "Thủ tục
// chuyển tiếp đăng ký thế chấp quyền tài sản phát sinh từ hợp đồng mua bán nhà
// ở" as its khoản 5, points a–d → a–c. The assignment paired old Điều 49 with
// new Điều 35 (0.69) and old Điều 48 with new Điều 36, new text holding none of
// its provisions (0.41; 0.55 with new Điều 35) (tests/diff/expected/
// 2017-decree-102_2022-decree-99.tsv, lines 343 → 382, 348 → 389).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "congvan/align.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Change;
using congvan::Document;
using congvan::testing::ChangesOfOld;

namespace {

// True when one of `c`'s new tasks has marker `marker` and text starting
// with `prefix`.
bool HasNew(const Change& c, const std::string& marker, const std::string& prefix) {
  for (const auto& n : c.new_nodes) {
    if (n.marker == marker && n.text.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

}  // namespace

TEST_CASE(
    "An article taken as a later clause of a merged article is demoted though the article that "
    "opens it was paired elsewhere (decree 102/2017 → 99/2022)",
    "[align][demotions]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  const std::string new35 = "Thủ tục giải quyết hồ sơ đăng ký đối với quyền sử dụng đất";
  // Before the rule old Điều 49 was new Điều 35 and old Điều 48 new Điều 36.
  std::vector<const Change*> art49 =
      ChangesOfOld(a, "Điều 49.", "Thủ tục chuyển tiếp đăng ký thế chấp quyền tài sản phát sinh");
  REQUIRE(art49.size() == 1);
  CHECK(HasNew(*art49[0], "5.", "Trường hợp chuyển tiếp đăng ký quy định tại điểm b khoản 1"));
  CHECK_FALSE(HasNew(*art49[0], "Điều 35.", new35));
  std::vector<const Change*> art48 =
      ChangesOfOld(a, "Điều 48.", "Thủ tục đăng ký biện pháp bảo đảm bằng quyền sử dụng đất");
  REQUIRE(art48.size() == 1);
  CHECK(HasNew(*art48[0], "Điều 35.", new35));
}
