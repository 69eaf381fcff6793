// The traps of each corpus text (docs/DESIGN.md), asserted on the real files.
#include <catch2/catch.hpp>

#include "support/corpus.h"

using congvan::Block;
using congvan::BlockRole;
using congvan::Document;
using congvan::Node;
using congvan::testing::FindTask;
using congvan::testing::ParentOf;
using congvan::testing::ParseCorpus;

namespace {

// The role of the block that holds source line `line`, or nullopt when the
// line belongs to a task.
std::optional<BlockRole> RoleOfLine(const Document& doc, int line) {
  for (const Block& b : doc.blocks) {
    for (const auto& s : b.spans) {
      if (line >= s.first && line <= s.last) return b.role;
    }
  }
  return std::nullopt;
}

bool AnyTaskContains(const Document& doc, const std::string& needle) {
  bool found = false;
  congvan::ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
    found = found || n.text.find(needle) != std::string::npos;
  });
  return found;
}

}  // namespace

TEST_CASE("2021 dispatch: four sections, addressees and recipients are lists, not tasks",
          "[parse][corpus]") {
  Document doc = ParseCorpus("gender-equality/2021-vi-dispatch.txt");
  CHECK(doc.language == congvan::Language::kVietnamese);
  REQUIRE(doc.tasks.size() == 4);
  CHECK(doc.tasks[1].children.size() == 3);  // a) b) c)
  CHECK(doc.tasks[1].children[2].marker == "c)");
  CHECK(doc.tasks[3].children.size() == 6);
  for (int line = 1; line <= 4; ++line) CHECK(RoleOfLine(doc, line) == BlockRole::kAddressees);
  for (int line = 36; line <= 46; ++line) CHECK(RoleOfLine(doc, line) == BlockRole::kRecipients);
  CHECK(RoleOfLine(doc, 33) == BlockRole::kClosing);
  CHECK(RoleOfLine(doc, 8) == BlockRole::kPreamble);
  CHECK_FALSE(AnyTaskContains(doc, "Như trên"));
  CHECK_FALSE(AnyTaskContains(doc, "Trong quá trình thực hiện"));
  // The rewarding task hangs under section 4.
  const Node* reward = FindTask(doc, "Tổ chức khen thưởng");
  REQUIRE(reward != nullptr);
  CHECK(ParentOf(doc, reward) == &doc.tasks[3]);
  CHECK(doc.meta.year == 2021);
  CHECK(doc.meta.issuer == "Bộ Lao động - Thương binh và Xã hội");
}

TEST_CASE("2023 summary: six ordinal sections; player residue and captions are media",
          "[parse][corpus]") {
  Document doc = ParseCorpus("gender-equality/2023-vi-news-summary.txt");
  REQUIRE(doc.tasks.size() == 6);
  CHECK(doc.tasks[5].marker == "Thứ sáu,");
  for (int line : {4, 5, 6, 7}) CHECK(RoleOfLine(doc, line) == BlockRole::kMedia);
  CHECK(RoleOfLine(doc, 1) == BlockRole::kTitle);
  CHECK(RoleOfLine(doc, 3) == BlockRole::kLead);
  // Unnumbered paragraphs belong to the section above them.
  CHECK(doc.tasks[0].children.size() == 2);
  CHECK(doc.tasks[4].children.size() == 8);
  const Node* reward = FindTask(doc, "Khen thưởng, biểu dương");
  REQUIRE(reward != nullptr);
  CHECK(ParentOf(doc, reward) == &doc.tasks[4]);
  // The near-duplicate paragraph is kept, not merged away.
  CHECK(doc.tasks[1].children.size() == 5);
  // "công văn số" is followed by no number: none is invented.
  CHECK(doc.meta.number.empty());
  CHECK(doc.meta.year == 2023);
  CHECK(doc.meta.date.empty());  // 6/1/2023 is the cited resolution's date
  REQUIRE_FALSE(doc.meta.references.empty());
  CHECK(doc.meta.references[0].number == "01/NQ-CP");
  CHECK(doc.meta.references[0].date == "2023-01-06");
}

TEST_CASE("2024 Q&A: six numbered tasks, dash and plus items, footer and caption are blocks",
          "[parse][corpus]") {
  Document doc = ParseCorpus("gender-equality/2024-en-qa-summary.txt");
  CHECK(doc.language == congvan::Language::kEnglish);
  REQUIRE(doc.tasks.size() == 6);
  CHECK(doc.tasks[3].children.size() == 3);  // three programmes under (4)
  CHECK(RoleOfLine(doc, 1) == BlockRole::kTitle);
  CHECK(RoleOfLine(doc, 2) == BlockRole::kMedia);
  CHECK(RoleOfLine(doc, 30) == BlockRole::kAuthor);
  for (int line : {31, 32, 33}) CHECK(RoleOfLine(doc, line) == BlockRole::kFooter);
  // The unnumbered paragraph between dash items stays under (5).
  const Node* regime = FindTask(doc, "Strictly implementing the information");
  REQUIRE(regime != nullptr);
  CHECK(ParentOf(doc, regime) == &doc.tasks[4]);
  // "2021–2030" with an en dash inside a task is text, not a bullet.
  const Node* strategy = FindTask(doc, "Implement the National Gender Equality Strategy");
  REQUIRE(strategy != nullptr);
  CHECK(strategy->text.find("2021–2030") != std::string::npos);
  // "+" items nest under the paragraph that announces them.
  const Node* plus = FindTask(doc, "Communicate the Party");
  REQUIRE(plus != nullptr);
  CHECK(plus->marker == "+");
  CHECK(doc.meta.number == "1303/ML-IAS-SOCIAL");
  CHECK(doc.meta.date == "2024-03-29");
  bool circular = false;
  for (const auto& r : doc.meta.references) {
    circular = circular || (r.number == "10/2019/TT-BKHDT" && r.date == "2019-07-30");
  }
  CHECK(circular);
}

