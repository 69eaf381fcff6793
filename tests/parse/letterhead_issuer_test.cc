// The issuer of a letterhead with a superior body over it (metadata.cc,
// LetterheadIssuer): by Nghị định 30/2020/NĐ-CP, Phụ lục I, the left column
// names the superior body first and the issuing body last, and a name may
// wrap over lines ("ỦY BAN NHÂN DÂN" / "TỈNH ĐẮK LẮK"). Real web copies of
// dispatches, a directive and a Party notice (tests/parse/real/metadata.tsv).
#include <catch2/catch.hpp>

#include "support/corpus.h"

namespace {

std::string IssuerOf(const std::string& name) {
  auto doc = congvan::ParseFile(std::string(CONGVAN_SOURCE_DIR) + "/tests/parse/real/" + name);
  INFO(doc.status().ToString());
  REQUIRE(doc.ok());
  return doc->meta.issuer;
}

}  // namespace

TEST_CASE("The issuer is the body under the superior body, not the superior body",
          "[parse][metadata][issuer]") {
  // "BỘ TÀI CHÍNH" / "**CỤC THUẾ**" (lines 58-59).
  CHECK(IssuerOf("2025-vi-dispatch-cuc-thue-5282-policy-web.txt") == "CỤC THUẾ");
  // "UBND THÀNH PHỐ HÀ" / "NỘI" / "**SỞ GIÁO DỤC VÀ ĐÀO TẠO**".
  CHECK(IssuerOf("2025-vi-dispatch-hanoi-sgddt-5095-air-pollution-web.txt") ==
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO");
}

TEST_CASE("A generic body keeps the place its letterhead wrapped onto the next line",
          "[parse][metadata][issuer]") {
  // "**ỦY BAN NHÂN" / "DÂN **" / "TỈNH ĐẮK LẮK".
  CHECK(IssuerOf("2025-vi-directive-daklak-012-admin-procedure-web.txt") ==
        "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK");
  // "**ỦY BAN NHÂN DÂN" / "**" / "THÀNH PHỐ HỒ CHÍ MINH".
  CHECK(IssuerOf("2025-vi-dispatch-hcmc-ubnd-4240-civil-servant-database-web.txt") ==
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH");
}

TEST_CASE("A Party letterhead's issuer is its last body, never the Party name beside it",
          "[parse][metadata][issuer]") {
  // "BAN CHẤP HÀNH" / "TRUNG ƯƠNG" / "**VĂN PHÒNG**", "**ĐẢNG CỘNG" / "SẢN VIỆT NAM**"
  // (lines 67-69): the bare unit "VĂN PHÒNG" is the Central Committee's office
  // (Hướng dẫn 36-HD/VPTW), named with its superior, then as the grammar spells it.
  CHECK(IssuerOf("2025-vi-notice-vptw-432-conclusion-web.txt") == "VĂN PHÒNG TRUNG ƯƠNG ĐẢNG");
}

TEST_CASE("A name the web copy broke into header and noise blocks is one column",
          "[parse][metadata][issuer]") {
  // "**BỘ NÔNG NGHIỆP" / "VÀ **" / "MÔI TRƯỜNG" (lines 58-60): the middle line
  // alone is noise, the motto's block comes after the three.
  CHECK(IssuerOf("2025-vi-dispatch-bnnmt-9476-voter-petitions-web.txt") ==
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
}

TEST_CASE("A provincial tax body of 2025 is the issuer under the Tax Department",
          "[parse][metadata][issuer]") {
  // "CỤC THUẾ" / "**THUẾ TỈNH TÂY NINH**" (lines 58-59).
  CHECK(IssuerOf("2025-vi-dispatch-thue-tay-ninh-3257-vat-rate-web.txt") == "THUẾ TỈNH TÂY NINH");
}

TEST_CASE("A number line that opens like a body's name ends the letterhead's column",
          "[parse][metadata][issuer]") {
  // "QUỐC HỘI" / "Bộ luật số: 45/2019/QH14": "Bộ" opens a ministry's name
  // too, but a body's name holds no document number.
  CHECK(IssuerOf("2019-vi-code-labour-45-2019-qh14-opening-congbao.txt") == "QUỐC HỘI");
}
