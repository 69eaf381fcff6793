// A legal portal's saved page whose whole body sits in one <form>: ASP.NET
// Web Forms and SharePoint (vbpl.vn, thuvienphapluat.vn, many .gov.vn
// portals) wrap every page in <body><form id="aspnetForm">. The reader drops
// forms as page controls, so it must walk that one (page_lines.cc, PageForm)
// or the page "holds no text". A real excerpt of vbpl.vn's page of Bộ luật
// Hình sự 100/2015/QH13 (tests/parse/real/metadata.tsv).
#include <catch2/catch.hpp>
#include <string>

#include "congvan/parse.h"
#include "congvan/reader.h"
#include "support/corpus.h"

using congvan::testing::ReadFile;

namespace {

const char kPage[] = "2015-vi-code-100-2015-qh13-vbpl-page-excerpt.html";

std::string RealPath(const std::string& name) {
  return std::string(CONGVAN_SOURCE_DIR) + "/tests/parse/real/" + name;
}

}  // namespace

TEST_CASE("A portal page inside <body><form> is read: the document, not the form's controls",
          "[read][html]") {
  auto page = congvan::ReadDocument(ReadFile(RealPath(kPage)), kPage);
  INFO(page.status().ToString());
  REQUIRE(page.ok());
  CHECK(page->format == "html");
  CHECK(page->text.find("Số: 100/2015/QH13") != std::string::npos);
  CHECK(page->text.find("Điều 3. Nguyên tắc xử lý") != std::string::npos);
}

TEST_CASE("The code on a portal page parses as its text: number, date and articles",
          "[read][html]") {
  auto doc = congvan::ParseFile(RealPath(kPage));
  INFO(doc.status().ToString());
  REQUIRE(doc.ok());
  CHECK(doc->meta.number == "100/2015/QH13");
  CHECK(doc->meta.date == "2015-11-27");
  // Phần thứ nhất > Chương I > Điều 1-3 with their clauses and points.
  CHECK(doc->TaskCount() == 23);
}
