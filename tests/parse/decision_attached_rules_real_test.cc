// A decision that issues a Quy chế, as provinces printed them in 2025
// (thuvienphapluat.vn pages hard-wrapped near 80 columns; tests/parse/real/
// metadata.tsv): the decision's own Điều 1–3, then the attached regulation
// with its chapters and articles numbered again from 1. Two faults of the
// unseen round new9: the decision's articles, their text on the heading line,
// read as a table of contents (tree_passes.cc, MarkTableOfContents), and an
// attaching line wrapped after "*(Ban" that left the regulation joined to the
// signature (attachments.cc, AttachesAt).
#include <catch2/catch.hpp>

#include "support/corpus.h"

TEST_CASE("A decision's articles whose text runs on as a sentence are no table of contents",
          "[parse][toc][real]") {
  // Lines 55-66: "**Điều 1. **Ban hành kèm" / "theo Quyết định này Quy chế …
  // Phú Thọ." … "**Điều 3. **Chánh Văn phòng …"; then the signature, "**QUY
  // CHẾ**", "*(Ban hành kèm theo Quyết định số *102 */2025 /QĐ-CTUBND)*",
  // "**Chương I**" and the regulation's "**Điều 1. Phạm vi điều chỉnh,".
  congvan::Document doc = congvan::testing::ParseRealExcerpt(
      "2025-vi-decision-phutho-102-religion-coordination-rules-web.md");
  for (const auto& b : doc.blocks) CHECK(b.role != congvan::BlockRole::kTableOfContents);
  REQUIRE(doc.tasks.size() == 4);  // the decision's three articles and the Quy chế
  CHECK(congvan::testing::Contains(doc.tasks[0].text.view(), "Ban hành kèm"));
  CHECK(congvan::testing::Contains(doc.tasks[1].text.view(), "có hiệu lực kể từ ngày 01"));
  CHECK(congvan::testing::Contains(doc.tasks[3].text.view(), "QUY CHẾ"));
  CHECK_FALSE(doc.tasks[3].children.empty());
}
