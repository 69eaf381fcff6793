// A document's own facts (metadata.cc, grammars/vi.xml <meta>) on the
// layouts the survey of every unseen set found them wrong in (docs/DESIGN.md,
// "Document facts over the unseen sets"): a number left alone on the line
// under a flattened letterhead, a joint circular's five issuers and its
// number wrapped after a dash, the kind of a consolidated text, a bold
// letterhead whose first word stands alone. Real
// excerpts: tests/parse/real/metadata.tsv, and lines of the crawl
// johnPa02/thuvienphapluat-crawler (commit e11495e) quoted below.
#include <catch2/catch.hpp>
#include <string>

#include "support/corpus.h"

using namespace congvan;
using congvan::testing::InLanguage;
using congvan::testing::ParseRealExcerpt;
using congvan::testing::ParseString;

TEST_CASE("A flattened letterhead's label takes the number on the line under it",
          "[parse][metadata][number]") {
  // The first lines of the crawl's thuvienphapluat.vn copy of Luật Giá 2023
  // (crawl/dat_dai/Luật_Giá_2023.txt): the label ends the motto's line after
  // its rule, the number stands alone on the next line. 36 of the crawl's
  // 168 texts are laid out so.
  Document doc = ParseString(
      "Luật Giá 2023\n"
      "QUỐC HỘI -------\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Luật số:\n"
      "16/2023/QH15\n"
      "Hà Nội, ngày 19 tháng 6 năm 2023 LUẬT GIÁ\n"
      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
      "Quốc hội ban hành Luật Giá.\n"
      "Chương I NHỮNG QUY ĐỊNH CHUNG\n"
      "Điều 1. Phạm vi điều chỉnh\n"
      "Luật này quy định về quyền và nghĩa vụ của cơ quan, tổ chức, cá nhân trong lĩnh vực "
      "giá.\n",
      InLanguage(Language::kVietnamese));
  CHECK(doc.meta.number == "16/2023/QH15");
  CHECK(doc.meta.kind == "Luật");
  CHECK(doc.meta.date == "2023-06-19");
}

TEST_CASE("A joint circular is issued by every body of its letterhead",
          "[parse][metadata][issuer][number]") {
  // Lines 13-17: "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO -" / "TÒA ÁN NHÂN DÂN TỐI
  // CAO -" / "BỘ CÔNG AN - BỘ QUỐC PHÒNG -" / "BỘ LAO ĐỘNG - THƯƠNG BINH" /
  // "VÀ XÃ HỘI": each line's dash joins the next body, the last line is
  // the last ministry's name wrapped. Lines 22-23 wrap the number after a dash.
  Document doc =
      ParseRealExcerpt("2022-vi-joint-circular-01-2022-ttlt-five-bodies-opening-congbao.txt");
  CHECK(doc.meta.issuer ==
        "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - TÒA ÁN NHÂN DÂN TỐI CAO - BỘ CÔNG AN - BỘ QUỐC PHÒNG - "
        "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
  CHECK(doc.meta.number == "01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH");
  CHECK(doc.meta.kind == "Thông tư liên tịch");
}

TEST_CASE("A consolidated text is of its own kind, not its base act's",
          "[parse][metadata][consolidation]") {
  // Văn bản hợp nhất 28/VBHN-VPQH repeats the title "LUẬT BẢO HIỂM Y TẾ"; its
  // number and date are the certification's, and so is its kind.
  Document doc =
      ParseRealExcerpt("2020-vi-vbhn-28-vpqh-health-insurance-opening-closing-congbao.txt");
  CHECK(doc.meta.number == "28/VBHN-VPQH");
  CHECK(doc.meta.kind == "Văn bản hợp nhất");
}

TEST_CASE("A letterhead's first word a bold run left alone is the issuer's, not noise",
          "[parse][metadata][issuer]") {
  // Lines 58-60: "**ỦY" / "BAN NHÂN DÂN **" / "THÀNH PHỐ HỒ CHÍ MINH". "ỦY"
  // alone was noise, the place under it taken for the title, and the issuer
  // came from the portal's box ("Thành phố Hồ Chí Minh").
  Document doc = ParseRealExcerpt("2025-vi-dispatch-hcmc-ubnd-4085-house-numbers-web.txt");
  CHECK(doc.meta.issuer == "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH");
  CHECK(doc.meta.title.starts_with("V/v rà soát và chuẩn hóa dữ liệu số nhà"));
}

// Written for the test (session 38's review): a number whose code ends its
// line with a dash takes the next line's codes only when they are codes
// (capitals, digits, dashes, Đ), never the place under it ("Hà Nội").
TEST_CASE("A number ending in a dash does not take the place under it", "[parse][metadata]") {
  congvan::Document doc = congvan::testing::ParseString(R"(BỘ Y TẾ
Số: 45/BYT-
Hà Nội, ngày 5 tháng 3 năm 2024
V/v kiểm tra

Kính gửi: Các đơn vị trực thuộc.

1. Các đơn vị thực hiện kiểm tra việc thu nộp.
2. Báo cáo kết quả trước ngày 30 tháng 6 năm 2024.

Nơi nhận:
- Như trên;
- Lưu: VT.)");
  CHECK(doc.meta.number == "45/BYT-");
}

// Công báo copy of Nghị quyết 16/2026/NQ-CP (hrmaster1982-dev/phapluat-8chude-data
// @ cdfc64c, docs/chinh_sach_dn/nghi-quyet-so-16-2026-nq-cp-469356.txt, its first
// 20 lines as they are): the motto written with en dashes ("Độc lập – Tự do –
// Hạnh phúc") is the letterhead's, not the title (session 38's review).
TEST_CASE("A motto with en dashes is the letterhead's, not the title", "[parse][metadata]") {
  congvan::Document doc = congvan::testing::ParseString(R"(CÔNG BÁO/Số 240/Ngày 22-04-2026 
62
 
 
CHÍNH PHỦ 
––––– 
 
Số: 16/2026/NQ-CP 
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM 
Độc lập – Tự do – Hạnh phúc 
––––––––––––––––––––––––– 
Hà Nội, ngày 07 tháng 4 năm 2026 
 
NGHỊ QUYẾT 
Quy định về cơ chế, chính sách tháo gỡ khó khăn, vướng mắc đối với  
dự án đầu tư theo hình thức Xây dựng - Chuyển giao  
 
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; 
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; 
Căn cứ Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14, )");
  CHECK(doc.meta.number == "16/2026/NQ-CP");
  CHECK(doc.meta.title.find("Hạnh phúc") == std::string::npos);
  CHECK(doc.meta.title.find("tháo gỡ khó khăn") != std::string::npos);
}
