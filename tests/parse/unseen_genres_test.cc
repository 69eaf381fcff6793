// Genres the corpus had seen least (the newsrc9 survey, session 40): the
// Prime Minister's telegrams (Công điện), guidance of the Party's central
// departments, and a province's regulation issued by a decision, all 2025
// web copies hard-wrapped near 80 columns. Each case reads a real excerpt
// (tests/parse/real/metadata.tsv) and fails with its rule removed.
#include <catch2/catch.hpp>
#include <span>
#include <string>
#include <string_view>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::testing::Contains;
using congvan::testing::ParseRealExcerpt;

namespace {

// The first block of `role`, or nullptr.
const congvan::Block* FirstBlock(const congvan::Document& doc, BlockRole role) {
  for (const congvan::Block& b : doc.blocks) {
    if (b.role == role) return &b;
  }
  return nullptr;
}

// Whether some task, at any depth, has `marker`.
bool HasMarker(std::span<const congvan::Node> nodes, std::string_view marker) {
  for (const congvan::Node& n : nodes) {
    if (std::string_view(n.marker) == marker || HasMarker(n.children.span(), marker)) return true;
  }
  return false;
}

}  // namespace

// A department of the Central Committee writes its name under its superior's
// ("BAN CHẤP HÀNH" / "TRUNG ƯƠNG" / "**BAN TUYÊN GIÁO VÀ DÂN VẬN**", Hướng dẫn
// 36-HD/VPTW): the department issues the text, not the Central Committee. No
// issuer cue opens "BAN …", so the column ended at the superior (metadata.cc,
// LastBody: an issuer unit under a body starts a name).
TEST_CASE("A Party department under the Central Committee is the issuer",
          "[parse][metadata][issuer]") {
  congvan::Document guidance =
      ParseRealExcerpt("2025-vi-guidance-btgdvtw-37-party-bulletin-opening-web.txt");
  CHECK(guidance.meta.issuer == "BAN TUYÊN GIÁO VÀ DÂN VẬN TRUNG ƯƠNG");
  congvan::Document cadres =
      ParseRealExcerpt("2025-vi-guidance-btctw-45-cadre-management-opening-web.txt");
  CHECK(cadres.meta.issuer == "BAN TỔ CHỨC TRUNG ƯƠNG");
}

// A telegram names its sender on a line of its own under the title, then
// lists the addressees (Nghị định 30/2020/NĐ-CP, Phụ lục III: "THỦ TƯỚNG CHÍNH
// PHỦ điện:"): the line heads the addressees as "Kính gửi:" does. Under a
// subject "V/V …" it had been taken into the title; in a copy that starts at
// the title it had been the issuer, "điện:" and all (grammars/vi.xml).
TEST_CASE("A telegram's dispatch line heads its addressees and names its sender",
          "[parse][roles][addressees][metadata]") {
  congvan::Document telegram = ParseRealExcerpt("2025-vi-telegram-ttg-217-central-floods-web.txt");
  CHECK(telegram.meta.title ==
        "CÔNG ĐIỆN V/V CHỦ ĐỘNG PHÒNG, TRÁNH, ỨNG PHÓ MƯA LŨ TẠI KHU VỰC TRUNG BỘ");
  const congvan::Block* addressees = FirstBlock(telegram, BlockRole::kAddressees);
  REQUIRE(addressees != nullptr);
  CHECK(Contains(addressees->text, "THỦ TƯỚNG CHÍNH PHỦ điện:"));
  CHECK(Contains(addressees->text, "- Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia."));
  CHECK(telegram.meta.issuer == "THỦ TƯỚNG CHÍNH PHỦ");

  congvan::Document title_first =
      ParseRealExcerpt("2025-vi-telegram-ttg-central-floods-title-first-opening-web.txt");
  CHECK(title_first.meta.issuer == "THỦ TƯỚNG CHÍNH PHỦ");
  CHECK(
      title_first.meta.title ==
      "CÔNG ĐIỆN V/V TẬP TRUNG ỨNG PHÓ VÀ KỊP THỜI KHẮC PHỤC HẬU QUẢ MƯA LŨ TẠI KHU VỰC TRUNG BỘ");
}