TEST_CASE("2025 summary: no numbering, the 'as follows:' paragraph owns the list",
          "[parse][corpus]") {
  Document doc = ParseCorpus("gender-equality/2025-en-news-summary.txt");
  REQUIRE(doc.tasks.size() == 1);
  CHECK(doc.tasks[0].text.find("as follows:") != std::string::npos);
  CHECK(doc.tasks[0].children.size() == 11);
  CHECK(RoleOfLine(doc, 1) == BlockRole::kPreamble);
  CHECK(doc.meta.year == 2025);
}

TEST_CASE("2024 provincial report: '20/24 targets' is a heading, not a marker", "[parse][corpus]") {
  Document doc = ParseCorpus("gender-equality/2024-en-provincial-report.txt");
  const Node* targets = FindTask(doc, "20/24 targets achieved");
  REQUIRE(targets != nullptr);
  CHECK(targets->marker.empty());
  CHECK(ParentOf(doc, targets) == nullptr);
  CHECK_FALSE(targets->children.empty());
  CHECK(RoleOfLine(doc, 2) == BlockRole::kLead);
  CHECK(RoleOfLine(doc, 1) == BlockRole::kTitle);
  const Node* stat = FindTask(doc, "Thanks to that, in 2023, Nghe An had 20/24");
  REQUIRE(stat != nullptr);
  CHECK(ParentOf(doc, stat) == targets);
}

TEST_CASE("OCR dispatch: I. and Il. at the top, wrapped lines joined, page furniture as blocks",
          "[parse][corpus]") {
  Document doc = ParseCorpus("ocr/2023-vi-tax-inspection-dispatch-ocr.txt");
  REQUIRE(doc.tasks.size() == 2);
  CHECK(doc.tasks[0].marker == "I.");
  CHECK(doc.tasks[1].marker == "Il.");
  CHECK(doc.tasks[1].ordinal == 2);
  CHECK(doc.tasks[1].children.size() == 6);
  // 2.1. 2.2. 2.3. under "2. Nguyên tắc:", the last one after a page break.
  const Node* principles = FindTask(doc, "Nguyên tắc:");
  REQUIRE(principles != nullptr);
  REQUIRE(principles->children.size() == 3);
  CHECK(principles->children[2].marker == "2.3.");
  // A paragraph wrapped across a page break is one task with two spans.
  const Node* sectors = FindTask(doc, "Các doanh nghiệp thuộc ngành nghề");
  REQUIRE(sectors != nullptr);
  REQUIRE(sectors->spans.size() == 2);
  CHECK(sectors->spans[0].first == 94);
  CHECK(sectors->spans[1].last == 117);
  // "Điều 109 Luật…" at the start of a wrapped line continues its sentence.
  CHECK(FindTask(doc, "Điều 109") == nullptr);
  CHECK(RoleOfLine(doc, 58) == BlockRole::kPageBreak);
  CHECK(RoleOfLine(doc, 60) == BlockRole::kPageNumber);
  CHECK(RoleOfLine(doc, 13) == BlockRole::kAddressees);   // "Kính gui:" without its diacritic
  CHECK(RoleOfLine(doc, 331) == BlockRole::kRecipients);  // "Noi nhận:"
  CHECK(RoleOfLine(doc, 321) == BlockRole::kClosing);
  CHECK(RoleOfLine(doc, 346) == BlockRole::kSignature);
  CHECK(RoleOfLine(doc, 352) == BlockRole::kNoise);
  CHECK(RoleOfLine(doc, 9) == BlockRole::kTitle);
  CHECK(RoleOfLine(doc, 5) == BlockRole::kHeader);
  CHECK(doc.meta.number == "5427/TCT-TTKT");
  CHECK(doc.meta.date == "2023-11-16");  // "ngày 46 tháng 22" is OCR garbage; the stamp is right
  // The letterhead's issuing body, under "BỘ TÀI CHÍNH" (issuer5), not the "Ký bởi" line.
  CHECK(doc.meta.issuer == "TỔNG CỤC THUẾ");
}

TEST_CASE("Every corpus text is parsed losslessly", "[parse][corpus][lossless]") {
  for (const std::string& text : congvan::testing::CorpusTexts()) {
    INFO(text);
    Document doc = ParseCorpus(text);
    CHECK(congvan::CheckLossless(doc) == "");
    CHECK(doc.TaskCount() > 0);
  }
}

TEST_CASE("A signer's name marked '(Đã ký)' is the signature; the appendix after it is annex",
          "[parse][corpus]") {
  // Nghị định 61-CP (1994), a transcribed web copy: "Võ Văn Kiệt (Đã ký)" right
  // under Điều 28, then "PHỤ LỤC SỐ 1" and its price table (lines 129-167).
  Document doc = ParseCorpus("legislation/1994-vi-decree-61-cp-housing-sale-web.txt");
  CHECK(RoleOfLine(doc, 128) == BlockRole::kSignature);
  for (int line = 129; line <= 167; ++line) CHECK(RoleOfLine(doc, line) == BlockRole::kAnnex);
  const Node* last = FindTask(doc, "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ");  // Điều 28
  REQUIRE(last != nullptr);
  CHECK(last->children.empty());
  CHECK(RoleOfLine(doc, 3) == BlockRole::kHeader);  // "Số:" alone: the letterhead's
}
