// Tree faults found on real documents outside the corpus and left by earlier
// rounds (DESIGN, "The tree's leftovers on real documents"): headings whose
// bold run closes after their marker, a crawler's caption before a division
// heading. Each case reads a real excerpt (tests/parse/real/metadata.tsv) and
// fails with its rule removed.
#include <catch2/catch.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "support/corpus.h"

using congvan::Node;
using congvan::testing::ParseRealExcerpt;

namespace {

// The first task with `marker`, at any depth, quoted provisions included.
const Node* FindMarker(std::span<const Node> nodes, std::string_view marker) {
  for (const Node& n : nodes) {
    if (std::string_view(n.marker) == marker) return &n;
    if (const Node* in = FindMarker(n.children.span(), marker)) return in;
    if (const Node* in = FindMarker(n.quoted(), marker)) return in;
  }
  return nullptr;
}

std::vector<std::string> ChildMarkers(const Node& node) {
  std::vector<std::string> markers;
  for (const Node& c : node.children.span()) markers.emplace_back(std::string_view(c.marker));
  return markers;
}

}  // namespace

// "**Điều 4. **Chánh" / "Văn phòng Ủy ban nhân dân tỉnh; …" (Quyết định
// 2682/QĐ-UBND of Vĩnh Long, 2025): the bold run holds only the marker, so
// the text after it is no title but the start of the article's sentence,
// wrapped before a capital. The text had been cut after "Chánh", the rest an
// unmarked child (paragraphs.cc, TextAfterBoldMarker).
TEST_CASE("An article whose bold run closes after its marker keeps its wrapped sentence",
          "[parse][paragraphs][bold]") {
  congvan::Document doc =
      ParseRealExcerpt("2025-vi-decision-vinhlong-2682-commune-procedures-bold-marker-web.md");
  const Node* article = FindMarker(doc.tasks, "Điều 4.");
  REQUIRE(article != nullptr);
  std::string_view text = article->text;
  CHECK(text.starts_with("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Công an tỉnh;"));
  CHECK(text.ends_with("chịu trách nhiệm thi hành Quyết định này."));
  // The closing sentence after a blank line stays a paragraph of its own.
  REQUIRE(article->children.size() == 1);
  CHECK(
      std::string_view(article->children.span()[0].text).starts_with("Quyết định này có hiệu lực"));
  // Titled articles are as they were: "**Điều 1. **Công" / "bố …" joined in
  // lower case.
  const Node* first = FindMarker(doc.tasks, "Điều 1.");
  REQUIRE(first != nullptr);
  CHECK(std::string_view(first->text).starts_with("Công bố kèm theo Quyết định này danh mục"));
  // Several words after the run, the sentence wrapped before a capital
  // ("**Điều 3.** Các thành viên Ban" / "Chỉ đạo, Bộ trưởng, …", Quyết định
  // 170/QĐ-BCĐNNDL): "Các thành viên Ban" had been the article's title.
  congvan::Document rules =
      ParseRealExcerpt("2025-vi-decision-170-bcdnndl-tourism-steering-bold-marker-web.md");
  const Node* third = FindMarker(rules.tasks, "Điều 3.");
  REQUIRE(third != nullptr);
  CHECK(std::string_view(third->text).starts_with("Các thành viên Ban Chỉ đạo, Bộ trưởng,"));
  CHECK(third->children.size() == 0);
}

// A portal crawl writes the page's caption before each division heading
// ("Văn bản Luat Kinh doanh. Mục 1. QUY ĐỊNH CHUNG", as it writes "Luật Nhà ở
// 2023. Mục 1." and "Văn bản hợp nhất 26/VBHN-VPQH năm 2024. Mục 1."): the
// caption is the grammar's lead, whatever kind of text it names
// (grammars/vi.xml <lead>). A caption opening "Văn bản" had hidden the Mục.
TEST_CASE("A crawler's caption before a section heading is no part of it",
          "[parse][grammar][lead]") {
  congvan::Document law = ParseRealExcerpt(
      "2014-vi-law-66-2014-qh13-real-estate-business-crawl-caption-sections-excerpt.txt");
  const Node* chapter = FindMarker(law.tasks, "Chương II");
  REQUIRE(chapter != nullptr);
  std::vector<std::string> sections = ChildMarkers(*chapter);
  REQUIRE(sections.size() == 2);
  CHECK(sections[0] == "Mục 1.");
  CHECK(sections[1] == "Mục 2.");
  CHECK(std::string_view(chapter->children.span()[0].text) == "QUY ĐỊNH CHUNG");
  const Node* article = FindMarker(law.tasks, "Điều 9.");
  REQUIRE(article != nullptr);
  CHECK(article == &chapter->children.span()[0].children.span()[0]);
}

