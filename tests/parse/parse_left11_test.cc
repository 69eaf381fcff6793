// The parse faults session 41 named and left (docs/DESIGN.md, "Session 41's
// late review"), each on the real text that shows it: a kind line with a
// consolidation's note mark glued on ("QUYẾT ĐỊNH1"), a law whose name is
// also an agency's ("LUẬT" / "BẢO HIỂM XÃ HỘI"), the sentence naming a
// consolidation's original by its number without "số", and a division's
// word alone on its line above its number ("Tiểu mục" / "2. QUYỀN SỬ DỤNG",
// "Điều" / "27. Yêu cầu …"). Each case fails with its rule removed.
#include <catch2/catch.hpp>
#include <span>
#include <string>
#include <string_view>

#include "congvan/document.h"
#include "support/corpus.h"

using congvan::Block;
using congvan::BlockRole;
using congvan::Document;
using congvan::Node;
using congvan::testing::Contains;
using congvan::testing::ParseRealExcerpt;

namespace {

// The task, at any depth, whose marker is `marker` (nullptr when none).
const Node* WithMarker(std::span<const Node> nodes, std::string_view marker) {
  for (const Node& n : nodes) {
    if (std::string_view(n.marker) == marker) return &n;
    if (const Node* found = WithMarker(n.children.span(), marker)) return found;
  }
  return nullptr;
}

// Whether some block of `role` holds `part`.
bool BlockHolds(const Document& doc, BlockRole role, std::string_view part) {
  for (const Block& b : doc.blocks) {
    if (b.role == role && Contains(b.text, part)) return true;
  }
  return false;
}

}  // namespace

// "QUYẾT ĐỊNH1" (note 1, naming the two decisions consolidated, glued to the
// kind) hid the kind from the grammar's "kind" patterns, which end on a word
// boundary: the kind line alone was the title and its subject went to the
// preamble (kind_line.cc WithoutKindNoteMark, read by top_roles.cc and
// metadata.cc).
TEST_CASE("A kind line with a consolidation's note mark glued on is the kind",
          "[parse][metadata][title][real]") {
  Document doc =
      ParseRealExcerpt("2020-vi-vbhn-16-btc-social-insurance-finance-opening-congbao.txt");
  CHECK(doc.meta.title ==
        "QUYẾT ĐỊNH Cơ chế quản lý tài chính về bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm "
        "thất nghiệp và chi phí quản lý bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp");
  CHECK(doc.meta.kind == "Văn bản hợp nhất");
  CHECK_FALSE(BlockHolds(doc, BlockRole::kPreamble, "Cơ chế quản lý tài chính"));
}

// "LUẬT" / "BẢO HIỂM XÃ HỘI": the second line matched the issuer cue (Bảo
// hiểm xã hội Việt Nam is an agency), so the title was "LUẬT" and the
// issuer the law's name. The letterhead stands above the title: a line in
// capitals under a kind alone is the text's name (top_roles.cc
// NameUnderBareKind).
TEST_CASE("The name under a law's kind is the title's, though an agency bears it",
          "[parse][metadata][title][issuer][real]") {
  Document doc = ParseRealExcerpt("2019-vi-vbhn-50-vpqh-law-named-like-agency-congbao.txt");
  CHECK(doc.meta.title == "LUẬT BẢO HIỂM XÃ HỘI");
  CHECK(doc.meta.issuer != "BẢO HIỂM XÃ HỘI");
  CHECK_FALSE(BlockHolds(doc, BlockRole::kHeader, "BẢO HIỂM XÃ HỘI"));
}

// "Thông tư 38/2015/TT-BLĐTBXH ngày 19 tháng 10 năm 2015 …, được sửa đổi,
// bổ sung bởi:" right under the title's last line names the original by its
// number with no "số" before it: it ends the title as "Thông tư số …" does
// (top_roles.cc OpensWithNumberedKind).
TEST_CASE("A consolidation's original named without 'số' ends the title",
          "[parse][metadata][title][real]") {
  Document doc =
      ParseRealExcerpt("2024-vi-vbhn-1547-bldtbxh-original-named-without-so-congbao.txt");
  CHECK(doc.meta.title ==
        "THÔNG TƯ Quy định về chứng chỉ kỹ năng nghề quốc gia, cấp và quản lý việc cấp "
        "chứng chỉ kỹ năng nghề quốc gia");
}

// The crawler wraps "Tiểu mục" onto a line of its own above "2. QUYỀN SỬ
// DỤNG": read alone, the word was a line of text and "2." a clause of
// Điều 188 (wrapped_division_word.cc: the division's word may be two).
TEST_CASE("'Tiểu mục' alone on its line heads the sub-section numbered below it",
          "[parse][paragraphs][divisions][real]") {
  Document doc = ParseRealExcerpt("2015-vi-civil-code-subsection-word-alone-crawl-excerpt.txt");
  const Node* use = WithMarker(doc.tasks, "Tiểu mục 2.");
  REQUIRE(use != nullptr);
  CHECK(Contains(use->text.view(), "QUYỀN SỬ DỤNG"));
  const Node* disposal = WithMarker(doc.tasks, "Tiểu mục 3.");
  REQUIRE(disposal != nullptr);
  CHECK(Contains(disposal->text.view(), "QUYỀN ĐỊNH ĐOẠT"));
}

// "Điều" alone on its line above "27. Yêu cầu về phát triển công nghiệp
// đường sắt …": the word opens with "Đ", a capital beyond ASCII, which the
// test for a division's word did not take (wrapped_division_word.cc).
TEST_CASE("'Điều' alone on its line heads the article numbered below it",
          "[parse][paragraphs][divisions][real]") {
  Document doc =
      ParseRealExcerpt("2025-vi-vbhn-20-vpqh-railway-article-word-alone-crawl-excerpt.txt");
  for (std::string_view marker : {"Điều 27.", "Điều 28.", "Điều 29."}) {
    INFO(marker);
    CHECK(WithMarker(doc.tasks, marker) != nullptr);
  }
  const Node* investment = WithMarker(doc.tasks, "Điều 28.");
  REQUIRE(investment != nullptr);
  CHECK(Contains(investment->text.view(), "Đầu tư phát triển công nghiệp đường sắt"));
}
