// A chapter heading wrapped inside its bold run, as a legal portal's Markdown
// wraps lines near 80 columns (tests/parse/real/metadata.tsv: Quyết định
// 71/2025/QĐ-UBND of Hà Nội and the rules it issues; docs/DESIGN.md,
// "Documents nobody here has seen", branch newsrc8).
//
// "**Chương" / "I**" and "**XỬ" / "LÝ VI PHẠM**": the line-role stage reads
// the numeral "I" and the word "XỬ" alone and takes them for noise, and the
// rules' chapters were lost ("Chương" as a bullet, its title cut to "LÝ VI
// PHẠM", every article one level too high). A noise line inside a bold run
// wrapped over two lines is a piece of the heading (bold_run_pieces.cc).
#include <catch2/catch.hpp>
#include <string>

#include "support/corpus.h"

using congvan::Document;
using congvan::Node;
using congvan::testing::FindTask;
using congvan::testing::ParentOf;

TEST_CASE("A chapter wrapped inside its bold run keeps its numeral and title", "[parse][real]") {
  Document doc =
      congvan::testing::ParseRealExcerpt("2025-vi-decision-hanoi-71-capital-citizen-rules-web.txt");
  // The issued rules (lines 91-97) hold four chapters, lines 99-100 "**Chương"
  // / "I**" to 301-302 "**Chương" / "IV**".
  const Node* rules = FindTask(doc, "QUY CHẾ XÉT TẶNG DANH HIỆU");
  REQUIRE(rules != nullptr);
  REQUIRE(rules->children.size() == 4);
  CHECK(rules->children[0].marker == "Chương I");
  CHECK(rules->children[0].text == "QUY ĐỊNH CHUNG");
  CHECK(rules->children[2].marker == "Chương III");
  // Lines 274-275: "**XỬ" / "LÝ VI PHẠM**".
  CHECK(rules->children[2].text == "XỬ LÝ VI PHẠM");
  CHECK(rules->children[3].marker == "Chương IV");
  CHECK(rules->children[3].text == "TỔ CHỨC THỰC HIỆN");
  // Articles sit in their chapters: Điều 9 in Chương III.
  const Node* article = FindTask(doc, "Xử lý vi phạm");
  REQUIRE(article != nullptr);
  CHECK(ParentOf(doc, article) == &rules->children[2]);
}
