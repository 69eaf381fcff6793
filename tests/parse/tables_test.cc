// Tables and formulas flattened into text (tables.cc): their cells are the
// text of the provision or paragraph that announces them, never items of
// their own and never page furniture. Real corpus texts of the three shapes
// — "|" separators of a web copy, separator-less cells of a PDF copy, a
// formula — and a list of short lines that is not a table.
#include <catch2/catch.hpp>

#include "support/corpus.h"

using congvan::Document;
using congvan::Language;
using congvan::Node;
using congvan::ParseOptions;
using congvan::testing::Contains;
using congvan::testing::FindTask;
using congvan::testing::ParentOf;
using congvan::testing::ParseCorpus;
using congvan::testing::ParseString;

namespace {

int LastLine(const Node& n) { return n.spans.back().last; }

}  // namespace

TEST_CASE("A web copy's table between '|' lines is the text of the paragraph announcing it",
          "[parse][tables]") {
  Document doc = ParseCorpus("administrative/2025-vi-report-btc-pit-law-revision.txt");
  const Node* announcing = FindTask(doc, "Tiếp thu các ý kiến đóng góp, Bộ Tài chính đã rà");
  REQUIRE(announcing != nullptr);
  CHECK(announcing->children.empty());
  CHECK(Contains(announcing->text, "Bậc thuế"));
  CHECK(Contains(announcing->text, "Trên 100"));
  CHECK(LastLine(*announcing) >= 168);
  CHECK(FindTask(doc, "Bậc thuế") == nullptr);
  // The cells "1", "10 5 2" are not page numbers.
  for (const congvan::Block& b : doc.blocks) {
    CHECK(b.role != congvan::BlockRole::kPageNumber);
  }
  // The paragraph after the table is the next one of the section.
  const Node* after = FindTask(doc, "(Nội dung cụ thể nêu tại Điều 9");
  REQUIRE(after != nullptr);
  CHECK(ParentOf(doc, after) == ParentOf(doc, announcing));
}

TEST_CASE("A PDF copy's wage table without separators stays in its clause", "[parse][tables]") {
  Document doc = ParseCorpus("legislation/2022-vi-decree-38-2022-nd-cp.txt");
  const Node* clause = FindTask(doc, "Quy định mức lương tối thiểu tháng");
  REQUIRE(clause != nullptr);
  CHECK(clause->children.empty());
  CHECK(Contains(clause->text, "Vùng I 4.680.000 22.500"));
  CHECK(LastLine(*clause) == 70);
  const Node* next = FindTask(doc, "Danh mục địa bàn vùng I");
  REQUIRE(next != nullptr);
  CHECK(next->ordinal == 2);
  CHECK(ParentOf(doc, next) == ParentOf(doc, clause));
}

TEST_CASE("A formula under 'theo công thức:' is the text of its step", "[parse][tables]") {
  Document doc = ParseCorpus("pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt");
  const Node* step = FindTask(doc, "Bước 4: Tính điểm trung bình");
  REQUIRE(step != nullptr);
  CHECK(Contains(step->text, "+ + +"));
  CHECK(LastLine(*step) == 123);
  CHECK(FindTask(doc, "2 1") == nullptr);
}

TEST_CASE(
    "An attached criteria table is text of the attached title; the guidance after it is a tree",
    "[parse][tables]") {
  Document doc = ParseCorpus(
      "administrative/2025-vi-dispatch-hcmc-sgddt-community-learning-centre-evaluation-web.txt");
  const Node* title = FindTask(doc, "BẢNG TIÊU CHÍ ĐÁNH GIÁ");
  REQUIRE(title != nullptr);
  CHECK(Contains(title->text, "Ban hành kèm theo Công văn số 5155"));
  CHECK(Contains(title->text, "1.1. Có đủ các chức danh"));  // a cell, not an item
  REQUIRE(title->children.size() == 1);
  const Node& guidance = title->children[0];
  CHECK(guidance.text == "HƯỚNG DẪN ĐÁNH GIÁ");
  CHECK(guidance.children.size() == 5);
}

TEST_CASE("Short lines after a colon without figures are not a table", "[parse][tables]") {
  ParseOptions vi;
  vi.language = Language::kVietnamese;
  Document doc = ParseString(
      "Thành phần đoàn kiểm tra gồm:\n"
      "Ông Nguyễn Văn An\n"
      "Bà Trần Thị Bình\n"
      "Ông Lê Văn Cường\n"
      "Bà Phạm Thị Dung\n",
      vi);
  REQUIRE(doc.tasks.size() >= 1);
  const Node* lead = FindTask(doc, "Thành phần đoàn kiểm tra gồm:");
  REQUIRE(lead != nullptr);
  CHECK_FALSE(Contains(lead->text, "Nguyễn Văn An"));
}
