// Heading clauses (engine/src/align/heading_clauses.h): an old article merged
// into a new one as one of its clauses, none of its provisions found there,
// is the clause its heading names.
//
// Real text: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP. Old
// Điều 24 "Hồ sơ đăng ký cầm cố tàu bay, thế chấp tàu bay" is new Điều 39
// khoản 1 "Hồ sơ đăng ký bao gồm:", its papers the clause's points; old Điều 32
// (ships) is new Điều 42 khoản 1 (tests/diff/expected/
// 2017-decree-102_2022-decree-99.tsv: 171 → 430, 172 → 431, 173 → 432, 223 →
// 461, 224 → 462, 225 → 463). Before the rule every paper of old Điều 24 was
// dropped, and new khoản 1 điểm b "Hợp đồng bảo đảm (01 bản chính hoặc 01 bản
// sao có chứng thực)." was held by old Điều 29's deletion-file certificate
// (201), of the same formula; old Điều 32's request form was linked to new
// khoản 3, the deletion file.
#include <catch2/catch.hpp>

#include "congvan/align.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Document;
using congvan::testing::FindChange;

TEST_CASE(
    "An article merged as a clause is the clause its heading names (decree 102/2017 → "
    "99/2022)",
    "[align][heading_clauses]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  // Aircraft: the lead-in "Người yêu cầu đăng ký nộp 01 bộ hồ sơ đăng ký cầm cố
  // tàu bay, thế chấp tàu bay sau đây:" is khoản 1, its papers 1 and 2 are
  // points a and b (the power of attorney, 3., has no point there).
  CHECK(FindChange(a, 171, 430) != nullptr);
  CHECK(FindChange(a, 172, 431) != nullptr);
  CHECK(FindChange(a, 173, 432) != nullptr);
  CHECK(FindChange(a, 174, 432) == nullptr);
  CHECK(FindChange(a, 201, 432) == nullptr);
  // Ships, likewise; the request form no longer in the deletion file.
  CHECK(FindChange(a, 223, 461) != nullptr);
  CHECK(FindChange(a, 224, 462) != nullptr);
  CHECK(FindChange(a, 225, 463) != nullptr);
  CHECK(FindChange(a, 224, 468) == nullptr);
  CHECK(FindChange(a, 253, 463) == nullptr);
  // The articles placed by their provisions are left as they were
  // (merged_article_clauses.h): old Điều 26 is khoản 2, Điều 28 khoản 4.
  CHECK(FindChange(a, 181, 433) != nullptr);
  CHECK(FindChange(a, 193, 443) != nullptr);
}
