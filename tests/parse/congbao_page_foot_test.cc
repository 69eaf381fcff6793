// The foot of a Công báo page (branch cbfaults5): what the gazette prints
// between a page's text and the next page's running header — its footnotes —
// and what it does to the provision the page ended in. Three rules, each on
// a real text cut from the gazette's PDF text layer (tests/parse/real/
// metadata.tsv):
// - a note the footnote cue missed (it wrapped before "theo quy định tại")
//   is a note when it stands in the notes above a found one
//   (line_roles.cc, MarkNotesAboveFootnotes), so the provision goes on past it;
// - a note number glued to an item's marker ("d)3 Cơ quan …") is not the
//   item's text (footnote_marks.cc, LeadingMarkBytes);
// - after "…;" at a page's foot, a line in lower case on the next page is the
//   same item's rest, but a label of its own ("a.2) …") opens the next item
//   (paragraphs.cc, JoinsWrapped).
#include <catch2/catch.hpp>
#include <span>
#include <string>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::Document;
using congvan::Node;
using congvan::testing::FindTask;

namespace {

// The first node, quoted provisions included, whose text starts with `prefix`.
const Node* FindNodeOrQuoted(std::span<const Node> nodes, const std::string& prefix) {
  for (const Node& n : nodes) {
    if (n.text.starts_with(prefix)) return &n;
    if (const Node* in = FindNodeOrQuoted(n.quoted(), prefix)) return in;
    if (const Node* in = FindNodeOrQuoted(n.children, prefix)) return in;
  }
  return nullptr;
}

bool InFootnote(const Document& doc, const std::string& text) {
  for (const congvan::Block& b : doc.blocks)
    if (b.role == BlockRole::kFootnote && b.text.find(text) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("A note the cue missed is a note when it stands above a found one",
          "[parse][congbao][footnotes]") {
  Document doc = congvan::testing::ParseRealExcerpt(
      "2025-vi-vbhn-22-vpqh-health-insurance-law-opening-congbao.txt");
  // Note 4 wraps before its "theo quy định tại" (lines 181-183), under the
  // page's text and above note 5, which the cue finds (line 184).
  CHECK(InFootnote(doc, "4 Cụm từ “tổ chức bảo hiểm y tế” được thay thế"));
  CHECK(FindTask(doc, "4 Cụm từ") == nullptr);
  // So clause 2 of Article 3 (line 179) goes on with its rest on the next
  // page (lines 204-206).
  const Node* contribution = FindTask(doc, "Mức đóng bảo hiểm y tế được xác định");
  REQUIRE(contribution != nullptr);
  CHECK(contribution->marker == "2.");
  CHECK(contribution->spans.size() == 2);
  CHECK(contribution->spans.back().first == 204);
  CHECK(contribution->text.view().ends_with("tiền trợ cấp hoặc mức tham chiếu."));
  // Note 20 stands between found notes 17-19 and 21 (lines 361-363).
  CHECK(InFootnote(doc, "20 Cụm từ “tổ chức bảo hiểm y tế”"));
  const Node* inspection = FindTask(doc,
                                    "Thanh tra, kiểm tra việc thực hiện quy định của pháp luật về "
                                    "trách nhiệm tham gia bảo hiểm y tế của các đối tượng do Bộ "
                                    "Quốc phòng");
  REQUIRE(inspection != nullptr);
  CHECK(inspection->spans.back().first == 376);
}

TEST_CASE("A note number glued to an item's marker is not the item's text",
          "[parse][congbao][footnotes]") {
  // "d)3 Cơ quan, tổ chức …" (line 93) and "c)4 Cơ quan bảo hiểm xã hội …"
  // (line 112): notes 3 and 4 are printed at the page's foot (lines 124, 126).
  Document doc = congvan::testing::ParseRealExcerpt(
      "2020-vi-vbhn-16-btc-social-insurance-finance-opening-congbao.txt");
  const Node* labour_bodies = FindTask(doc, "Cơ quan, tổ chức thuộc ngành Lao động");
  REQUIRE(labour_bodies != nullptr);
  CHECK(labour_bodies->marker == "d)");
  const Node* insurance_bodies = FindTask(doc, "Cơ quan bảo hiểm xã hội các cấp, tổ chức thuộc");
  REQUIRE(insurance_bodies != nullptr);
  CHECK(insurance_bodies->marker == "c)");
  CHECK(FindTask(doc, "3 Cơ quan") == nullptr);
  CHECK(FindTask(doc, "4 Cơ quan") == nullptr);
}

TEST_CASE("After a semicolon at a page's foot, lower case on the next page goes on",
          "[parse][congbao][paragraphs]") {
  // "… thống nhất với Sở Tư pháp;" (line 155) / page 6's header / "trong
  // thời hạn 10 ngày kể từ ngày nhận được hồ sơ …" (line 161).
  Document doc = congvan::testing::ParseRealExcerpt(
      "2024-vi-circular-28-2024-tt-bkhdt-judicial-experts-opening-congbao.txt");
  const Node* review = FindTask(doc, "Sở Kế hoạch và Đầu tư chủ trì rà soát");
  REQUIRE(review != nullptr);
  CHECK(review->spans.size() == 2);
  CHECK(review->spans.back().first == 161);
  CHECK(FindTask(doc, "trong thời hạn 10 ngày") == nullptr);
}

TEST_CASE("An item label on the next page opens the next item after a semicolon",
          "[parse][congbao][paragraphs]") {
  // "a.1) … ngắn hạn;" (lines 308-309) / page 53's header / "a.2) Tài khoản
  // ngoại tệ …" (line 315): two items, however lower case "a.2)" begins.
  // They sit in the new Điều 8 that Điều 11 quotes ("Sửa đổi, bổ sung Điều
  // 8" / "“Điều 8. …"), so they are looked for among quoted provisions too.
  Document doc = congvan::testing::ParseRealExcerpt(
      "2026-vi-circular-17-2026-tt-nhnn-foreign-accounts-opening-congbao.txt");
  // The labels are sub-point markers now (grammars/vi.xml, vi-subpoint-dot).
  const Node* first = FindNodeOrQuoted(
      doc.tasks, "Tài khoản ngoại tệ ở nước ngoài để thực hiện khoản vay nước ngoài ngắn hạn");
  REQUIRE(first != nullptr);
  CHECK(first->marker == "a.1)");
  CHECK(first->spans.size() == 1);
  const Node* second = FindNodeOrQuoted(
      doc.tasks, "Tài khoản ngoại tệ ở nước ngoài để thực hiện khoản vay nước ngoài phải");
  REQUIRE(second != nullptr);
  CHECK(second->marker == "a.2)");
  CHECK(second->spans.front().first == 315);
}
