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

// Written for the test (session 38's review): a letter in a <div>, a search
// box before it and a login after it, each a <form> right under <body>. Those
// forms are controls beside the page's text, not the page: dropped.
TEST_CASE("A search or login form beside the page's text is no page", "[read][html]") {
  const std::string html = R"(<html><head><meta charset="utf-8"><title>Công văn</title></head><body>
<form action="/tim-kiem" method="get"><label>Tìm kiếm văn bản</label> <input name="q"> <span>Nhập từ khóa cần tìm</span> <button>Tìm</button></form>
<div class="content">
<p>BỘ TÀI CHÍNH</p><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>
<p>Số: 123/BTC-TCT</p><p>Hà Nội, ngày 5 tháng 3 năm 2024</p>
<p>V/v hướng dẫn thuế</p>
<p>Kính gửi: Cục Thuế các tỉnh.</p>
<p>1. Các Cục Thuế thực hiện kiểm tra.</p><p>2. Báo cáo kết quả trước ngày 30/6.</p>
</div>
<form action="/dang-nhap" method="post"><p>Đăng nhập</p><label>Tên đăng nhập</label><input name="u"><label>Mật khẩu</label><input type="password"><a href="#">Quên mật khẩu?</a></form>
</body></html>)";
  auto page = congvan::ReadDocument(html, "letter.html");
  INFO(page.status().ToString());
  REQUIRE(page.ok());
  CHECK(page->text.find("Số: 123/BTC-TCT") != std::string::npos);
  CHECK(page->text.find("Tìm kiếm văn bản") == std::string::npos);
  CHECK(page->text.find("Mật khẩu") == std::string::npos);
}
