// A digital signature's stamp in Công báo PDFs (engine/src/read/
// pdf_signature_stamp.h): the Government's signing software draws the
// signer, mail, office and signing time over page 1, poppler gives them as
// the page's first lines, and without the rule their time was the
// document's date and "CÔNG BÁO NƯỚC CỘNG HÒA …" its issuer. Fixtures: two
// PDFs of the Công báo repository (tests/read/fixtures/pdf/PROVENANCE), one
// with each of the stamp's two wordings; the expected values are those of
// the text copy published beside each PDF.
#include "read/pdf_signature_stamp.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "congvan/parse.h"
#include "congvan/reader.h"
#include "read/pdf_layout.h"
#include "read/pdf_module_loader.h"
#include "support/corpus.h"

namespace {

using congvan::testing::ReadFile;

std::string Fixture(const std::string& name) {
  return std::string(CONGVAN_SOURCE_DIR) + "/tests/read/fixtures/pdf/" + name;
}

congvan::Document ParsePdf(const std::string& name) {
  auto doc = congvan::ParseFile(Fixture(name), congvan::ParseOptions{});
  INFO(name << ": " << doc.status().ToString());
  REQUIRE(doc.ok());
  return std::move(doc.value());
}

std::string PdfText(const std::string& name) {
  auto read = congvan::ReadDocument(ReadFile(Fixture(name)), name);
  INFO(name << ": " << read.status().ToString());
  REQUIRE(read.ok());
  return read->text;
}

}  // namespace

TEST_CASE("A 'Người ký' stamp is not the circular's date", "[read][pdf][signature-stamp]") {
  // Thông tư 03/2023/TT-BLĐTBXH of 31 May 2023, signed for publication on
  // the Government's portal on 29 June 2023 ("Thời gian ký: 29.06.2023 …").
  const std::string name = "2023-vi-circular-bldtbxh-03-congbao-signed.pdf";
  std::string text = PdfText(name);
  CHECK(text.find("Người ký:") == std::string::npos);
  CHECK(text.find("Thời gian ký:") == std::string::npos);
  congvan::Document doc = ParsePdf(name);
  CHECK(doc.meta.date == "2023-05-31");
  CHECK(doc.meta.number == "03/2023/TT-BLĐTBXH");
  CHECK(doc.meta.kind == "Thông tư");
  CHECK(doc.meta.issuer == "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
  REQUIRE_FALSE(doc.source_info.origins.empty());
  CHECK(doc.source_info.origins.front().origin.page == 1);
}

TEST_CASE("A 'Ký bởi' stamp is not the consolidated text's issuer",
          "[read][pdf][signature-stamp]") {
  // Page 1 of VBHN 38/VBHN-BCT, signed by "CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ
  // NGHĨA VIỆT NAM" on 10 June 2026; a consolidated text has no issuer in its
  // letterhead, so the stamp's signer was taken for one.
  const std::string name = "2026-vi-vbhn-bct-38-congbao-signed-page1.pdf";
  std::string text = PdfText(name);
  CHECK(text.find("Ký bởi:") == std::string::npos);
  CHECK(text.find("Ngày ký:") == std::string::npos);
  CHECK(text.find("CÔNG BÁO/Số 321/Ngày 10-06-2026") != std::string::npos);
  congvan::Document doc = ParsePdf(name);
  CHECK(doc.meta.issuer == "Bộ Công Thương");
  CHECK(doc.meta.date != "2026-06-10");
}

TEST_CASE("Only a whole stamp at a page's top is removed", "[read][pdf][signature-stamp]") {
  // The lines of the first fixture's stamp, as the reader gets them.
  const std::string stamp =
      "Người ký: Cổng Thông tin điện tử Chính phủ\nEmail: thongtinchinhphu@chinhphu.vn\n"
      "Cơ quan: Văn phòng Chính phủ\nThời gian ký: 29.06.2023 09:17:15 +07:00\n";
  const std::string body = "\nCÔNG BÁO/Số 755 + 756/Ngày 17-6-2025\n";
  std::vector<std::string> pages = {stamp + body, body + stamp, "Email: ......\n" + body,
                                    "Người ký: Cổng Thông tin điện tử Chính phủ\n" + body};
  CHECK(congvan::read::RemoveSignatureStamps(pages) == 1);
  CHECK(pages[0] == body);
  CHECK(pages[1] == body + stamp);  // inside a page: the body's own text
  CHECK(pages[2] == "Email: ......\n" + body);
  CHECK(pages[3] == "Người ký: Cổng Thông tin điện tử Chính phủ\n" + body);  // no signing time
}

TEST_CASE("A stamp whose lines the layout spaced apart is removed whole",
          "[read][pdf][signature-stamp]") {
  // Page 1 of VBHN 111/VBHN-VPQH (Công báo số 302, 2 June 2026) as the
  // reader gives it: a paragraph break before the signing time, so that the
  // stamp was kept and "CÔNG BÁO NƯỚC" read as the issuer.
  std::vector<std::string> pages = {
      "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\n\n"
      "Ngày ký: 2026-06-02 08:07:10 +07:00\n\nCÔNG BÁO/Số 302/Ngày 02-06-2026\n76\n"};
  CHECK(congvan::read::RemoveSignatureStamps(pages) == 1);
  CHECK(pages[0] == "\nCÔNG BÁO/Số 302/Ngày 02-06-2026\n76\n");
}

TEST_CASE("A stamp whose values wrap is removed whole", "[read][pdf][signature-stamp]") {
  // Page 1 of Lâm Đồng's TB 493/TB-UBND (PROVENANCE): the stamp's signer,
  // office and time are too long for its width ("Ký bởi: ỦY BAN NHÂN" /
  // "DÂN TỈNH LÂM ĐỒNG", "Thời gian ký: 13/11/2025" / "15:53:50"), so the
  // stamp was kept and its second line taken for the title. The page's own
  // layer is a legacy OCR (pdf_text_layer_test.cc), read here as the layout
  // gives it.
  auto extract = congvan::read::LoadPdfModule();
  REQUIRE(extract.ok());
  const std::string name = "2025-vi-notice-lamdong-493-tbubnd-ocr-layer-page1.pdf";
  congvan::read::PdfPages pages;
  REQUIRE((*extract)(ReadFile(Fixture(name)), name, congvan::ReadOptions{},
                     &congvan::read::LayoutText, pages)
              .ok());
  REQUIRE(pages.pages.size() == 1);
  REQUIRE(pages.pages[0].rfind("Ký bởi: ỦY BAN NHÂN\nDÂN TỈNH LÂM ĐỒNG\n", 0) == 0);
  CHECK(congvan::read::RemoveSignatureStamps(pages.pages) == 1);
  const std::string& page = pages.pages[0];
  CHECK(page.find("ỦY BAN NHÂN") == std::string::npos);
  CHECK(page.find("DÂN TỈNH LÂM ĐỒNG") == std::string::npos);
  CHECK(page.find("15:53:50") == std::string::npos);
  CHECK(page.find("TINH LAMDONG") != std::string::npos);  // the page's own letterhead
}
