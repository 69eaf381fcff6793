// Letterheads of the Fatherland Front and of the election bodies, as the
// 2025-2026 documents of communes carry them: "ỦY BAN MTTQ VIỆT NAM" / "XÃ
// LƯƠNG MINH" / "BAN THƯỜNG TRỰC", "HỘI ĐỒNG BẦU CỬ" / "QUỐC GIA", "ỦY BAN
// BẦU CỬ XÃ PHỐ BẢNG" / "TIỂU BAN …". The issuer cue (grammars/vi.xml) knew
// none of these bodies, so the letterhead became the title and the issuer was
// empty. Real openings of Word copies a commune used for the 2026 elections
// (tests/parse/real/metadata.tsv).
#include <catch2/catch.hpp>
#include <string>

#include "support/corpus.h"

namespace {

congvan::Metadata MetaOf(const std::string& name) {
  auto doc = congvan::ParseFile(std::string(CONGVAN_SOURCE_DIR) + "/tests/parse/real/" + name);
  INFO(doc.status().ToString());
  REQUIRE(doc.ok());
  return doc->meta;
}

bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

TEST_CASE("A commune Fatherland Front committee's letterhead is the issuer, not the title",
          "[parse][metadata][issuer]") {
  auto meta = MetaOf("2026-vi-decision-mttq-luongminh-citizen-reception-team-htm-opening.txt");
  CHECK(meta.issuer == "ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH");
  CHECK(StartsWith(meta.title, "QUYẾT ĐỊNH Về việc thành lập Tổ tiếp công dân"));
}

TEST_CASE("An election body's letterhead is the issuer, its name wrapped or its subcommittee last",
          "[parse][metadata][issuer]") {
  auto council = MetaOf("2025-vi-resolution-hdbcqg-40-candidacy-forms-htm-opening.txt");
  CHECK(council.issuer == "HỘI ĐỒNG BẦU CỬ QUỐC GIA");
  CHECK(StartsWith(council.title, "NGHỊ QUYẾT QUY ĐỊNH MẪU VĂN BẢN HỒ SƠ ỨNG CỬ"));
  auto plan = MetaOf("2025-vi-plan-phobang-election-subcommittee-htm-opening.txt");
  CHECK(plan.issuer == "TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT");
  CHECK(StartsWith(plan.title, "KẾ HOẠCH Triển khai của Tiểu ban"));
}
