// Repealed placeholders (engine/src/align/repealed_placeholders.h): a
// consolidated text keeps a repealed provision's number with "(được bãi bỏ)"
// in place of its text; the earlier version's provision under that number is
// paired with it, not dropped beside an added placeholder.
//
// Real text, Công báo: Thông tư 07/2023/TT-BLĐTBXH (Chương III, IV and Chương V
// up to Điều 21: lines 691–939 of
// docs/hd_khoan/thong-tu-so-07-2023-tt-bldtbxh-40090.txt)
// → its consolidation VBHN 156/VBHN-BLĐTBXH of 10 January 2025 after Thông
// tư 10/2024/TT-BLĐTBXH repealed Điều 17, 18, 19 and Điều 20 khoản 1 (Chương
// III from its heading to Điều 21: lines 833–1033 of
// docs/cong_doan/van-ban-hop-nhat-so-156-vbhn-bldtbxh-43915.txt,
// where the footnote numbers are glued to the markers: "Điều 17.16 (được bãi
// bỏ)", "1.19 (được bãi bỏ)"; cut from Điều 16 on, the glued numbers cost the
// parser its articles, so the cut opens with the chapter above Điều 15: an
// excerpt opening on Điều 15 itself, whose lead-in ends "cụ thể như sau:",
// had Chương IV held under that article). Both from the public repository
// hrmaster1982-dev/phapluat-8chude-data @ cdfc64c4d0f41cf6c2ef0e8fc725bd7498d4f5a7
// (the Công báo PDF text layer, extracted by the repository's scraper), bytes
// unchanged (Vietnamese official texts). Fixture lines: old Điều 17 is line 114,
// Điều 18 line 147, Điều 19 line 184, Điều 20 khoản 1 line 232, khoản 2 line 237;
// new Điều 17, 18, 19 are lines 155, 156, 157, Điều 20 khoản 1 line 163,
// khoản 2 line 164. Before the stage all four old provisions were dropped and all four
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

const char* kOriginal = "2023-vi-circular-07-2023-tt-bldtbxh-chuong-iii-dieu-21.txt";
const char* kConsolidated = "2025-vi-vbhn-156-bldtbxh-chuong-iii-dieu-20.txt";

}  // namespace

TEST_CASE("A repealed article is paired with its placeholder in the consolidated text",
          "[align][repealed_placeholders]") {
  Document original = congvan::testing::ParseAlignFixture(kOriginal);
  Document consolidated = congvan::testing::ParseAlignFixture(kConsolidated);
  Alignment a = congvan::Align(original, consolidated).value();
  for (auto [o, n] : {std::pair{114, 155}, {147, 156}, {184, 157}, {232, 163}}) {
    const congvan::Change* c = FindChange(a, o, n);
    REQUIRE(c != nullptr);
    CHECK(c->op == ChangeOp::kReworded);
    CHECK(c->old_nodes.size() == 1);
    CHECK(c->new_nodes.size() == 1);
  }
  // The kept clause is not given a placeholder, nor a placeholder's article
  // another article.
  CHECK(FindChange(a, 237, 163) == nullptr);
  CHECK(FindChange(a, 114, 156) == nullptr);
}

TEST_CASE("A placeholder of the older side is paired too (the diff run backwards)",
          "[align][repealed_placeholders]") {
  Document original = congvan::testing::ParseAlignFixture(kOriginal);
  Document consolidated = congvan::testing::ParseAlignFixture(kConsolidated);
  Alignment a = congvan::Align(consolidated, original).value();
  for (auto [n, o] : {std::pair{155, 114}, {156, 147}, {157, 184}, {163, 232}}) {
    CHECK(FindChange(a, n, o) != nullptr);
  }
}
