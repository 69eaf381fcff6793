// Documents from sources never read before (the newsrc11 survey, session 42):
// a provincial department's working files (Sở Nội vụ tỉnh Lâm Đồng, 2025-2026:
// signed PDFs and the Word files before numbering) and a district People's
// Council's uploads. Each case reads a real excerpt (tests/parse/real/metadata.tsv,
// `congvan extract` of the PDF or Word file) and fails with its rule removed.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::testing::ParseRealExcerpt;

namespace {

// The block holding source line `line`, or nullptr.
const congvan::Block* BlockAt(const congvan::Document& doc, int line) {
  for (const congvan::Block& b : doc.blocks) {
    for (const auto& span : b.spans) {
      if (span.first <= line && line <= span.last) return &b;
    }
  }
  return nullptr;
}

int CountRole(const congvan::Document& doc, BlockRole role) {
  int n = 0;
  for (const congvan::Block& b : doc.blocks) n += b.role == role;
  return n;
}

}  // namespace

// "GIẤY MỜI" is one of the administrative kinds of Nghị định 30/2020/NĐ-CP
// (Điều 7), numbered ".../GM-UBND": the invitation's own title, not a dispatch
// without one (grammars/vi.xml, kind and number-kind "Giấy mời").
TEST_CASE("An invitation is a Giấy mời with its title", "[parse][metadata][kind]") {
  congvan::Document doc =
      ParseRealExcerpt("2026-vi-invitation-lamdong-85-gm-ubnd-cchc-meeting-pdf.txt");
  CHECK(doc.meta.kind == "Giấy mời");
  CHECK(doc.meta.title == "GIẤY MỜI");
  CHECK(doc.meta.number == "85/GM-UBND");
  const congvan::Block* title = BlockAt(doc, 14);  // "GIẤY MỜI"
  REQUIRE(title != nullptr);
  CHECK(title->role == BlockRole::kTitle);
  // Its items stay the tasks: "1. Chủ trì: …" to "6. Phân công chuẩn bị:".
  CHECK(doc.tasks.size() == 6);
}

// A Word document's PDF puts a page-foot note after the signature with its
// number bare ("1 Gồm: Sở Khoa học và Công nghệ, …"), the raised mark glued to
// a word of the body ("… của tỉnh tổng hợp1 và …"): a footnote, not an annex
// (annex_roles.cc, StartsGluedMarkFootnote).
TEST_CASE("A bare-numbered page-foot note after the signature is a footnote",
          "[parse][roles][footnote]") {
  congvan::Document submission =
      ParseRealExcerpt("2026-vi-submission-lamdong-snv-166-cchc-q1-report-pdf.txt");
  const congvan::Block* note = BlockAt(submission, 55);  // "1 Gồm: Sở Khoa học …"
  REQUIRE(note != nullptr);
  CHECK(note->role == BlockRole::kFootnote);
  CHECK(CountRole(submission, BlockRole::kAnnex) == 0);
  CHECK(submission.meta.kind == "Tờ trình");

  congvan::Document invitation =
      ParseRealExcerpt("2026-vi-invitation-lamdong-85-gm-ubnd-cchc-meeting-pdf.txt");
  const congvan::Block* second = BlockAt(invitation, 84);  // "1 Văn phòng UBND tỉnh về …"
  REQUIRE(second != nullptr);
  CHECK(second->role == BlockRole::kFootnote);
  CHECK(CountRole(invitation, BlockRole::kAnnex) == 0);
}

// A steering committee's name in capitals wraps after a comma of its fields
// ("BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO," / "CHUYỂN ĐỔI
// SỐ VÀ ĐỀ ÁN 06"): the long line is the letterhead's, so the letterhead is not
// a saved page's text above the document and its last line not the title
// (site_furniture.cc, UnfinishedIssuerName).
TEST_CASE("A wrapped issuing body's name is the letterhead, not the title",
          "[parse][roles][furniture]") {
  congvan::Document doc = ParseRealExcerpt("2025-vi-report-lamdong-bcd-de-an-06-october-docx.txt");
  CHECK(doc.meta.kind == "Báo cáo");
  CHECK(std::string_view(doc.meta.title).starts_with("BÁO CÁO Kết quả triển khai Đề án 06"));
  for (int line : {2, 3, 4}) {
    const congvan::Block* b = BlockAt(doc, line);
    REQUIRE(b != nullptr);
    CHECK(b->role != BlockRole::kFurniture);
    CHECK(b->role != BlockRole::kTitle);
  }
}
