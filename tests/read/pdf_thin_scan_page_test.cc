// A scan whose first page carries a few words of text: pages 1 and 7 of a
// certified copy of Hà Nội's NQ 12/2025/NQ-HĐND (tests/read/fixtures/pdf/
// PROVENANCE). Page 1 is an image with the certifying office's digital
// signature drawn over it as text ("SAO Y; Văn phòng Đoàn ĐBQH và HĐND TP Hà
// Nội / Giờ ký: …"); the reader took it for a text page, so --ocr recognised
// only the later pages and the letterhead, number, date and title were lost.
// In a document with scanned pages, a page with only a few words of text is
// recognised too (read/pdf_module/pdf_extract.cc: AddThinPages).
#include <catch2/catch.hpp>
#include <string>

#include "congvan/reader.h"
#include "support/corpus.h"

namespace {

const char kScan[] = "2025-vi-resolution-hanoi-12-2025-scan-pages1-7.pdf";

std::string Fixture(const std::string& name) {
  return std::string(CONGVAN_SOURCE_DIR) + "/tests/read/fixtures/pdf/" + name;
}

}  // namespace

TEST_CASE("A scan's page with only a signature's words is recognised", "[read][pdf][ocr]") {
  congvan::ReadOptions ocr;
  ocr.ocr = true;
  int recognised = 0;
  ocr.progress = [&](int done, int total) { recognised = done == total ? total : recognised; };
  auto read = congvan::ReadDocument(congvan::testing::ReadFile(Fixture(kScan)), kScan, ocr);
  REQUIRE(read.ok());
  CHECK(recognised == 2);
  // Page 1's letterhead and number, recognised from the image.
  CHECK(read->text.find("Số: 12/2025/NQ-HĐND") != std::string::npos);
  CHECK(read->text.find("Hà Nội, ngày 27 tháng 6 năm 2025") != std::string::npos);
}
