// Paragraph gaps in Word's signed PDFs (engine/src/read/pdf_layout.cc): the
// Lâm Đồng documents of tests/read/fixtures/pdf/PROVENANCE put a blank line
// after line after line, so each wrapped line of a paragraph became a
// paragraph, and the parser a task of its own ("· 2030, Quyết định số
// 1187/QĐ-BNV …", "· 2026 của tỉnh Lâm Đồng."). Two causes, one test each:
// lines were placed by their tops, and a line opening with a number set in a
// font with shorter boxes stood 3 pt lower than its neighbours; and the pitch
// was one for the page, so a page of body text over a long footnote in
// smaller, tighter type took the footnote's pitch for the body's.
#include <catch2/catch.hpp>
#include <string>

#include "congvan/parse.h"
#include "congvan/reader.h"
#include "support/corpus.h"

namespace {

std::string Fixture(const std::string& name) {
  return std::string(CONGVAN_SOURCE_DIR) + "/tests/read/fixtures/pdf/" + name;
}

std::string PdfText(const std::string& name) {
  auto read = congvan::ReadDocument(congvan::testing::ReadFile(Fixture(name)), name);
  INFO(name << ": " << read.status().ToString());
  REQUIRE(read.ok());
  return read->text;
}

}  // namespace

TEST_CASE("A line opening with a word of shorter boxes is no paragraph of its own",
          "[read][pdf][pdf-layout][line-spacing]") {
  // Tờ trình 05/TTr-SNV: "2030, Quyết định …" and "2026 của tỉnh Lâm Đồng …"
  // open with digits whose boxes are 12.6 pt tall against 15.5 pt.
  const std::string name = "2026-vi-submission-lamdong-05-ttrsnv-signed.pdf";
  std::string text = PdfText(name);
  CHECK(text.find("giai đoạn 2021 -\n2030, Quyết định số 1187/QĐ-BNV") != std::string::npos);
  CHECK(text.find("cải cách hành chính năm\n2026 của tỉnh Lâm Đồng đảm bảo") != std::string::npos);
  CHECK(text.find("hành chính năm\n2026 của tỉnh Lâm Đồng.\n") != std::string::npos);

  auto doc = congvan::ParseFile(Fixture(name), congvan::ParseOptions{});
  REQUIRE(doc.ok());
  int wrapped_tasks = 0;
  congvan::ForEachTask(doc->tasks, [&](const congvan::Node& n, int, const congvan::Node*) {
    if (n.text.rfind("2030,", 0) == 0 || n.text.rfind("2026 của", 0) == 0) ++wrapped_tasks;
  });
  CHECK(wrapped_tasks == 0);
}

TEST_CASE("Body lines over a footnote are measured by their own pitch",
          "[read][pdf][pdf-layout][line-spacing]") {
  // Page 2 of BC 329/BC-UBND: seven 13 pt body lines, 17.8 pt apart, over a
  // 10 pt footnote 12 pt apart. The paragraph gaps stay: one in the body
  // (an indented paragraph, 23.6 pt), the one before the footnote.
  std::string text = PdfText("2025-vi-report-lamdong-329-bcubnd-page2.pdf");
  CHECK(text.find("chất lượng phục vụ người dân,\ndoanh nghiệp trong thực hiện thủ tục hành "
                  "chính, dịch vụ công theo thời gian thực\ntrên môi trường điện tử;") !=
        std::string::npos);
  CHECK(text.find("tỉnh, Chủ tịch Ủy ban nhân dân tỉnh.\n\nTỉnh ủy, Ủy ban nhân dân tỉnh đã ban "
                  "hành nhiều văn bản chỉ đạo điều hành\ntriển khai") != std::string::npos);
  CHECK(text.find("trên địa bàn tỉnh2.\n\n2 Trước sáp nhập tỉnh:\n- UBND tỉnh Lâm Đồng") !=
        std::string::npos);
}
