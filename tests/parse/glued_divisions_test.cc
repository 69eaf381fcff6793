// Division headings a crawler's copy glued to the heading line above them,
// on a real excerpt (tests/parse/real/metadata.tsv): a division's word at the
// end of a title in capitals, its number on the next line
// (glued_division_words.cc). The glued heading begins inside the line
// (LineSpans::from_byte); the document stays lossless and the AKN round trip
// keeps the cut. The case fails with the pass unwired (parser.cc).
#include <catch2/catch.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/parse.h"
#include "congvan/writers.h"
#include "support/corpus.h"

using congvan::Document;
using congvan::LineSpans;
using congvan::Node;
using congvan::testing::ParseRealExcerpt;

namespace {

std::vector<std::string> ChildMarkers(const Node& node) {
  std::vector<std::string> markers;
  for (const Node& c : node.children.span()) markers.emplace_back(std::string_view(c.marker));
  return markers;
}

const Node* ChildWithMarker(const Node& node, std::string_view marker) {
  for (const Node& c : node.children.span()) {
    if (std::string_view(c.marker) == marker) return &c;
  }
  return nullptr;
}

const Node* TopWithMarker(const Document& doc, std::string_view marker) {
  for (const Node& n : doc.tasks) {
    if (std::string_view(n.marker) == marker) return &n;
  }
  return nullptr;
}

// The document read back from its Akoma Ntoso (the reader runs CheckLossless).
Document AknRoundTrip(const Document& doc) {
  auto back = congvan::ParseBytes(congvan::WriteAkomaNtoso(doc), "roundtrip.akn.xml", {});
  INFO(back.status().ToString());
  REQUIRE(back.ok());
  return std::move(back).value();
}

}  // namespace

// Bộ luật Dân sự 2015's crawl, Chương XIII: "NỘI DUNG QUYỀN SỞ HỮU Tiểu mục"
// / "1. QUYỀN CHIẾM HỮU" (lines 4-5) and "HÌNH THỨC SỞ HỮU Tiểu mục" / "1.
// SỞ HỮU TOÀN DÂN" (41-42). Read whole, each "1." was a clause and the
// section's "Tiểu mục 2" (line 63) fell inside Điều 204.
TEST_CASE("A division's word glued to the title above its number opens that division",
          "[parse][glued]") {
  Document doc =
      ParseRealExcerpt("2015-vi-civil-code-91-2015-qh13-subsection-word-glued-crawl-excerpt.txt");
  const Node* section1 = TopWithMarker(doc, "Mục 1.");
  const Node* section2 = TopWithMarker(doc, "Mục 2.");
  REQUIRE(section1 != nullptr);
  REQUIRE(section2 != nullptr);
  CHECK(std::string_view(section1->text) == "NỘI DUNG QUYỀN SỞ HỮU");
  CHECK(ChildMarkers(*section1) ==
        std::vector<std::string>{"Tiểu mục 1.", "Tiểu mục 2.", "Tiểu mục 3."});
  CHECK(ChildMarkers(*section2) == std::vector<std::string>{"Tiểu mục 1.", "Tiểu mục 2."});
  const Node* possession = ChildWithMarker(*section1, "Tiểu mục 1.");
  REQUIRE(possession != nullptr);
  CHECK(std::string_view(possession->text) == "QUYỀN CHIẾM HỮU");
  CHECK(ChildMarkers(*possession) ==
        std::vector<std::string>{"Điều 186.", "Điều 187.", "Điều 188."});
  const Node* state_owned = ChildWithMarker(*section2, "Tiểu mục 1.");
  REQUIRE(state_owned != nullptr);
  CHECK(state_owned->children.size() == 8);  // Điều 197 to Điều 204
  // The title keeps line 4 up to the word; the word and line 5 are the heading.
  CHECK(section1->spans.front().first == 3);  // the caption "… Mục 1." over the title
  CHECK(section1->spans.back().last == 4);
  CHECK(section1->spans.to_byte() == 30);
  CHECK(possession->spans.front().first == 4);
  CHECK(possession->spans.back().last == 5);
  CHECK(possession->spans.from_byte() == 30);
  CHECK(possession->spans.to_byte() == LineSpans::kLineEnd);
  CHECK(congvan::CheckLossless(doc).empty());
  CHECK(congvan::WriteOutline(doc).find("[4,5:30-]") != std::string::npos);
  Document back = AknRoundTrip(doc);
  const Node* section1_back = TopWithMarker(back, "Mục 1.");
  REQUIRE(section1_back != nullptr);
  REQUIRE(section1_back->children.size() == 3);
  CHECK(section1_back->children.span()[0].spans == possession->spans);
  CHECK(congvan::CheckLossless(back).empty());
}

// Văn bản hợp nhất 06/VBHN-VPQH năm 2024 (Luật Quản lý, sử dụng tài sản công)
// as the crawl keeps it, lines 196-198: "Chương III … ĐƠN VỊ Mục" / "1. QUY
// ĐỊNH CHUNG … ĐƠN VỊ Điều" / "20. Tài sản công …": the section's heading,
// made of the word moved from line 1, ends with the article's word in turn.
// Read whole, line 2 was a clause "1." and Điều 20 text.
TEST_CASE("Division words glued in a chain each join the number below them", "[parse][glued]") {
  Document doc = ParseRealExcerpt(
      "2024-vi-vbhn-06-vpqh-public-assets-chained-division-words-crawl-excerpt.txt");
  const Node* section = TopWithMarker(doc, "Mục 1.");
  REQUIRE(section != nullptr);
  CHECK(std::string_view(section->text) ==
        "QUY ĐỊNH CHUNG VỀ QUẢN LÝ, SỬ DỤNG TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ CHỨC, ĐƠN VỊ");
  CHECK(ChildMarkers(*section) == std::vector<std::string>{"Điều 20.", "Điều 21.", "Điều 22."});
  const Node& article = section->children.span()[0];
  CHECK(std::string_view(article.text) == "Tài sản công tại cơ quan, tổ chức, đơn vị");
  CHECK(article.children.size() == 5);
  // The section from line 1's word to line 2's; the article from there on.
  CHECK(section->spans.front().first == 1);
  CHECK(section->spans.back().last == 2);
  CHECK(section->spans.from_byte() > 0);
  CHECK(article.spans.from_byte() == section->spans.to_byte());
  CHECK(article.spans.back().last == 3);
  CHECK(congvan::CheckLossless(doc).empty());
  CHECK(congvan::CheckLossless(AknRoundTrip(doc)).empty());
}
