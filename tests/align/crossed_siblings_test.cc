// Crossed siblings (engine/src/align/crossed_siblings.h): two clauses of one
// article that the greedy pass paired crosswise with two clauses of its
// counterpart are paired straight when the straight pairs score more.
//
// Real text: tests/align/fixtures/2019-vi-luat-dau-tu-cong-dieu-6-11.txt is
// Điều 6–11 of Luật Đầu tư công 2019 (lines 57–121 of Luật_Đầu_tư_công_2019.txt)
// and 2024-vi-luat-dau-tu-cong-dieu-6-12.txt is Điều 6–12 of Luật Đầu tư công
// 2024 (lines 62–148 of Luật_Đầu_tư_công_2024.txt), both from the public crawl
// johnPa02/thuvienphapluat-crawler @ e11495e057d73cb88f512a7cda2fbb3e8b70a074,
// bytes unchanged (Vietnamese official texts). The group B and group C criteria
// (2019 Điều 9, 10 → 2024 Điều 10, 11) keep their four clauses in order with
// new amounts; "120 tỷ đồng", the old khoản 1 threshold and the new khoản 3
// one, made the greedy pass cross khoản 1 and khoản 3 of both articles.
#include <catch2/catch.hpp>
#include <string>

#include "congvan/align.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Change;
using congvan::Document;

namespace {

// True when one change relates an old task starting with `old_prefix` to a
// new task starting with `new_prefix`.
bool Paired(const Alignment& a, const std::string& old_prefix, const std::string& new_prefix) {
  for (const Change& c : a.changes) {
    bool has_old = false, has_new = false;
    for (const auto& o : c.old_nodes) has_old = has_old || o.text.rfind(old_prefix, 0) == 0;
    for (const auto& n : c.new_nodes) has_new = has_new || n.text.rfind(new_prefix, 0) == 0;
    if (has_old && has_new) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("Sibling clauses the greedy pass crossed are paired straight (Đầu tư công 2019 → 2024)",
          "[align][crossed_siblings]") {
  Document old_doc = congvan::testing::ParseAlignFixture("2019-vi-luat-dau-tu-cong-dieu-6-11.txt");
  Document new_doc = congvan::testing::ParseAlignFixture("2024-vi-luat-dau-tu-cong-dieu-6-12.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  const std::string kLead = "Dự án thuộc lĩnh vực quy định tại khoản ";
  // Group B: khoản 1 (lĩnh vực of khoản 2, 120 → 240 tỷ) and khoản 3
  // (lĩnh vực of khoản 4, 60 → 120 tỷ).
  CHECK(Paired(a, kLead + "2 Điều 8 của Luật này có tổng mức đầu tư từ 120",
               kLead + "2 Điều 9 của Luật này có tổng mức đầu tư từ 240"));
  CHECK(Paired(a, kLead + "4 Điều 8 của Luật này có tổng mức đầu tư từ 60",
               kLead + "4 Điều 9 của Luật này có tổng mức đầu tư từ 120"));
  CHECK_FALSE(Paired(a, kLead + "2 Điều 8 của Luật này có tổng mức đầu tư từ 120",
                     kLead + "4 Điều 9 của Luật này có tổng mức đầu tư từ 120"));
  // Group C: the same two clauses, "dưới 120" → "dưới 240", "dưới 60" → "dưới 120".
  CHECK(Paired(a, kLead + "2 Điều 8 của Luật này có tổng mức đầu tư dưới 120",
               kLead + "2 Điều 9 của Luật này có tổng mức đầu tư dưới 240"));
  CHECK(Paired(a, kLead + "4 Điều 8 của Luật này có tổng mức đầu tư dưới 60",
               kLead + "4 Điều 9 của Luật này có tổng mức đầu tư dưới 120"));
}