// A recipient item wrapped onto a line too short for text ("- VPCP: …, các
// Vụ, Cục: NN, CN, KGVX," / "TH;") had that line taken for noise, which cut
// the list in two: the rest of an open item is the item's (list_blocks.cc).
TEST_CASE("The short rest of an open recipient item stays in the list",
          "[parse][roles][recipients]") {
  congvan::Document telegram =
      ParseRealExcerpt("2025-vi-telegram-ttg-226-national-reserves-closing-web.txt");
  const congvan::Block* recipients = FirstBlock(telegram, BlockRole::kRecipients);
  REQUIRE(recipients != nullptr);
  CHECK(Contains(recipients->text, "TH;"));
  CHECK(Contains(recipients->text, "- Lưu: VT, KTTH (2)"));
  CHECK(FirstBlock(telegram, BlockRole::kNoise) == nullptr);
}

// A heading wrapped after its first word inside its bold run ("**Điều" /
// "14. Yêu cầu kỹ thuật …**"), three times in the regulation, had made
// "Điều" a running header (each sits after a blank line), and articles 14,
// 18 and 20 were lost to the list before them: the opening of a bold run the
// next line closes is a piece of a paragraph (running_headers.cc,
// PieceOfParagraph).
TEST_CASE("A wrapped heading's first word is no running header", "[parse][roles][running-header]") {
  congvan::Document regulation =
      ParseRealExcerpt("2025-vi-regulation-ninhbinh-165-digital-signature-articles-11-21-web.txt");
  CHECK(FirstBlock(regulation, BlockRole::kRunningHeader) == nullptr);
  for (std::string_view article : {"Điều 14.", "Điều 18.", "Điều 20."}) {
    INFO(article);
    CHECK(HasMarker(regulation.tasks, article));
  }
}

// Where blank lines part paragraphs, a page's header is parted from the
// text by one, so the rest of an unfinished line right above ("… Nghị định
// số" / "186/2025/NĐ-CP của Chính phủ đảm bảo thời gian theo quy định.",
// wrapped the same way in three points of the regulation) is that line's
// sentence, not a running header (running_headers.cc, PieceOfParagraph).
TEST_CASE("The rest of an unfinished line is no running header where blank lines part paragraphs",
          "[parse][roles][running-header]") {
  congvan::Document regulation =
      ParseRealExcerpt("2025-vi-regulation-bacninh-82-public-assets-software-article-9-web.txt");
  CHECK(FirstBlock(regulation, BlockRole::kRunningHeader) == nullptr);
  const congvan::Node* point =
      congvan::testing::FindTask(regulation, "Thực hiện công khai tài sản");
  REQUIRE(point != nullptr);
  CHECK(Contains(point->text, "Nghị định số 186/2025/NĐ-CP của Chính phủ đảm bảo thời gian"));
}

// Since the 2025 local-government law a provincial chairman issues decisions
// in his own name ("QĐ-CTUBND"), under the letterhead "CHỦ TỊCH ỦY BAN NHÂN
// DÂN" / "TỈNH ĐỒNG THÁP": no issuer cue opened it, so the letterhead was
// read as the title, and the number set on the line under "Số:" with it
// (grammars/vi.xml, the issuer cue).
TEST_CASE("A chairman's letterhead names the issuer, not the title",
          "[parse][metadata][issuer][title]") {
  congvan::Document decision =
      ParseRealExcerpt("2025-vi-decision-dongthap-ctubnd-144-digital-signature-opening-web.txt");
  CHECK(decision.meta.issuer == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP");
  CHECK(decision.meta.number == "144/2025/QĐ-CTUBND");
  CHECK(decision.meta.title ==
        "QUYẾT ĐỊNH BAN HÀNH QUY CHẾ VỀ QUẢN LÝ, SỬ DỤNG CHỮ KÝ SỐ CHUYÊN DÙNG CÔNG VỤ, CHỨNG THƯ "
        "CHỮ KÝ SỐ CHUYÊN DÙNG CÔNG VỤ, THIẾT BỊ LƯU KHÓA BÍ MẬT VÀ DỊCH VỤ CHỨNG THỰC CHỮ KÝ SỐ "
        "CHUYÊN DÙNG CÔNG VỤ TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP");
}
