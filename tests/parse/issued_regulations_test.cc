// Decisions that issue a regulation, read from the text layer of their
// signed PDFs (Hà Nội People's Committee, 2024-2025; tests/parse/real/
// metadata.tsv): the two faults these PDFs showed most.
//
// The attached regulation opens on its own page with the issuer's letterhead
// and the national motto above its title, and the PDF spaces every line, so
// its title ("QUY ĐỊNH" / subject / "(Ban hành kèm theo Quyết định số" /
// "70 /2024/QĐ-UBND ngày … thành phố Hà Nội)") is four paragraphs: the
// attached text opens at the kind title (attachments.cc, KindTitleBetween),
// and its heading runs to the attaching line's closing parenthesis
// (tree_builder.cc, OpenAttachment).
//
// A point that enumerates with ';' goes on in lower case across the blank
// line the PDF left ("… trên địa bàn;" / "xây dựng và tổ chức …"):
// paragraphs.cc, JoinsWrapped.
#include <catch2/catch.hpp>
#include <string>

#include "support/corpus.h"

using congvan::Document;
using congvan::Node;
using congvan::testing::Contains;
using congvan::testing::FindTask;

TEST_CASE("An issued regulation's title runs to its attaching line's closing parenthesis",
          "[parse][attachments][pdf]") {
  Document doc = congvan::testing::ParseRealExcerpt(
      "2024-vi-decision-hanoi-70-price-management-pdf-excerpt.txt");
  // Lines 98-107: "QUY ĐỊNH" / "Một số nội dung … về giá hàng hóa, dịch vụ" /
  // "trên địa bàn thành phố Hà Nội" / "(Ban hành kèm theo Quyết định số" /
  // "70 /2024/QĐ-UBND" / "ngày 12 tháng 12 năm 2024 của Ủy ban nhân dân thành phố Hà Nội)".
  REQUIRE(doc.tasks.size() == 4);
  const Node& regulation = doc.tasks[3];
  std::string_view title = regulation.text;
  INFO(title);
  CHECK(title.starts_with("QUY ĐỊNH Một số nội dung quản lý nhà nước về giá"));
  CHECK(Contains(title, "(Ban hành kèm theo Quyết định số 70 /2024/QĐ-UBND"));
  CHECK(title.ends_with("của Ủy ban nhân dân thành phố Hà Nội)"));
  // Its chapters are its first children, numbered afresh, not after the
  // title's lines ("4.1#2 Chương I").
  REQUIRE(!regulation.children.empty());
  CHECK(regulation.children[0].marker == "Chương I");
  CHECK(std::string_view(regulation.children[0].path) == "4.1");
}

TEST_CASE("An issued regulation opens at its kind title, not at the motto above it",
          "[parse][attachments][pdf]") {
  Document doc = congvan::testing::ParseRealExcerpt(
      "2024-vi-decision-hanoi-35-honorary-citizen-pdf-excerpt.txt");
  // Lines 85-95: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh
  // phúc" / "QUY CHẾ" / "Xét tặng danh hiệu …" / "(Kèm theo Quyết định số" /
  // "tháng" / "/2024/QĐ-UBND" / "năm 2024 của Ủy ban nhân dân thành phố Hà Nội)".
  const Node* rules = FindTask(doc, "QUY CHẾ");
  REQUIRE(rules != nullptr);
  std::string_view title = rules->text;
  INFO(title);
  CHECK(!Contains(title, "CỘNG HÒA"));
  CHECK(title.ends_with("năm 2024 của Ủy ban nhân dân thành phố Hà Nội)"));
  REQUIRE(!rules->children.empty());
  CHECK(rules->children[0].marker == "Chương I");
  CHECK(FindTask(doc, "CỘNG HÒA") == nullptr);
}

TEST_CASE("A point's enumeration goes on in lower case after ';' across a PDF's blank line",
          "[parse][paragraphs][pdf]") {
  Document doc = congvan::testing::ParseRealExcerpt(
      "2025-vi-decision-hanoi-13-ethnic-religious-affairs-pdf-excerpt.txt");
  // Lines 75-85: "e) Phối hợp với Sở Nội vụ … trên địa bàn;" / "" / "xây dựng
  // và tổ chức thực hiện đề án ưu tiên tuyển dụng …" / "" / "thành phố Hà Nội."
  const Node* point = FindTask(doc, "Phối hợp với Sở Nội vụ");
  REQUIRE(point != nullptr);
  INFO(std::string_view(point->text));
  CHECK(point->children.empty());
  CHECK(Contains(point->text, "trên địa bàn; xây dựng và tổ chức thực hiện đề án"));
  CHECK(FindTask(doc, "xây dựng và tổ chức") == nullptr);
  // Article 3 of the Hà Nội decision 35/2024 (lines 51-55 of its excerpt):
  // "… Giám đốc Sở Nội vụ;" / "" / "thủ trưởng các sở, ban, ngành …".
  Document decision = congvan::testing::ParseRealExcerpt(
      "2024-vi-decision-hanoi-35-honorary-citizen-pdf-excerpt.txt");
  const Node* article = FindTask(decision, "Ch nh Văn phòng");
  REQUIRE(article != nullptr);
  CHECK(Contains(article->text, "Sở Nội vụ; thủ trưởng các sở, ban, ngành"));
  CHECK(FindTask(decision, "thủ trưởng các sở") == nullptr);
}
