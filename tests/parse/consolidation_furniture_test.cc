// A consolidated text's (văn bản hợp nhất) own furniture as the Công báo
// prints it (engine/src/parse/line_roles.cc, MarkAmendmentHistory and the
// quoted-basis footnotes of MarkPageFootnotes; grammars/vi.xml <roles>):
//  - the list of amending acts under the title ("…, được sửa đổi, bổ sung
//    bởi:" / "1. Thông tư số 08/2023/TT-BLĐTBXH …" / "2. Thông tư số
//    02/2024/…") is the text's metadata, like its basis, not two tasks that
//    the basis and then the whole text nest under;
//  - the footnote carrying the amending acts' own basis ("1 Thông tư số
//    08/2023/TT-BLĐTBXH … có căn cứ ban hành như sau:" / "“Căn cứ …;"), printed
//    at the foot of a page, i.e. inside Điều 1 in the text layer, is a
//    footnote, not a task holding Điều 1's clauses.
//
// Real text: tests/parse/fixtures/2024-vi-vbhn-2007-bldtbxh-opening.txt, the
// first 195 lines (title to Điều 3 khoản 4), bytes unchanged, of
// docs/cong_doan/van-ban-hop-nhat-so-2007-vbhn-bldtbxh-42065.txt in the public
// repository hrmaster1982-dev/phapluat-8chude-data @
// cdfc64c4d0f41cf6c2ef0e8fc725bd7498d4f5a7 (the Công báo PDF text layer;
// provenance in tests/parse/fixtures/README.md).
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "congvan/document.h"
#include "support/corpus.h"

using congvan::BlockRole;
using congvan::Document;
using congvan::Node;

namespace {

Document ParseFixture() {
  return congvan::testing::ParseString(
      congvan::testing::ReadFile(std::string(CONGVAN_SOURCE_DIR) +
                                 "/tests/parse/fixtures/2024-vi-vbhn-2007-bldtbxh-opening.txt"));
}

// The block of `role` whose text holds `needle`, or null.
const congvan::Block* BlockWith(const Document& doc, BlockRole role, std::string_view needle) {
  for (const congvan::Block& b : doc.blocks) {
    if (b.role == role && b.text.find(needle) != std::string::npos) return &b;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("A consolidated text's list of amending acts is preamble, not tasks",
          "[parse][consolidation_furniture]") {
  Document doc = ParseFixture();
  REQUIRE(!doc.tasks.empty());
  // The text's tasks open with its first article, not with "1." of the list.
  CHECK(std::string(doc.tasks.front().marker) == "Điều 1.");
  CHECK(BlockWith(doc, BlockRole::kPreamble, "1. Thông tư số 08/2023/TT-BLĐTBXH") != nullptr);
  CHECK(BlockWith(doc, BlockRole::kPreamble, "2. Thông tư số 02/2024/TT-BLĐTBXH") != nullptr);
  // The basis below it stays preamble too.
  CHECK(BlockWith(doc, BlockRole::kPreamble, "Căn cứ Nghị định số 14/2017/NĐ-CP") != nullptr);
}

TEST_CASE("The amending acts' quoted basis in a footnote is a footnote, not a task",
          "[parse][consolidation_furniture]") {
  Document doc = ParseFixture();
  // Both amending acts' notes, head and quoted basis, in footnote blocks.
  CHECK(BlockWith(doc, BlockRole::kFootnote,
                  "1 Thông tư số 08/2023/TT-BLĐTBXH ngày 29 tháng 8 năm 2023") != nullptr);
  CHECK(BlockWith(doc, BlockRole::kFootnote, "Theo đề nghị của Vụ trưởng Vụ Pháp chế;") != nullptr);
  CHECK(BlockWith(doc, BlockRole::kFootnote,
                  "Thông tư số 02/2024/TT-BLĐTBXH ngày 23 tháng 02 năm 2024") != nullptr);
  // Điều 1 holds its lead-in and its eleven clauses directly.
  REQUIRE(!doc.tasks.empty());
  const Node& article = doc.tasks.front();
  int clauses = 0;
  for (const Node& child : article.children) {
    CHECK(std::string_view(child.text).find("Thông tư số 08/2023") == std::string_view::npos);
    if (!std::string(child.marker).empty()) ++clauses;
  }
  CHECK(clauses == 11);
}

// The gazette's notes in their other words: "56 Cụm từ “Cục Chính sách” được
// thay thế bằng cụm từ “Cục Chính sách - Xã hội” theo quy định tại …" (the
// cue's "theo quy định tại" is on the note's next line). Real text: the
// corpus's consolidated circular on military funerals (OCR, provenance in
// corpus/metadata.tsv), note 56 on lines 1470–1474, read before as the end of
// the recipients' annex.
TEST_CASE("A consolidated text's note 'được thay thế bằng …' is a footnote",
          "[parse][consolidation_furniture]") {
  Document doc = congvan::testing::ParseString(congvan::testing::ReadFile(
      std::string(CONGVAN_SOURCE_DIR) +
      "/corpus/administrative/2026-vi-circular-bqp-military-funeral-vbhn-ocr.txt"));
  const congvan::Block* note =
      BlockWith(doc, BlockRole::kFootnote, "56 Cụm từ “Cục Chính sách” được thay thế bằng cụm từ");
  REQUIRE(note != nullptr);
  CHECK(note->spans.front().first == 1470);
  CHECK(BlockWith(doc, BlockRole::kAnnex, "56 Cụm từ") == nullptr);
}
