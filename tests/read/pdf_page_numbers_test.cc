// SetPageNumbersApart (engine/src/read/pdf_page_numbers.h) on the text layer
// of a real signed PDF: Hà Nội's Quyết định 12/2025/QĐ-UBND, whose page header
// "2", "3", "4" sits right above the body with no paragraph gap, so the
// reader gave the number glued to the page's first line and the parser read
// "2 lý nhà nước về: …" as a paragraph of its own, cut from "… quản" above.
// The fixture is the reader's pages as `congvan extract` printed them before
// the rule (tests/read/fixtures/pdf/PROVENANCE).
#include "read/pdf_page_numbers.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/corpus.h"

namespace {

using congvan::Document;
using congvan::Node;
using congvan::read::SetPageNumbersApart;
using congvan::testing::ParseString;
using congvan::testing::ReadFile;

std::vector<std::string> Pages(const std::string& text) {
  std::vector<std::string> pages;
  for (size_t start = 0;;) {
    size_t brk = text.find("\f\n", start);
    pages.push_back(text.substr(start, brk == std::string::npos ? std::string::npos : brk - start));
    if (brk == std::string::npos) return pages;
    start = brk + 2;
  }
}

std::string Joined(const std::vector<std::string>& pages) {
  std::string text;
  for (size_t i = 0; i < pages.size(); ++i) text += (i > 0 ? "\f\n" : "") + pages[i];
  return text;
}

// Every task's own text, depth first (`nodes`: the top-level tasks or a child list).
template <typename Nodes>
void CollectTexts(const Nodes& nodes, std::vector<std::string>& out) {
  for (const Node& n : nodes) {
    out.emplace_back(n.text.data(), n.text.size());
    CollectTexts(n.children, out);
  }
}

std::vector<std::string> Texts(const Document& doc) {
  std::vector<std::string> texts;
  CollectTexts(doc.tasks, texts);
  return texts;
}

bool AnyHas(const std::vector<std::string>& texts, const std::string& part) {
  for (const std::string& t : texts)
    if (t.find(part) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("A signed PDF's page number over the page's first line is page furniture",
          "[read][pdf][page-number]") {
  std::vector<std::string> pages = Pages(
      ReadFile(std::string(CONGVAN_SOURCE_DIR) +
               "/tests/read/fixtures/pdf/2025-vi-decision-hanoi-12-justice-department-pages.txt"));
  REQUIRE(pages.size() == 4);
  REQUIRE(pages[1].starts_with("2\nlý nhà nước"));
  SetPageNumbersApart(pages);
  CHECK(pages[1].starts_with("2\n\nlý nhà nước"));
  CHECK(pages[2].starts_with("3\n\nb) Chủ trì"));
  CHECK(pages[3].starts_with("4\n\nc) Giúp Chủ tịch"));

  std::vector<std::string> texts = Texts(ParseString(Joined(pages)));
  // The clause goes on across the page: "… Thành phố quản" / "lý nhà nước về".
  CHECK(AnyHas(texts, "tham mưu Ủy ban nhân dân Thành phố quản lý nhà nước về: công tác"));
  for (const std::string& t : texts) {
    INFO(t);
    CHECK_FALSE((t.starts_with("2 ") || t.starts_with("3 ") || t.starts_with("4 ")));
  }
  CHECK(AnyHas(texts, "Chủ trì phối hợp với các cơ quan"));
}

TEST_CASE("A lone number opening a page that is not its number stays text",
          "[read][pdf][page-number]") {
  // A table row or a wrapped figure can open a page with a number alone; only
  // the number the page should carry (its place, or one of a run of numbers
  // atop consecutive pages, as when an appendix restarts its numbering) is
  // set apart.
  std::vector<std::string> pages = {"Trang một\n", "7\nngười lao động\n", "3\nTrang ba\n",
                                    "2\nPhụ lục\n", "3\nnối tiếp\n"};
  SetPageNumbersApart(pages);
  CHECK(pages[1] == "7\nngười lao động\n");
  CHECK(pages[2] == "3\n\nTrang ba\n");
  CHECK(pages[3] == "2\n\nPhụ lục\n");
  CHECK(pages[4] == "3\n\nnối tiếp\n");
}
