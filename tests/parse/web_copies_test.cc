// Web copies of legal portals (line_roles.cc: site box, web caption;
// text_utils.cc: bold and italic runs; paragraphs.cc: short first lines).
// Shape tests written from the pages the corpus holds (HCMC and BNV
// dispatches) and from portal copies without a letterhead: the portal's box
// about the document is furniture whose values are metadata, a letterhead
// cell wrapped inside a bold run is one line, the page's own caption ends
// the text, and paragraphs whose first line kept its indent are joined.
#include <catch2/catch.hpp>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::Document;
using congvan::Language;
using congvan::Node;
using congvan::ParseOptions;
using congvan::testing::FindTask;
using congvan::testing::InLanguage;
using congvan::testing::ParseCorpus;
using congvan::testing::ParseString;

namespace {

const congvan::Block* BlockStarting(const Document& doc, const std::string& prefix) {
  for (const congvan::Block& b : doc.blocks) {
    if (b.text.compare(0, prefix.size(), prefix) == 0) return &b;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("A portal's box without the letterhead is furniture and gives the metadata",
          "[parse][web]") {
  Document doc = ParseString(
      "Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT.\n"
      "|\n**Số hiệu:**\n|\n5435/CT-NVT\n|\n**Loại văn bản:**\n|\nCông văn\n|\n"
      "**Nơi ban hành:**\n|\nCục Thuế\n|\n**Ngày ban hành:**\n|\n21/11/2025\n|\n"
      "**Tình trạng:**\n|\nĐã biết\n|\n"
      "**Kính gửi:**\n- Thuế tỉnh/thành phố;\n- Chi cục Thuế doanh nghiệp lớn.\n"
      "Ngày 25/02/2025, Tổng cục Thuế đã ban hành Công văn số 828/TCT-KK về việc triển khai.\n"
      "1. Tiếp tục tuyên truyền, hướng dẫn các tổ chức chi trả thu nhập.\n"
      "2. Triển khai các giải pháp quản lý thuế.\n",
      InLanguage(Language::kVietnamese));
  CHECK(doc.meta.number == "5435/CT-NVT");  // not the cited 828/TCT-KK
  CHECK(doc.meta.date == "2025-11-21");
  CHECK(doc.meta.issuer == "Cục Thuế");
  CHECK(doc.meta.kind == "Công văn");
  const congvan::Block* box = BlockStarting(doc, "Bản dịch này");
  REQUIRE(box != nullptr);
  CHECK(box->role == BlockRole::kFurniture);
  CHECK(box->spans.back().last >= 20);
  CHECK(doc.tasks.size() == 2);
}

TEST_CASE("A letterhead cell wrapped inside a bold run is one line", "[parse][web]") {
  Document doc = ParseString(
      "|\n**CHÍNH\nPHỦ**\n-------\n|\n**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
      "Độc lập - Tự do - Hạnh phúc\n|\nSố: 304/2025/NĐ-CP\n|\n*Hà Nội, ngày 25\n"
      "tháng 11 năm 2025*\n|\n**NGHỊ ĐỊNH**\nQUY ĐỊNH ĐIỀU KIỆN TÀI SẢN BẢO ĐẢM\n"
      "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định điều kiện tài sản bảo đảm.\n"
      "Điều 2. Đối tượng áp dụng\nNghị định này áp dụng đối với tổ chức tín dụng.\n",
      InLanguage(Language::kVietnamese));
  CHECK(doc.meta.issuer == "CHÍNH PHỦ");
  CHECK(doc.meta.date == "2025-11-25");
  CHECK(doc.meta.number == "304/2025/NĐ-CP");
  const congvan::Block* issuer = BlockStarting(doc, "CHÍNH PHỦ");
  REQUIRE(issuer != nullptr);
  CHECK(issuer->role == BlockRole::kHeader);
  CHECK(doc.tasks.size() == 2);
}

TEST_CASE("A web page's caption of its own document ends the text", "[parse][web]") {
  Document doc = ParseCorpus(
      "administrative/2025-vi-dispatch-hcmc-sgddt-community-learning-centre-evaluation-web.txt");
  // The criteria table has no signature after it; the site's caption
  // ("Công văn 5155/SGDĐT-GDTXNNĐH hướng dẫn …") and what follows are the page's.
  const congvan::Block* caption = BlockStarting(doc, "Công văn 5155/SGDĐT-GDTXNNĐH hướng dẫn");
  REQUIRE(caption != nullptr);
  CHECK(caption->role == BlockRole::kFurniture);
  CHECK(FindTask(doc, "Hiệu lực: Đã biết") == nullptr);
  CHECK(FindTask(doc, "<Nội dung>") == nullptr);
}

TEST_CASE("Indented first lines: a short first line goes on, a short line continued below opens",
          "[parse][web]") {
  Document doc = ParseCorpus(
      "administrative/2025-vi-dispatch-hcmc-sgddt-community-learning-centre-evaluation-web.txt");
  // "2. Việc đánh giá, xếp loại" / "Trung tâm học tập cộng đồng căn cứ …" is one item.
  const Node* two = FindTask(doc, "Việc đánh giá, xếp loại Trung tâm học tập cộng đồng");
  REQUIRE(two != nullptr);
  CHECK(two->ordinal == 2);
  REQUIRE(two->children.size() == 2);
  CHECK(two->children[0].text.rfind("Tổng số điểm tối đa", 0) == 0);
}
