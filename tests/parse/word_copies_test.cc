// Laws, decrees and circulars as Word files (.docx) from thuvienphapluat.vn,
// read by congvan's Word reader (tests/parse/real/metadata.tsv): the faults
// these copies showed most (docs/DESIGN.md, "Documents nobody here has seen",
// branch newsrc6). The fixtures are `congvan extract` of the .docx: a Word
// table comes out one cell per line between "|" lines, and the letterhead,
// the signature and every form of an annex are tables.
//
// A table's "|" parts two cells, not two pages: a form repeated in every
// annex ("Nơi nhận:", "NGƯỜI LẬP BIỂU", "(Ký, họ tên)") is no running header
// (line_roles.cc, PageEdgeBlank). The text between two tables, a law's last
// article, is no cell of either (tables.cc, ContentCell). "Nơi nhận báo cáo
// tài chính …" is a provision's sentence, not the recipients' head
// (grammars/vi.xml). A form's field in capitals ("HỘ, CÁ NHÂN KINH DOANH:
// …..") is no attached text's title (attachments.cc, EndsWithFillDots).
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::Document;
using congvan::Node;
using congvan::testing::Contains;
using congvan::testing::FindTask;
using congvan::testing::ParentOf;

namespace {

int CountBlocks(const Document& doc, BlockRole role) {
  int n = 0;
  for (const congvan::Block& b : doc.blocks) n += b.role == role ? 1 : 0;
  return n;
}

const congvan::Block* FirstBlock(const Document& doc, BlockRole role) {
  for (const congvan::Block& b : doc.blocks) {
    if (b.role == role) return &b;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("A law's last article after a Word table is an article, not a cell",
          "[parse][tables][docx]") {
  Document doc =
      congvan::testing::ParseRealExcerpt("2026-vi-law-09-2026-qh16-tax-amendments-docx.txt");
  // Lines 24-71: "Điều 4. … pin tại điểm g mục 4 …" and its table of rates,
  // closed by "|" on line 71; line 72 "Điều 5. Hiệu lực thi hành", then the
  // signature's table ("|" / "CHỦ TỊCH QUỐC HỘI" / … / "Trần Thanh Mẫn").
  REQUIRE(doc.tasks.size() == 5);
  CHECK(doc.tasks[3].marker == "Điều 4.");
  CHECK(Contains(doc.tasks[3].text, "Xe ô tô pick-up chở hàng cabin kép"));
  CHECK(doc.tasks[4].marker == "Điều 5.");
  CHECK(std::string_view(doc.tasks[4].text).starts_with("Hiệu lực thi hành"));
  REQUIRE(doc.tasks[4].children.size() == 2);
  const congvan::Block* signature = FirstBlock(doc, BlockRole::kSignature);
  REQUIRE(signature != nullptr);
  CHECK(Contains(signature->text, "Trần Thanh Mẫn"));
}

TEST_CASE("'Nơi nhận báo cáo tài chính …' is a provision's sentence, not the recipients",
          "[parse][roles][docx]") {
  Document doc = congvan::testing::ParseRealExcerpt(
      "2026-vi-circular-58-2026-tt-btc-micro-accounting-docx-excerpt.txt");
  // Line 25 "Nơi nhận báo cáo tài chính của doanh nghiệp siêu nhỏ …" in
  // Điều 10's point a); the recipients' head is "Nơi nhận:" on line 81.
  const Node* sentence = FindTask(doc, "Nơi nhận báo cáo tài chính");
  REQUIRE(sentence != nullptr);
  const Node* point = ParentOf(doc, sentence);
  REQUIRE(point != nullptr);
  CHECK(point->marker == "a)");
  const Node* article11 = FindTask(doc, "Chuyển số dư trên sổ kế toán");
  REQUIRE(article11 != nullptr);
  CHECK(article11->marker == "Điều 11.");
  const Node* article12 = FindTask(doc, "Hiệu lực thi hành");
  REQUIRE(article12 != nullptr);
  CHECK(article12->marker == "Điều 12.");
  REQUIRE(CountBlocks(doc, BlockRole::kRecipients) == 1);
  CHECK(std::string_view(FirstBlock(doc, BlockRole::kRecipients)->text)
            .starts_with("Nơi nhận:\n- Ban Bí thư Trung ương Đảng;"));
}

TEST_CASE("A form's cells repeated annex after annex are no running headers",
          "[parse][roles][tables][docx]") {
  Document doc = congvan::testing::ParseRealExcerpt(
      "2020-vi-decree-125-2020-nd-cp-tax-penalty-forms-docx-excerpt.txt");
  // Line 30 "Nơi nhận:" heads the decree's recipients, in the table of its
  // signature; the forms of its annex (Mẫu số 01/QĐ, 02/QĐ, 03/QĐ) repeat
  // "Nơi nhận:", "QUYẾT ĐỊNH", "Mẫu số: …" in their own tables.
  CHECK(CountBlocks(doc, BlockRole::kRunningHeader) == 0);
  CHECK(CountBlocks(doc, BlockRole::kPageNumber) == 0);
  REQUIRE(CountBlocks(doc, BlockRole::kRecipients) == 1);
  CHECK(std::string_view(FirstBlock(doc, BlockRole::kRecipients)->text)
            .starts_with("Nơi nhận:\n- Ban Bí thư Trung ương Đảng;"));
  // "TM. CHÍNH PHỦ" / "THỦ TƯỚNG" / "Nguyễn Xuân Phúc": the signer's title is
  // the signature's, not the capital title of an attached text.
  const congvan::Block* signature = FirstBlock(doc, BlockRole::kSignature);
  REQUIRE(signature != nullptr);
  CHECK(signature->text == "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Xuân Phúc");
  const congvan::Block* annex = FirstBlock(doc, BlockRole::kAnnex);
  REQUIRE(annex != nullptr);
  CHECK(std::string_view(annex->text).starts_with("PHỤ LỤC"));
  // The decree's last article ends its tasks.
  REQUIRE(!doc.tasks.empty());
  CHECK(doc.tasks.back().marker == "Điều 47.");
}

TEST_CASE("A form's field in capitals is no attached text's title", "[parse][attachments][docx]") {
  Document doc = congvan::testing::ParseRealExcerpt(
      "2025-vi-circular-152-2025-tt-btc-household-accounting-docx-opening.txt");
  // Lines 42-125: the form "Mẫu số S1a-HKD" in Điều 4's clause 1, its first
  // cell "HỘ, CÁ NHÂN KINH DOANH: ….." / "Địa chỉ: …" / "Mã số thuế: …", then
  // "(Kèm theo Thông tư số 152/2025/TT-BTC …)"; line 126 "2. Phương pháp ghi sổ".
  REQUIRE(doc.tasks.size() == 2);
  CHECK(doc.tasks[1].marker == "Chương II");
  const Node* clause2 = FindTask(doc, "Phương pháp ghi sổ");
  REQUIRE(clause2 != nullptr);
  CHECK(clause2->marker == "2.");
  const Node* article = ParentOf(doc, clause2);
  REQUIRE(article != nullptr);
  CHECK(article->marker == "Điều 4.");
}

TEST_CASE("A form's signing box inside an article does not end the text",
          "[parse][signature][forms]") {
  // Công báo copy of Thông tư 58/2026/TT-BTC: Điều 9 prints its forms, each
  // with a signing box ("GIÁM ĐỐC" / "(Ký, ghi rõ họ tên, đóng" / "dấu)",
  // lines 1804-1806); the text goes on with Điều 10-12 and is signed by "Tạ
  // Anh Tuấn" (lines 2477-2480). A box with a signing placeholder is a form's.
  Document doc = congvan::testing::ParseRealExcerpt(
      "2026-vi-circular-58-2026-tt-btc-micro-enterprise-accounting-congbao.txt");
  REQUIRE(FindTask(doc, "Hiệu lực thi hành") != nullptr);
  CHECK(FindTask(doc, "Hiệu lực thi hành")->marker == "Điều 12.");
  std::string signature;
  for (const congvan::Block& b : doc.blocks)
    if (b.role == BlockRole::kSignature) signature += b.text + "\n";
  CHECK(signature.find("Tạ Anh Tuấn") != std::string::npos);
  CHECK(signature.find("GIÁM ĐỐC") == std::string::npos);
}
