// A decision that issues a Quy chế, as provinces printed them in 2025
// (thuvienphapluat.vn pages hard-wrapped near 80 columns; tests/parse/real/
// metadata.tsv): the decision's own Điều 1–3, then the attached regulation
// with its chapters and articles numbered again from 1. Two faults of the
// unseen round new9: the decision's articles, their text on the heading line,
// read as a table of contents (tree_passes.cc, MarkTableOfContents), and an
// attaching line wrapped after "*(Ban" that left the regulation joined to the
// signature (attachments.cc, AttachesAt).
#include <catch2/catch.hpp>
#include <span>
#include <string>

#include "support/corpus.h"

namespace {

size_t TaskCount(std::span<const congvan::Node> nodes) {
  size_t n = nodes.size();
  for (const congvan::Node& node : nodes) n += TaskCount(node.children);
  return n;
}

bool HasRole(const congvan::Document& doc, congvan::BlockRole role, const std::string& part) {
  for (const auto& b : doc.blocks) {
    if (b.role == role && congvan::testing::Contains(b.text, part)) return true;
  }
  return false;
}

}  // namespace

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

TEST_CASE("An attaching line wrapped after '(Ban' still attaches the regulation",
          "[parse][attachments][real]") {
  // Lines 163-170: "**QUY CHẾ**" / "QUẢN LÝ, VẬN HÀNH …" / "HÀNH TRONG …" /
  // "*(Ban" / "hành kèm theo Quyết định số 161/2025/QĐ-UBND ngày 23/11/2025 của
  // Ủy ban nhân" / "dân tỉnh Ninh Bình)*"; then "**Chương I**".
  congvan::Document doc = congvan::testing::ParseRealExcerpt(
      "2025-vi-decision-ninhbinh-161-document-system-rules-web.md");
  REQUIRE(doc.tasks.size() == 4);
  const congvan::Node& rules = doc.tasks[3];
  CHECK(congvan::testing::Contains(rules.text.view(), "QUY CHẾ QUẢN LÝ, VẬN HÀNH"));
  CHECK(TaskCount(doc.tasks) > 100);  // 9 when the regulation was lost to the signature
  CHECK_FALSE(HasRole(doc, congvan::BlockRole::kSignature, "QUY CHẾ"));
}
