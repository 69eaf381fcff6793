// Metadata that survives OCR, web copies and lost letterheads
// (metadata.cc, the grammars' <meta> patterns): dates whose diacritics or
// digits the OCR damaged, English date forms, a law's date in its enacting
// formula, numbers in a law's title line, the kind, issuers matched to their
// canonical names, and the fallbacks when the letterhead is missing (the
// number's code, the enacting authority). Corpus texts where they have the
// trap; short texts in the genre's shape where the corpus has none.
#include <catch2/catch.hpp>

#include "support/corpus.h"

using congvan::Document;
using congvan::Language;
using congvan::ParseOptions;
using congvan::testing::InLanguage;
using congvan::testing::ParseCorpus;
using congvan::testing::ParseString;

TEST_CASE("OCR dates: lost diacritics and digits read as letters", "[parse][metadata]") {
  Document doc = ParseString(
      "BỘ TÀI CHÍNH\nSố: 12/2022/TT-BTC\nHà Nội, ngày 0] thang 3 năm 2022\nTHÔNG TƯ\n"
      "Hướng dẫn quản lý kinh phí\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn.\n",
      InLanguage(Language::kVietnamese));
  CHECK(doc.meta.date == "2022-03-01");
  CHECK(doc.meta.number == "12/2022/TT-BTC");
  CHECK(doc.meta.kind == "Thông tư");
  CHECK(doc.meta.issuer == "BỘ TÀI CHÍNH");
}

TEST_CASE("An issuer line with lost diacritics is matched to its canonical name",
          "[parse][metadata]") {
  Document doc = ParseString(
      "BO TAI CHÍNH\nSố: 5/TCT-KK\nHà Nội, ngày 2 tháng 3 năm 2023\nV/v hướng dẫn quyết toán\n"
      "Kính gửi: Cục Thuế các tỉnh.\n1. Rà soát hồ sơ.\n2. Báo cáo kết quả.\n",
      InLanguage(Language::kVietnamese));
  CHECK(doc.meta.issuer == "BỘ TÀI CHÍNH");
}

TEST_CASE("A law's date is in its enacting formula, not in the first law it cites",
          "[parse][metadata]") {
  Document doc = ParseCorpus("legislation/2013-vi-law-35-2013-qh13-hoa-giai-o-co-so.txt");
  CHECK(doc.meta.kind == "Luật");
  CHECK(doc.meta.number == "35/2013/QH13");
  CHECK(doc.meta.date == "2013-06-20");
  CHECK(doc.meta.year == 2013);
}

TEST_CASE("English date forms: 'Dated', 'Hanoi, Month day, year'", "[parse][metadata]") {
  Document dated = ParseString(
      "THE GOVERNMENT\nNo. 15/2024/ND-CP\nDECREE\nDated 5 February 2024\n"
      "Article 1. Scope\nThis Decree provides for penalties.\n",
      InLanguage(Language::kEnglish));
  CHECK(dated.meta.date == "2024-02-05");
  CHECK(dated.meta.kind == "Decree");
  Document hanoi = ParseString(
      "MINISTRY OF FINANCE\nNo. 7/2023/TT-BTC\nHanoi, March 14, 2023\nCIRCULAR\n"
      "Article 1. Scope\nThis Circular provides guidance.\n",
      InLanguage(Language::kEnglish));
  CHECK(hanoi.meta.date == "2023-03-14");
}

TEST_CASE("Without a letterhead the number's code names the issuer", "[parse][metadata]") {
  // A web copy of a law that begins at the motto: "80/2025/QH15" is the
  // National Assembly's, "30/2024/NĐ-CP" the Government's.
  Document law = ParseString(
      "Độc lập - Tự do - Hạnh phúc\nLuật số: 80/2025/QH15 | Hà Nội, ngày 24 tháng 6 năm 2025\n"
      "LUẬT\nCÁN BỘ, CÔNG CHỨC\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
      "Luật này quy định về cán bộ, công chức.\n",
      InLanguage(Language::kVietnamese));
  CHECK(law.meta.number == "80/2025/QH15");
  CHECK(law.meta.issuer == "Quốc hội");
  CHECK(law.meta.kind == "Luật");
  Document decree = ParseString(
      "No. 30/2024/ND-CP\nHanoi, March 7, 2024\nDECREE\nArticle 1. Scope\nThis Decree provides.\n",
      InLanguage(Language::kEnglish));
  CHECK(decree.meta.issuer == "Government");
}

