// Document facts the survey of session 38 left wrong (docs/DESIGN.md, "Document
// facts over the unseen sets", and the enaudit7 paragraph): a Markdown copy's
// front matter taken for the title, a number with a space before the
// legislature's term ("75/2006/QH 11") or a dot in its sequence number
// ("66.16/2026/NQ-CP"). Real texts: tests/parse/real/metadata.tsv, and lines
// of the crawl johnPa02/thuvienphapluat-crawler (commit e11495e) and of the
// Công báo (hrmaster1982-dev/phapluat-8chude-data @ cdfc64c) quoted below.
#include <catch2/catch.hpp>
#include <string>

#include "support/corpus.h"

using namespace congvan;
using congvan::testing::InLanguage;
using congvan::testing::ParseRealExcerpt;
using congvan::testing::ParseString;

TEST_CASE("A Markdown copy's front matter gives its title and date, not its body's first lines",
          "[parse][metadata][front-matter]") {
  SECTION("a plain title folded over two lines") {
    Document doc = ParseRealExcerpt(
        "2025-en-joint-statement-us-vietnam-trade-framework-whitehouse-opening.md");
    CHECK(doc.meta.title ==
          "Joint Statement on United States-Vietnam Framework for an Agreement on Reciprocal, "
          "Fair, and Balanced Trade");
    CHECK(doc.meta.date == "2025-10-26");
    CHECK(doc.meta.year == 2025);
  }
  SECTION("a double-quoted title with an escaped no-break space") {
    Document doc =
        ParseRealExcerpt("2022-en-asean-us-joint-vision-statement-whitehouse-opening.md");
    CHECK(doc.meta.title == "ASEAN-U.S. Special Summit 2022, Joint Vision Statement");
    CHECK(doc.meta.date == "2022-05-13");
  }
  SECTION("no letterhead: the caption over a Pháp điển page's facts box is not its title") {
    Document doc = ParseRealExcerpt("2016-vi-phapdien-tre-em-page-opening.txt");
    CHECK(doc.meta.title == "Trẻ em");
  }
}

TEST_CASE("A law number keeps the legislature's term written after a space",
          "[parse][metadata][number]") {
  // The crawl's copy of Luật hiến, lấy, ghép mô, bộ phận cơ thể người và hiến
  // lấy xác 2006 (crawl/dan_su/), its first lines.
  Document doc = ParseString(
      "Luật hiến, lấy, ghép mô, bộ phận cơ thể người và hiến lấy xác 2006\n"
      "QUỐC HỘI ****** CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
      "************ Luật số:\n"
      "75/2006/QH 11\n"
      "Hà Nội, ngày 29 tháng 11 năm 2006 QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Khóa "
      "XI, kỳ họp thứ 10 (Từ ngày 17 tháng 10 đến ngày 29 tháng 11 năm 2006) LUẬT HIẾN, LẤY, "
      "GHÉP MÔ, BỘ PHẬN CƠ THỂ NGƯỜI VÀ HIẾN, LẤY XÁC\n"
      "Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, "
      "bổ sung theo Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001 của Quốc hội khoá X, "
      "kỳ họp thứ 10;\n"
      "Luật này quy định về hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác.\n"
      "Chương I NHỮNG QUY ĐỊNH CHUNG\n"
      "Điều 1. Phạm vi điều chỉnh\n",
      InLanguage(Language::kVietnamese));
  CHECK(doc.meta.number == "75/2006/QH11");
}

TEST_CASE("A resolution's sequence number may hold a dot", "[parse][metadata][number]") {
  // Nghị quyết 66.16/2026/NQ-CP as the Công báo prints it
  // (docs/chinh_sach_dn/nghi-quyet-so-6616-2026-nq-cp-469362.txt, lines 5-16).
  Document doc = ParseString(
      "CHÍNH PHỦ \n"
      "_________ \n"
      "            \n"
      "Số: 66.16/2026/NQ-CP \n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
      "Độc lập - Tự do - Hạnh phúc \n"
      "______________________________________   \n"
      "Hà Nội, ngày 07 tháng 4 năm 2026 \n"
      " \n"
      " \n"
      "NGHỊ QUYẾT \n"
      "Cắt giảm, đơn giản hóa thủ tục hành chính,  \n",
      InLanguage(Language::kVietnamese));
  CHECK(doc.meta.number == "66.16/2026/NQ-CP");
  CHECK(doc.meta.kind == "Nghị quyết");
}