// "**Điều 1.** Sửa đổi, bổ sung" (Nghị quyết 66/2025/NQ-HĐND of Hà Nội): the
// run closes on the marker's dot. The article pattern read one '*' with the
// marker and left the other before the text, so no article was read: the
// three were the preamble's (grammars/vi.xml, vi-article). A title after the
// run keeps its text below it ("**Điều 3.** Hiệu lực thi hành" / "Nghị quyết
// có hiệu lực …"), several words being no wrapped sentence.
TEST_CASE("An article whose bold run closes on its dot is an article", "[parse][grammar][bold]") {
  congvan::Document doc =
      ParseRealExcerpt("2025-vi-resolution-hanoi-66-heritage-fees-bold-marker-web.md");
  REQUIRE(doc.tasks.size() == 3);
  CHECK(std::string_view(doc.tasks[0].marker) == "Điều 1.");
  CHECK(std::string_view(doc.tasks[0].text)
            .starts_with("Sửa đổi, bổ sung quy định về phí tham quan"));
  CHECK(std::string_view(doc.tasks[1].marker) == "Điều 2.");
  CHECK(doc.tasks[1].children.size() == 4);
  const Node& third = doc.tasks[2];
  CHECK(std::string_view(third.marker) == "Điều 3.");
  CHECK(std::string_view(third.text) == "Hiệu lực thi hành");
  REQUIRE(third.children.size() == 1);
  CHECK(std::string_view(third.children.span()[0].text)
            .starts_with("Nghị quyết có hiệu lực thi hành"));
}

// "Mục 2" / "HOẠT ĐỘNG ĐA DẠNG HÓA SINH KẾ, PHÁT TRIỂN MÔ HÌNH" / "GIẢM NGHÈO
// DO BỘ, CƠ QUAN TRUNG ƯƠNG HOẶC CƠ QUAN," / "ĐƠN VỊ VÀ CẤP TRỰC THUỘC BỘ, CƠ
// QUAN TRUNG ƯƠNG THỰC HIỆN" (Thông tư 03/2024/TT-BLĐTBXH, Công báo): the
// last two lines, one paragraph of 22 words, passed the 14 words a heading
// line's rest may hold and became an unnumbered child of the section; the
// bound is per line (tree_builder.cc, ExtendCapitalTitle).
TEST_CASE("A section title in capitals wrapped over three lines is one title",
          "[parse][tree][headings]") {
  congvan::Document doc =
      ParseRealExcerpt("2024-vi-circular-03-2024-tt-bldtbxh-livelihoods-section-title-congbao.txt");
  const Node* section = FindMarker(doc.tasks, "Mục 2");
  REQUIRE(section != nullptr);
  CHECK(std::string_view(section->text) ==
        "HOẠT ĐỘNG ĐA DẠNG HÓA SINH KẾ, PHÁT TRIỂN MÔ HÌNH GIẢM NGHÈO DO BỘ, CƠ QUAN TRUNG ƯƠNG "
        "HOẶC CƠ QUAN, ĐƠN VỊ VÀ CẤP TRỰC THUỘC BỘ, CƠ QUAN TRUNG ƯƠNG THỰC HIỆN");
  REQUIRE(section->children.size() == 1);
  CHECK(std::string_view(section->children.span()[0].marker) == "Điều 5.");
}

// "Mục 2" / … / "Điều 7.4 Thẩm quyền cấp, cấp lại và thu hồi …" (VBHN
// 1798/VBHN-BLĐTBXH, Công báo): a consolidation's note 4 glued to the number
// of the first article of a new section. The reading without the mark
// ("Điều 7.") was taken only where it continued an open list, and the
// section had none open: the article was text under Mục 2. Articles are
// numbered through the text, so a reading that goes on from the last one
// opens where PlaceOpener would (marker_repairs.cc).
TEST_CASE("A note mark glued to a section's first article does not hide it",
          "[parse][tree][repairs]") {
  congvan::Document doc = ParseRealExcerpt(
      "2023-vi-vbhn-1798-bldtbxh-vocational-accreditation-note-mark-article-congbao.txt");
  const Node* section = FindMarker(doc.tasks, "Mục 2");
  REQUIRE(section != nullptr);
  std::vector<std::string> articles = ChildMarkers(*section);
  REQUIRE(articles.size() == 2);
  CHECK(articles[0] == "Điều 7.");
  CHECK(articles[1] == "Điều 8.");
  CHECK(std::string_view(section->children.span()[0].text)
            .starts_with("Thẩm quyền cấp, cấp lại và thu hồi Giấy chứng nhận"));
}