TEST_CASE("The national name on the issuer's line is not part of the issuer", "[parse][metadata]") {
  Document doc = ParseString(
      "CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Số: 03/NQ-CP\nHà Nội, ngày 09 tháng 01 năm 2025\nNGHỊ QUYẾT\n"
      "Về chương trình hành động\nĐiều 1. Ban hành kèm theo Nghị quyết này Chương trình hành "
      "động.\n",
      InLanguage(Language::kVietnamese));
  CHECK(doc.meta.issuer == "CHÍNH PHỦ");
  CHECK(doc.meta.date == "2025-01-09");
}

TEST_CASE("A draft without a letterhead issuer: the enacting authority's body issues it",
          "[parse][metadata]") {
  Document doc = ParseString(
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\nSố: /QĐ-UBND\n"
      "Lai Châu, ngày tháng năm 2025\nQUYẾT ĐỊNH\n"
      "Về việc công bố danh mục thủ tục hành chính mới ban hành và phê duyệt quy trình nội bộ giải "
      "quyết thủ tục hành chính trong lĩnh vực hỗ trợ đầu tư thuộc phạm vi chức năng quản lý của "
      "Sở "
      "Tài chính tỉnh Lai Châu\n"
      "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n"
      "Căn cứ Quyết định số 3083/QĐ-BTC ngày 04/9/2025 của Bộ Tài chính về việc công bố thủ tục "
      "hành chính mới ban hành trong lĩnh vực hỗ trợ đầu tư;\nQUYẾT ĐỊNH:\n"
      "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\n"
      "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n",
      InLanguage(Language::kVietnamese));
  CHECK(doc.meta.issuer == "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU");  // not "Bộ Tài chính về việc …"
  CHECK(doc.meta.kind == "Quyết định");
  CHECK(doc.meta.title.rfind("QUYẾT ĐỊNH Về việc công bố", 0) == 0);
  CHECK(doc.meta.year == 2025);
}

TEST_CASE("A text that gives no date has no year, not year 0", "[parse][metadata]") {
  Document doc = ParseString(
      "NGHỊ ĐỊNH\nĐiều 1. Sửa đổi, bổ sung một số điều của Nghị định số 81/2018/NĐ-CP\n"
      "1. Bãi bỏ điểm c khoản 3 Điều 7.\n",
      InLanguage(Language::kVietnamese));
  CHECK(doc.meta.date.empty());
  CHECK_FALSE(doc.meta.year.has_value());
}

TEST_CASE("A document cited twice on one line is one reference; on another line, another",
          "[parse][metadata]") {
  Document doc = ParseString(
      "BỘ TÀI CHÍNH\nSố: 12/2022/TT-BTC\nHà Nội, ngày 01 tháng 3 năm 2022\nTHÔNG TƯ\n"
      "Hướng dẫn quản lý kinh phí\n"
      "Điều 1. Theo Nghị định số 99/2022/NĐ-CP và Nghị định số 99/2022/NĐ-CP đã nêu.\n"
      "Điều 2. Nghị định số 99/2022/NĐ-CP được áp dụng.\n",
      InLanguage(Language::kVietnamese));
  int cited = 0;
  for (const auto& r : doc.meta.references) cited += r.number == "99/2022/NĐ-CP";
  CHECK(cited == 2);
}

TEST_CASE("A letterhead's 'Số:' alone on its line takes the number on the next line",
          "[parse][metadata]") {
  // Web copies lay the letterhead's two columns out line by line: "Số:" on one
  // line, the number (and the place and date) on the next. The label is part
  // of the letterhead, not a stray noise line, and is read with the next line.
  Document decree = ParseCorpus("legislation/1994-vi-decree-61-cp-housing-sale-web.txt");
  CHECK(decree.meta.number == "61-CP");
  CHECK(decree.meta.issuer == "CHÍNH PHỦ");
  for (const auto& block : decree.blocks) {
    if (block.text == "Số:") FAIL("the 'Số:' line is a block of its own");
  }
  // Văn bản hợp nhất 01/VBHN-VPQH năm 2024 (Luật Thủy sản; thuvienphapluat.vn web
  // copy, johnPa02/thuvienphapluat-crawler): its lines 1-5 and 11-12.
  Document consolidated = ParseString(
      "Văn bản hợp nhất 01/VBHN-VPQH năm 2024\nVĂN PHÒNG QUỐC HỘI --------\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
      "Số:\n01/VBHN-VPQH\nChương I NHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n",
      InLanguage(Language::kVietnamese));
  CHECK(consolidated.meta.number == "01/VBHN-VPQH");
}
