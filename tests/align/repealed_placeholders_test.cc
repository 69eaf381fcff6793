// Repealed placeholders (engine/src/align/repealed_placeholders.h): a
// consolidated text keeps a repealed provision's number with "(được bãi bỏ)"
// in place of its text; the earlier version's provision under that number is
// paired with it, not dropped beside an added placeholder.
//
// Real text, Công báo: Thông tư 07/2023/TT-BLĐTBXH (Chương IV, Điều 16–19, and
// Chương V up to Điều 21: lines 785–939 of
// docs/hd_khoan/thong-tu-so-07-2023-tt-bldtbxh-40090.txt)
// → its consolidation VBHN 156/VBHN-BLĐTBXH of 10 January 2025 after Thông
// tư 10/2024/TT-BLĐTBXH repealed Điều 17, 18, 19 and Điều 20 khoản 1 (Điều 15
// to Điều 21: lines 885–1033 of
// docs/cong_doan/van-ban-hop-nhat-so-156-vbhn-bldtbxh-43915.txt,
// where the footnote numbers are glued to the markers: "Điều 17.16 (được bãi
// bỏ)", "1.19 (được bãi bỏ)"; cut from Điều 16 on, the glued numbers cost the
// parser its articles, so the cut opens with Điều 15). Both from the public repository
// hrmaster1982-dev/phapluat-8chude-data @ cdfc64c4d0f41cf6c2ef0e8fc725bd7498d4f5a7
// (the Công báo PDF text layer, extracted by the repository's scraper), bytes
// unchanged (Vietnamese official texts). Fixture lines: old Điều 17 is line 20,
// Điều 18 line 53, Điều 19 line 90, Điều 20 khoản 1 line 138, khoản 2 line 143;
// new Điều 17, 18, 19 are lines 103, 104, 105, Điều 20 khoản 1 line 111,
// khoản 2 line 112. Before the stage all four old provisions were dropped and all four
// placeholders added, either way round.
#include <catch2/catch.hpp>
#include <string>

#include "congvan/align.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::ChangeOp;
using congvan::Document;
using congvan::testing::FindChange;

namespace {

const char* kOriginal = "2023-vi-circular-07-2023-tt-bldtbxh-dieu-16-20.txt";
const char* kConsolidated = "2025-vi-vbhn-156-bldtbxh-dieu-15-20.txt";

}  // namespace

TEST_CASE("A repealed article is paired with its placeholder in the consolidated text",
          "[align][repealed_placeholders]") {
  Document original = congvan::testing::ParseAlignFixture(kOriginal);
  Document consolidated = congvan::testing::ParseAlignFixture(kConsolidated);
  Alignment a = congvan::Align(original, consolidated).value();
  for (auto [o, n] : {std::pair{20, 103}, {53, 104}, {90, 105}, {138, 111}}) {
    const congvan::Change* c = FindChange(a, o, n);
    REQUIRE(c != nullptr);
    CHECK(c->op == ChangeOp::kReworded);
    CHECK(c->old_nodes.size() == 1);
    CHECK(c->new_nodes.size() == 1);
  }
  // The kept clause is not given a placeholder, nor a placeholder's article
  // another article.
  CHECK(FindChange(a, 143, 111) == nullptr);
  CHECK(FindChange(a, 20, 104) == nullptr);
}

TEST_CASE("A placeholder of the older side is paired too (the diff run backwards)",
          "[align][repealed_placeholders]") {
  Document original = congvan::testing::ParseAlignFixture(kOriginal);
  Document consolidated = congvan::testing::ParseAlignFixture(kConsolidated);
  Alignment a = congvan::Align(consolidated, original).value();
  for (auto [n, o] : {std::pair{103, 20}, {104, 53}, {105, 90}, {111, 138}}) {
    CHECK(FindChange(a, n, o) != nullptr);
  }
}
