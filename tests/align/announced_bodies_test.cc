// Announced bodies (engine/src/align/announced_bodies.h): a lead-in rewritten
// to announce the provision moved under it as its body carries that provision
// too.
//
// Real text: the corpus pair Thông tư 29/2021/TT-BLĐTBXH → 03/2025/TT-BLĐTBXH.
// Old Điều 6 khoản 1 "Xác định tên nghề, công việc cần đánh giá, xác định điều
// kiện lao động." became new Điều 4 khoản 1 điểm a "Xác định tên nghề, công
// việc cần đánh giá, xác định điều kiện lao động, quy mô lấy mẫu:", whose
// paragraph is old Điều 9 khoản 1 điểm b on sampling ("Quá trình chọn mẫu …
// phù hợp với từng loại hình, quy mô của cơ sở … đại diện vùng, miền lấy
// mẫu."). The review pairs old line 168 with both new line 70 (the point) and
// 72 (its paragraph), and old line 82 with line 70
// (tests/diff/expected/2021-circular-29_2025-circular-03.tsv). Before the rule
// 168 → 70 was missed.
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
using congvan::testing::ChangesLinking;

namespace {}  // namespace

TEST_CASE(
    "A provision moved under a lead-in that now announces it is merged into the lead-in too "
    "(circular 29/2021 → 03/2025)",
    "[align][announced_bodies]") {
  Document old_doc =
      congvan::testing::ParseCorpus("pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt");
  Document new_doc =
      congvan::testing::ParseCorpus("pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  const char* kSampling = "Quá trình chọn mẫu để rà soát, đánh giá";
  const char* kLeadIn =
      "Xác định tên nghề, công việc cần đánh giá, xác định điều kiện lao động, "
      "quy mô lấy mẫu:";
  auto into_lead_in = ChangesLinking(a, kSampling, kLeadIn);
  REQUIRE(into_lead_in.size() == 1);
  CHECK(into_lead_in[0]->op == ChangeOp::kMerged);
  CHECK(ChangesLinking(a, "Xác định tên nghề, công việc cần đánh giá, xác định điều kiện lao động.",
                       kLeadIn)
            .size() == 1);
  // The paragraph stays its own pair: the old point is in two changes.
  CHECK(ChangesLinking(a, kSampling, "Việc lấy mẫu đối với mỗi nghề, công việc").size() == 1);
}
