// The facts newsrc11 left of its new sources (Sở Nội vụ tỉnh Lâm Đồng's Word
// files and signed PDFs, a VPCP telegram): a steering committee's name wrapped
// after a comma, a draft's blank-day date line, a contact line under the
// signature. Each case reads a real excerpt (tests/parse/real/metadata.tsv)
// and fails with its rule removed.
#include <catch2/catch.hpp>
#include <string>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::testing::ParseRealExcerpt;

namespace {

const congvan::Block* BlockAt(const congvan::Document& doc, int line) {
  for (const congvan::Block& b : doc.blocks) {
    for (const auto& span : b.spans) {
      if (span.first <= line && line <= span.last) return &b;
    }
  }
  return nullptr;
}

}  // namespace

// "BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO," / "CHUYỂN
// ĐỔI SỐ VÀ ĐỀ ÁN 06": the name stops on a comma, so the capital line below
// is its rest, however long (metadata.cc, ContinuesBody).
TEST_CASE("An issuer's name stopped on a comma goes on below", "[parse][metadata][issuer]") {
  congvan::Document doc = ParseRealExcerpt("2025-vi-report-lamdong-bcd-de-an-06-october-docx.txt");
  CHECK(doc.meta.issuer ==
        "BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06");
}

// A Word file before numbering: "Lâm Đồng, ngày      tháng 9 năm 2025". The
// document has no date yet; "Căn cứ Quyết định số 05/2017/QĐ-TTg ngày 16 tháng
// 3 năm 2017 …" is the cited decision's (metadata.cc, LeavesDayBlank). The
// year stays the date line's.
TEST_CASE("A blank-day date line leaves the date empty", "[parse][metadata][date]") {
  congvan::Document doc =
      ParseRealExcerpt("2025-vi-decision-lamdong-ubnd-incident-response-team-draft-docx.txt");
  CHECK(doc.meta.date.empty());
  REQUIRE(doc.meta.year.has_value());
  CHECK(*doc.meta.year == 2025);
  CHECK(doc.meta.kind == "Quyết định");
}

// A VPCP telegram's last lines under the signature: "Số điện thoại liên hệ tài
// liệu, nội dung Hội nghị: 0902231985; 0915933988;" / "Số điện thoại liên hệ
// đăng ký thành phần dự Hội nghị: 0913001110." — whom to call, the document's
// footer, not an annex (annex_roles.cc, IsContactLine).
TEST_CASE("Contact lines under the signature are a footer, not an annex", "[parse][roles][annex]") {
  congvan::Document doc = ParseRealExcerpt("2025-vi-telegram-vpcp-2003-cd-vpcp-closing-pdf.txt");
  for (int line : {55, 56}) {
    const congvan::Block* contact = BlockAt(doc, line);
    INFO("line " << line);
    REQUIRE(contact != nullptr);
    CHECK(contact->role == BlockRole::kFooter);
  }
  for (const congvan::Block& b : doc.blocks) CHECK(b.role != BlockRole::kAnnex);
  const congvan::Block* signature = BlockAt(doc, 53);  // "Đỗ Ngọc Huỳnh"
  REQUIRE(signature != nullptr);
  CHECK(signature->role == BlockRole::kSignature);
}
