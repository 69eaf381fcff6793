// Line roles of hard-wrapped web copies (the newsrc8 survey, session 39).
// A recipients list wrapped mid-phrase: an open item goes on over a line that
// opens in lower case, however long ("- Các Bộ, cơ quan: Tài chính, …, Y" /
// "tế, Giáo dục và Đào tạo, …"); before, only a line of eight words or fewer
// did, so the list ended there and the signature under it was taken into an
// annex (list_blocks.cc, AbsorbList). A real copy of Thông báo 648/TB-VPCP;
// the title's first word alone on its line, below. Real texts:
// tests/parse/real/metadata.tsv.
#include <catch2/catch.hpp>
#include <string_view>

#include "support/corpus.h"

using congvan::BlockRole;

TEST_CASE("A recipient item wrapped onto a long lower-case line stays in the list",
          "[parse][roles][recipients]") {
  congvan::Document doc =
      congvan::testing::ParseRealExcerpt("2025-vi-notice-vpcp-648-conclusions-web.txt");
  const congvan::Block* recipients = nullptr;
  const congvan::Block* signature = nullptr;
  int annexes = 0;
  for (const congvan::Block& b : doc.blocks) {
    if (b.role == BlockRole::kRecipients && recipients == nullptr) recipients = &b;
    if (b.role == BlockRole::kSignature && signature == nullptr) signature = &b;
    if (b.role == BlockRole::kAnnex) ++annexes;
  }
  REQUIRE(recipients != nullptr);
  CHECK(std::string_view(recipients->text).find("- Lưu: VT, QHĐP (3b).") != std::string_view::npos);
  REQUIRE(signature != nullptr);
  CHECK(std::string_view(signature->text).find("Đỗ Ngọc Huỳnh") != std::string_view::npos);
  CHECK(annexes == 0);
}

// The title's first word alone on its line between the kind and the subject
// ("**NGHỊ QUYẾT**" / "VỀ" / "ĐỊNH MỨC PHÂN BỔ NGÂN SÁCH …"): too short for a
// line of text, it was noise and the title ended at the kind (top_roles.cc,
// JoinsKindAndSubject). A real copy of Nghị quyết 48/2025/NQ-HĐND of Hà Nội.
TEST_CASE("A title's first word alone between the kind and the subject is the title's",
          "[parse][roles][title]") {
  congvan::Document doc = congvan::testing::ParseRealExcerpt(
      "2025-vi-resolution-hdnd-hanoi-48-budget-norms-web-opening.txt");
  CHECK(doc.meta.title ==
        "NGHỊ QUYẾT VỀ ĐỊNH MỨC PHÂN BỔ NGÂN SÁCH VÀ TỶ LỆ PHẦN TRĂM (%) ĐỐI VỚI CÁC KHOẢN THU "
        "PHÂN CHIA GIỮA CÁC CẤP NGÂN SÁCH THÀNH PHỐ HÀ NỘI");
}
