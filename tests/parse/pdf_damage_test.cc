// What PDF text extraction does to a legal text, and what the parser reads
// back (text/syllables.h, paragraphs.cc, line_roles.cc): syllables broken
// by spaces ("ĐIỀ U 1", "quy đị nh"), words hyphenated across line ends,
// tables of contents with dot leaders. The syllable damage is written in the
// shape pypdf and Docling give Vietnamese PDFs (no corpus text has it: the
// portals publish repaired copies); the TOC is a real Công báo copy's.
#include <catch2/catch.hpp>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::DiagnosticKind;
using congvan::Document;
using congvan::Language;
using congvan::Node;
using congvan::testing::FindTask;
using congvan::testing::InLanguage;
using congvan::testing::ParseCorpus;
using congvan::testing::ParseString;

TEST_CASE("Syllables a PDF extraction broke apart are joined, and the repair is reported",
          "[parse][pdf]") {
  Document doc = ParseString(
      "LUẬT\nHÒA GIẢ I Ở CƠ SỞ\n"
      "Chương I\nNHỮ NG QUY ĐỊ NH CHUNG\n"
      "ĐIỀ U 1. Phạ m vi điề u chỉ nh\n"
      "1. Luật này quy đị nh nguyên tắ c, chính sách của Nhà nước về hòa giả i ở cơ sở.\n"
      "2. Hoạ t độ ng hòa giả i củ a tòa án không thuộc phạm vi điều chỉnh của Luật này.\n"
      "3. Cơ quan nhà nước và t ổ chức xã hội phối hợp thực hiện.\n"
      "ĐIỀ U 2. Giả i thích từ ngữ\n"
      "Trong Luật này, các từ ngữ dưới đây được hiểu như sau:\n",
      InLanguage(Language::kVietnamese));
  REQUIRE(doc.tasks.size() == 1);
  const Node& chapter = doc.tasks[0];
  REQUIRE(chapter.children.size() == 2);
  CHECK(chapter.children[0].marker == "ĐIỀU 1.");
  CHECK(chapter.children[0].text == "Phạm vi điều chỉnh");
  CHECK(chapter.children[1].ordinal == 2);
  const Node* clause = FindTask(doc, "Luật này quy định nguyên tắc");
  REQUIRE(clause != nullptr);
  // A stop-final rhyme takes only the acute or dot-below tone: "và t" is not
  // "vàt", so the broken "t ổ" is free to become "tổ".
  CHECK(FindTask(doc, "Cơ quan nhà nước và tổ chức xã hội") != nullptr);
  bool reported = false;
  for (const auto& d : doc.diagnostics) {
    reported = reported || (d.kind == DiagnosticKind::kRepaired &&
                            d.message.find("broken by spaces") != std::string::npos);
  }
  CHECK(reported);
  // Two real words are never joined: "Ở CƠ SỞ", "hòa giải".
  CHECK(chapter.text.find("QUY ĐỊNH CHUNG") != std::string::npos);
}

TEST_CASE("A word hyphenated across a line end is joined as the language writes it",
          "[parse][pdf]") {
  Document vi = ParseString(
      "Các bộ, ngành thực hiện các nhiệm vụ sau đây:\n"
      "1. Tăng cường công tác quản-\n"
      "lý nhà nước về bình đẳng giới ở các bộ, ngành và địa phương trong cả nước.\n"
      "2. Báo cáo kết quả.\n",
      InLanguage(Language::kVietnamese));
  const Node* one = FindTask(vi, "Tăng cường công tác quản lý nhà nước");
  CHECK(one != nullptr);  // Vietnamese syllables are words: a space where the hyphen was
  Document en = ParseString(
      "The ministries shall carry out the following tasks:\n"
      "1. Strengthen the imple-\n"
      "mentation of the Law on Gender Equality in all ministries and provinces.\n"
      "2. Report the results.\n",
      InLanguage(Language::kEnglish));
  CHECK(FindTask(en, "Strengthen the implementation of the Law") != nullptr);  // English drops it
}

TEST_CASE("A table of contents with dot leaders is a toc block, never a second tree",
          "[parse][pdf]") {
  Document doc = ParseCorpus("legislation/2022-vi-circular-21-2022-tt-bkhdt-pdf.txt");
  const congvan::Block* toc = nullptr;
  for (const auto& b : doc.blocks) {
    if (b.role == BlockRole::kTableOfContents && b.text.rfind("MỤC LỤC", 0) == 0) toc = &b;
  }
  REQUIRE(toc != nullptr);
  CHECK(toc->spans.front().first == 266);
  CHECK(toc->spans.back().last == 280);
  CHECK(toc->text.find("Chương VIII. Biểu mẫu hợp đồng") != std::string::npos);
}
