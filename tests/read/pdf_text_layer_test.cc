// A text layer that is not text (engine/src/read/pdf_text_layer.h): two
// Lâm Đồng PDFs (tests/read/fixtures/pdf/PROVENANCE) — a scan whose layer is
// an OCR in a legacy font, a page set in a font without a Unicode map — were
// read as text and parsed into documents without number, date or tasks. They
// are now refused like a scan without a text layer, pointing to --ocr; the
// PDFs whose layer is text still read.
#include "read/pdf_text_layer.h"

#include <catch2/catch.hpp>
#include <string>

#include "congvan/reader.h"
#include "read/pdf_layout.h"
#include "read/pdf_module_loader.h"
#include "support/corpus.h"

namespace {

std::string Fixture(const std::string& name) {
  return std::string(CONGVAN_SOURCE_DIR) + "/tests/read/fixtures/pdf/" + name;
}

// The page texts as the layout makes them, before any judgement.
congvan::read::PdfPages LaidOutPages(const std::string& name) {
  auto extract = congvan::read::LoadPdfModule();
  REQUIRE(extract.ok());
  congvan::read::PdfPages pages;
  std::string bytes = congvan::testing::ReadFile(Fixture(name));
  REQUIRE((*extract)(bytes, name, congvan::ReadOptions{}, &congvan::read::LayoutText, pages).ok());
  return pages;
}

}  // namespace

TEST_CASE("A legacy OCR layer and an unmapped font do not read as text",
          "[read][pdf][text-layer]") {
  for (const char* name : {"2025-vi-notice-lamdong-493-tbubnd-ocr-layer-page1.pdf",
                           "2025-vi-submission-lamdong-298-pc04-unmapped-font.pdf"}) {
    INFO(name);
    congvan::read::PdfPages pages = LaidOutPages(name);
    REQUIRE(pages.pages.size() == 1);
    CHECK(congvan::read::MalformedWordShare(pages.pages[0]) > 0.2);
    CHECK_FALSE(congvan::read::ReadsAsText(pages.pages[0]));

    auto read = congvan::ReadDocument(congvan::testing::ReadFile(Fixture(name)), name);
    REQUIRE_FALSE(read.ok());
    CHECK(read.status().message().find("does not read as text") != std::string::npos);
    CHECK(read.status().message().find("--ocr") != std::string::npos);
  }
}

TEST_CASE("Text layers of real PDFs read as text", "[read][pdf][text-layer]") {
  // A Word PDF, a Công báo circular, an annex table, a footnoted VBHN page.
  for (const char* name :
       {"2026-vi-submission-lamdong-05-ttrsnv-signed.pdf",
        "2023-vi-circular-bldtbxh-03-congbao-signed.pdf",
        "2024-vi-decision-1478-qd-bldtbxh-congbao-page3.pdf",
        "2026-vi-vbhn-bct-38-congbao-signed-page1.pdf", "dispatch-libreoffice.pdf"}) {
    INFO(name);
    for (const std::string& page : LaidOutPages(name).pages) {
      CHECK(congvan::read::MalformedWordShare(page) < 0.05);
      CHECK(congvan::read::ReadsAsText(page));
    }
  }
}
