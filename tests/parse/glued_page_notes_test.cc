// Page-foot notes of PDFs made from Word (glued_page_notes.cc): the note's
// number lost its superscript and opens a line at the page's foot, and the
// body glued the same number to a word ("tỉnh10 và", "thành phố1."). Each
// case reads a real excerpt (tests/parse/real/metadata.tsv, `congvan extract`
// of the signed PDF) and fails with MarkGluedPageNotes removed.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::testing::FindTask;
using congvan::testing::ParentOf;
using congvan::testing::ParseRealExcerpt;

namespace {

const congvan::Block* BlockAt(const congvan::Document& doc, int line) {
  for (const congvan::Block& b : doc.blocks) {
    for (const auto& span : b.spans) {
      if (span.first <= line && line <= span.last) return &b;
    }
  }
  return nullptr;
}

bool DiagnosedAt(const congvan::Document& doc, int line) {
  for (const auto& d : doc.diagnostics) {
    if (d.line == line) return true;
  }
  return false;
}

}  // namespace

// A provincial report's pages 10-13 (1.5-spaced body, single-spaced notes):
// notes 10 and 11 at page 10's foot, 11's rest at the top of page 11's foot
// above note 12 ("quả giải quyết TTHC, …" in lower case), notes 13 ("13 08 chi
// cục …": a count's zero after the number) and 14 at page 12's, 15 at 13's.
TEST_CASE("Page-foot notes whose numbers the body glued are footnotes",
          "[parse][roles][footnote]") {
  congvan::Document doc =
      ParseRealExcerpt("2025-vi-report-lamdong-329-bc-ubnd-cchc-pages-10-13-pdf.txt");
  // 41 "10 Trung tâm Phục vụ …", 48 "11 Tỉnh đã thành lập …", 94 "quả giải
  // quyết TTHC, …" (11's rest), 98 "12 Văn phòng UBND tỉnh; …", 163 "13 08 chi
  // cục …", 168 "14 Ban Quản lý …", 217 "15 Quyết định số 1053/QĐ-UBND …".
  for (int line : {41, 48, 94, 98, 163, 168, 217}) {
    const congvan::Block* note = BlockAt(doc, line);
    INFO("line " << line);
    REQUIRE(note != nullptr);
    CHECK(note->role == BlockRole::kFootnote);
    CHECK_FALSE(DiagnosedAt(doc, line));  // "'10' does not continue any open list"
  }
  CHECK(FindTask(doc, "10 Trung tâm") == nullptr);
  CHECK(FindTask(doc, "15 Quyết định") == nullptr);
  // The paragraph the page broke ("… đối với 14 sở, ngành12, 12 chi" / notes /
  // "cục13 và 57 đơn vị …") is one again, its marks the notes' references.
  const congvan::Node* broken =
      FindTask(doc, "Ủy ban nhân dân tỉnh đã ban hành Quyết định thành lập");
  REQUIRE(broken != nullptr);
  CHECK(broken->text.view().find("12 chi cục và 57 đơn vị") != std::string_view::npos);
  // A body line that opens with a count is body ("41 văn bản …" is not here;
  // "Kho bạc Nhà nước khu vực XVI 11 TTHC" keeps its number).
  const congvan::Node* count = FindTask(doc, "Trong năm 2025, căn cứ các Quyết định công bố TTHC");
  REQUIRE(count != nullptr);
  CHECK(count->text.view().find("XVI 11 TTHC") != std::string_view::npos);
}

// A People's Council supervision team's notice: the note "1. Phường: An Phú,
// …" at page 1's foot (the body: "… của từng huyện, thị xã, thành phố1.")
// stood between members (2) and (3) of a team's list, so "(3)" was a gap and
// the next page's "2. Phường: …" note a repaired item that took "(8)" from
// its list.
TEST_CASE("A numbered page-foot note does not break the list around it",
          "[parse][roles][footnote]") {
  congvan::Document doc =
      ParseRealExcerpt("2021-vi-notice-binhduong-11-tb-dgs-supervision-team-pdf.txt");
  for (int line : {56, 112}) {  // "1. Phường: …", "2. Phường: …"
    const congvan::Block* note = BlockAt(doc, line);
    INFO("line " << line);
    REQUIRE(note != nullptr);
    CHECK(note->role == BlockRole::kFootnote);
    CHECK_FALSE(DiagnosedAt(doc, line));
  }
  CHECK_FALSE(DiagnosedAt(doc, 60));   // "(3) Bà Trần Thị Hồng Hạnh …"
  CHECK_FALSE(DiagnosedAt(doc, 116));  // "(8) Ông Nguyễn Thanh Toàn …"
  const congvan::Node* third = FindTask(doc, "Bà Trần Thị Hồng Hạnh");
  const congvan::Node* first = FindTask(doc, "Bà Nguyễn Trường Nhật Phượng");
  REQUIRE(third != nullptr);
  REQUIRE(first != nullptr);
  CHECK(third->marker == "(3)");
  CHECK(ParentOf(doc, third) == ParentOf(doc, first));
  const congvan::Node* eighth = FindTask(doc, "Ông Nguyễn Thanh Toàn");
  const congvan::Node* team_two_first = FindTask(doc, "Ông Trịnh Đức Tài");
  REQUIRE(eighth != nullptr);
  REQUIRE(team_two_first != nullptr);
  CHECK(ParentOf(doc, eighth) == ParentOf(doc, team_two_first));
}
