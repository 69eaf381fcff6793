// Standard document shapes beyond the corpus: decree structure with articles
// numbered through chapters, a decision's letterhead and signature block, an
// English letter with ordinal-word tasks.
#include <catch2/catch.hpp>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::Document;
using congvan::Node;
using congvan::testing::FindTask;
using congvan::testing::ParentOf;

namespace {

Document ParseText(const std::string& name) {
  auto doc = congvan::ParseFile(std::string(CONGVAN_SOURCE_DIR) + "/tests/parse/texts/" + name);
  INFO(doc.status().ToString());
  REQUIRE(doc.ok());
  REQUIRE(congvan::CheckLossless(*doc).empty());
  return std::move(doc.value());
}

bool HasBlock(const Document& doc, BlockRole role, const std::string& prefix) {
  for (const auto& b : doc.blocks) {
    if (b.role == role && b.text.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("Articles are numbered through chapters and sections", "[parse][shapes]") {
  Document doc = ParseText("vi-decree-chapters.txt");
  REQUIRE(doc.tasks.size() == 2);
  CHECK(doc.tasks[0].text == "QUY ĐỊNH CHUNG");  // the chapter title on its own line
  const Node* art3 = FindTask(doc, "Lồng ghép vấn đề bình đẳng giới");
  REQUIRE(art3 != nullptr);
  CHECK(art3->marker == "Điều 3.");
  const Node* section = ParentOf(doc, art3);
  REQUIRE(section != nullptr);
  CHECK(section->marker == "Mục 1.");
  const Node* art4 = FindTask(doc, "Hiệu lực thi hành");
  REQUIRE(art4 != nullptr);
  CHECK(art4->marker == "Điều 4.");
  // "tại Điều 5 của Luật này" inside a clause is not an article.
  CHECK(FindTask(doc, "Điều 5") == nullptr);
}

TEST_CASE("A decision's letterhead, title in capitals, bases and signature are blocks",
          "[parse][shapes]") {
  Document doc = ParseText("vi-decision-letterhead.txt");
  REQUIRE(doc.tasks.size() == 3);
  CHECK(doc.meta.number == "123/QĐ-LĐTBXH");
  CHECK(doc.meta.date == "2022-03-15");
  CHECK(doc.meta.issuer == "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
  CHECK(doc.meta.title.rfind("QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH", 0) == 0);
  CHECK(HasBlock(doc, BlockRole::kHeader, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  CHECK(HasBlock(doc, BlockRole::kPreamble, "Căn cứ Nghị định"));
  CHECK(HasBlock(doc, BlockRole::kRecipients, "Nơi nhận:"));
  CHECK(HasBlock(doc, BlockRole::kSignature, "KT. BỘ TRƯỞNG"));
}

TEST_CASE("An English letter: header date, addressee, ordinal words, closing", "[parse][shapes]") {
  Document doc = ParseText("en-letter-first-second.txt");
  REQUIRE(doc.tasks.size() == 3);
  CHECK(doc.tasks[1].children.size() == 2);
  CHECK(doc.meta.date == "2022-03-10");
  CHECK(doc.meta.number == "456/LDTBXH-BDG");
  CHECK(doc.meta.issuer == "MINISTRY OF LABOUR - INVALIDS AND SOCIAL AFFAIRS");
  CHECK(HasBlock(doc, BlockRole::kAddressees, "To:"));
  CHECK(HasBlock(doc, BlockRole::kClosing, "In the course of implementation"));
  CHECK(HasBlock(doc, BlockRole::kSignature, "FOR THE MINISTER"));
}

TEST_CASE("PDF text without blank lines: headings, running footers, TOC, wrapped items",
          "[parse][shapes]") {
  Document doc = ParseText("vi-pdf-running-footer-toc.txt");
  REQUIRE(doc.tasks.size() == 2);
  // A short heading line is not joined with the capitalised line after it.
  CHECK(doc.tasks[0].text == "Tình hình dịch bệnh");
  CHECK(doc.tasks[0].children.size() == 1);
  // The running footer between pages is a block, and item 3 after it starts afresh.
  REQUIRE(doc.tasks[1].children.size() == 4);
  CHECK(doc.tasks[1].children[2].marker == "3.");
  CHECK(doc.tasks[1].children[2].children.size() == 2);
  CHECK(HasBlock(doc, BlockRole::kRunningHeader, "Công văn 88/BYT-KCB"));
  CHECK(HasBlock(doc, BlockRole::kTableOfContents, "MỤC LỤC"));
  CHECK(HasBlock(doc, BlockRole::kClosing, "Bộ Y tế đề nghị"));
  // "Điều 5 của Thông tư…" at the start of a wrapped line stays in item 1.
  CHECK(FindTask(doc, "Điều 5") == nullptr);
  // 15/1/2024 is the cited telegram's date, not this dispatch's.
  CHECK(doc.meta.date.empty());
  CHECK(doc.meta.year == 2024);
  CHECK(doc.meta.references.size() == 2);
}

TEST_CASE("An English decree: chapters and articles, a signature block without recipients",
          "[parse][shapes]") {
  Document doc = ParseText("en-decree-signature.txt");
  REQUIRE(doc.tasks.size() == 2);
  CHECK(doc.tasks[1].children.size() == 2);  // Articles 3 and 4 under Chapter II
  const Node* art4 = FindTask(doc, "Implementation effect");
  REQUIRE(art4 != nullptr);
  CHECK(art4->children.size() == 1);  // the signature is not part of Article 4
  CHECK(HasBlock(doc, BlockRole::kSignature, "ON BEHALF OF THE GOVERNMENT"));
  CHECK(HasBlock(doc, BlockRole::kPreamble, "Pursuant to the November 29, 2006 Law"));
  CHECK(doc.meta.number == "70/2008/ND-CP");
  CHECK(doc.meta.date == "2008-06-04");
  CHECK(doc.meta.issuer == "THE GOVERNMENT");
  CHECK(doc.meta.title == "DECREE DETAILING A NUMBER OF ARTICLES OF THE LAW ON GENDER EQUALITY");
}

TEST_CASE("A preamble paragraph wrapped across a page break is one block (fuzz regression)",
          "[parse][shapes]") {
  Document doc = congvan::testing::ParseString(
      "Căn cứ Luật Thanh tra, Luật Quản lý thuế và các văn bản hướng dẫn thi\n"
      "hành, Tổng cục Thuế đề nghị các Cục Thuế triển khai xây dựng kế hoạch\n"
      "\n--- PAGE BREAK ---\n\n2\n\n"
      "thanh tra, kiểm tra năm 2024 theo hướng dẫn sau:\n"
      "I. Phạm vi và nguyên tắc xây dựng kế hoạch thanh tra, kiểm tra thuế.\n"
      "1. Phạm vi áp dụng của kế hoạch thanh tra, kiểm tra thuế năm 2024 gồm\n"
      "các doanh nghiệp có rủi ro cao về thuế.\n");
  CHECK(congvan::CheckLossless(doc).empty());
  int preambles = 0;
  for (const auto& b : doc.blocks) preambles += b.role == BlockRole::kPreamble;
  CHECK(preambles == 1);
  REQUIRE(doc.tasks.size() == 1);
  CHECK(doc.tasks[0].children.size() == 1);
}

TEST_CASE("A commercial English translation of a decree: its shape, not its text",
          "[parse][shapes][legislation]") {
  // Written from the genre (translations of decrees sold by legal portals
  // may not be committed): "CHAPTER 1" over its title, "Article 1 Scope"
  // without a dot, clauses "1 This Decree…" with a bare number, points in
  // the Vietnamese alphabet spelled "(dd)", a table of contents with dot
  // leaders, a "©" footer with the page number, a translator's footnote
  // whose mark is glued to a word, a signature without recipients.
  Document doc = ParseText("en-translated-decree.txt");
  REQUIRE(doc.tasks.size() == 2);  // the table of contents is not a second tree
  const Node& chapter1 = doc.tasks[0];
  CHECK(chapter1.marker == "CHAPTER 1");
  CHECK(chapter1.text == "GENERAL PROVISIONS");
  REQUIRE(chapter1.children.size() == 2);
  const Node& article1 = chapter1.children[0];
  CHECK(article1.marker == "Article 1");
  CHECK(article1.ordinal == 1);
  CHECK(article1.text == "Scope");
  REQUIRE(article1.children.size() == 2);
  CHECK(article1.children[0].marker == "1");
  CHECK(article1.children[1].ordinal == 2);
  // "Article 6.6 of the Law …" at the start of a wrapped line stays text.
  CHECK(article1.children[1].text.find("Article 6.6 of the Law on Public Investment") !=
        std::string::npos);
  const Node* dd = FindTask(doc, "foreign organizations providing public services");
  REQUIRE(dd != nullptr);
  CHECK(dd->marker == "(dd)");
  CHECK(dd->ordinal == 5);  // a b c d dd: the fifth point
  const Node* e = FindTask(doc, "other relevant organizations");
  REQUIRE(e != nullptr);
  CHECK(e->ordinal == 6);
  const Node& chapter2 = doc.tasks[1];
  REQUIRE(chapter2.children.size() == 2);
  CHECK(chapter2.children[0].ordinal == 3);  // articles numbered through chapters
  CHECK(chapter2.children[1].ordinal == 4);
  const Node* conditions =
      FindTask(doc, "A public service provider must meet the following conditions");
  REQUIRE(conditions != nullptr);
  CHECK(conditions->text == "A public service provider must meet the following conditions:");
  CHECK(conditions->children.size() == 2);
  CHECK(HasBlock(doc, BlockRole::kTableOfContents, "TABLE OF CONTENTS"));
  CHECK(HasBlock(doc, BlockRole::kRunningHeader, "© Example Translations 2024"));
  CHECK(HasBlock(doc, BlockRole::kFootnote, "3\nTranslator's note"));
  CHECK(HasBlock(doc, BlockRole::kSignature, "ON BEHALF OF THE GOVERNMENT"));
  CHECK(doc.meta.kind == "Decree");
  CHECK(doc.meta.number == "12/2024/ND-CP");
  CHECK(doc.meta.date == "2024-03-15");
}

// Running headers are grouped by shape among many candidate lines; a short
// line of its own shape is never one, a shape that comes back page after page
// is. On two real PDF/OCR copies: the OCR dispatch's "PHỤ LỤC 1", repeated
// at page tops, and the circular's two-line letterhead, which stays whole.
TEST_CASE("Running headers on real OCR and PDF copies: repeated shapes only", "[parse][shapes]") {
  Document dispatch = congvan::testing::ParseCorpus(
      "administrative/2021-vi-dispatch-moet-school-education-plan-guidance-ocr.txt");
  CHECK(HasBlock(dispatch, BlockRole::kRunningHeader, "PHỤ LỤC 1"));
  Document circular =
      congvan::testing::ParseCorpus("legislation/2021-vi-circular-10-2021-tt-bldtbxh-pdf.txt");
  CHECK(HasBlock(circular, BlockRole::kRunningHeader, "CÔNG BÁO/Số 865 + 866/Ngày 27-10-2021"));
  // Its two lines in one block, the letterhead's (genre_shapes_test.cc: not a
  // running header, though each annex repeats it).
  bool letterhead_whole = false;
  for (const auto& b : circular.blocks) {
    letterhead_whole = letterhead_whole ||
                       (b.role == BlockRole::kHeader &&
                        b.text.find("BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI") != std::string::npos);
  }
  CHECK(letterhead_whole);
}
