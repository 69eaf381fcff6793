// Shapes of the Vietnamese legal genre that decide where a line belongs
// (line_roles.cc: OpensLetterhead, MarkTocPages, a bare "TM." as a signature, a portal's notice
// of an attached file; paragraphs.cc: DefinesSymbol and the reference chain broken before
// "Điều N,"), each on the real text that showed it: a circular printed in the Official Gazette
// whose annexes each open with the issuer's letterhead, two circulars defining a formula's symbols
// one a line, and portal copies of decrees and codes that break a line inside a reference
// ("… tại khoản 4" / "Điều 47, về …") or end with a notice of the file they keep the annexes in.
#include <catch2/catch.hpp>
#include <optional>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::Document;
using congvan::Language;
using congvan::Node;
using congvan::testing::FindTask;
using congvan::testing::InLanguage;
using congvan::testing::ParseCorpus;
using congvan::testing::ParseString;

namespace {

// The role of the block that holds source line `line` (none: no block does).
std::optional<BlockRole> RoleAtLine(const Document& doc, int line) {
  for (const congvan::Block& b : doc.blocks) {
    for (const auto& span : b.spans) {
      if (span.first <= line && line <= span.last) return b.role;
    }
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("An issuer repeated over the national motto opens a letterhead, not a running header",
          "[parse][genre]") {
  // Circular 10/2021/TT-BLĐTBXH as the Official Gazette prints it: the issuer
  // "BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI" stands over the motto on the
  // first page and again at the start of each of its five annexes.
  Document doc = ParseCorpus("legislation/2021-vi-circular-10-2021-tt-bldtbxh-pdf.txt");
  CHECK(RoleAtLine(doc, 9) == BlockRole::kHeader);
  CHECK(RoleAtLine(doc, 10) == BlockRole::kHeader);
  for (int annex_start : {731, 1877, 3112, 4152, 5220}) {
    INFO("line " << annex_start);
    CHECK(RoleAtLine(doc, annex_start) == BlockRole::kAnnex);
    CHECK(RoleAtLine(doc, annex_start + 1) == BlockRole::kAnnex);
  }
  // The gazette's own header over a page number, then a blank line, then the
  // annex's letterhead (lines 727, 4149, 5218) is still page furniture.
  for (int header : {727, 4149, 5218}) {
    INFO("line " << header);
    CHECK(RoleAtLine(doc, header) == BlockRole::kRunningHeader);
  }
}

TEST_CASE("A formula's symbols are defined one a line", "[parse][genre]") {
  // "Trong đó:" / "X : …" / "n: … (n ≥ 6)" / "X1, X2,... Xn: …": the line
  // before the last one stops without a full stop, and the last is still a
  // definition of its own (circulars 29/2021 and 03/2025 of the same ministry).
  for (const char* path : {"pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt",
                           "pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt"}) {
    INFO(path);
    Document doc = ParseCorpus(path);
    const Node* n = FindTask(doc, "n: Số lượng yếu tố đã tiến hành đánh giá");
    REQUIRE(n != nullptr);
    CHECK(n->text.find("X1") == std::string::npos);
    CHECK(FindTask(doc, "X1, X2,") != nullptr);
  }
  // Prose that ends with a colon is no symbol: "Bước 5:" after a definition
  // opens as it did, and a wrapped definition still joins its lower-case end.
  Document doc = ParseCorpus("pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt");
  const Node* big_n = FindTask(doc, "N: quy mô tổng thể");
  REQUIRE(big_n != nullptr);
  CHECK(big_n->text.find("ngành, lĩnh vực hoặc trong doanh nghiệp") != std::string::npos);
}

TEST_CASE("A reference broken before 'Điều N,' goes on on the next line", "[parse][genre]") {
  // Decree 99/2022/NĐ-CP, Điều 56 khoản 2, as the portal copy breaks it.
  Document decree = ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  const Node* clause = FindTask(decree, "Quy định tại Nghị định này về thực hiện thủ tục");
  REQUIRE(clause != nullptr);
  CHECK(clause->text.find("tại khoản 4 Điều 47, về cấp tài khoản") != std::string::npos);
  CHECK(FindTask(decree, "Điều 47, về cấp") == nullptr);

  // Lines quoted from the portal copy of the Civil Code 2015 (Điều 357): the
  // clause goes on after "khoản 1", and the next article still opens.
  Document code = ParseString(
      "Điều 357. Trách nhiệm do chậm thực hiện nghĩa vụ trả tiền\n"
      "1. Trường hợp bên có nghĩa vụ chậm trả tiền thì bên đó phải trả lãi đối với số tiền "
      "chậm trả tương ứng với thời gian chậm trả.\n"
      "2. Lãi suất phát sinh do chậm trả tiền được xác định theo thỏa thuận của các bên nhưng "
      "không được vượt quá mức lãi suất quy định tại khoản 1\n"
      "Điều 468 của Bộ luật này; nếu không có thỏa thuận thì thực hiện theo quy định tại "
      "khoản 2 Điều 468 của Bộ luật này.\n"
      "Điều 358. Trách nhiệm do không thực hiện nghĩa vụ giao vật\n"
      "1. Trường hợp vật phải giao là vật đặc định mà không được giao thì có quyền yêu cầu.\n",
      InLanguage(Language::kVietnamese));
  const Node* two = FindTask(code, "Lãi suất phát sinh do chậm trả tiền");
  REQUIRE(two != nullptr);
  CHECK(two->children.empty());
  CHECK(two->text.find("khoản 1 Điều 468 của Bộ luật này; nếu không") != std::string::npos);
  const Node* next_article = FindTask(code, "Trách nhiệm do không thực hiện nghĩa vụ giao vật");
  REQUIRE(next_article != nullptr);
  CHECK(next_article->marker == "Điều 358.");
}

TEST_CASE("A signature abbreviation alone on its line opens the signature block",
          "[parse][genre]") {
  // Decree 99/2022/NĐ-CP as the portal lays its signature out: "TM." / "CHÍNH
  // PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Phạm Bình Minh" (lines 664-665), then the
  // portal's own note about an attached file.
  Document decree = ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  CHECK(RoleAtLine(decree, 664) == BlockRole::kSignature);
  CHECK(RoleAtLine(decree, 665) == BlockRole::kSignature);
  CHECK(RoleAtLine(decree, 666) != BlockRole::kSignature);
}

TEST_CASE(
    "A contents page whose page numbers were lost is the table of contents down to its page's end",
    "[parse][genre]") {
  // Each annex of circular 10/2021 has "MỤC LỤC" / "Trang" / "Phần thuyết
  // minh" / "I. Định mức lao động …" (lines 774-784; the page numbers were a
  // column of their own), then the gazette's header and page number 13.
  Document doc = ParseCorpus("legislation/2021-vi-circular-10-2021-tt-bldtbxh-pdf.txt");
  for (int line : {774, 777, 778, 780, 784}) {
    INFO("line " << line);
    CHECK(RoleAtLine(doc, line) == BlockRole::kTableOfContents);
  }
  CHECK(RoleAtLine(doc, 802) == BlockRole::kRunningHeader);
  CHECK(RoleAtLine(doc, 805) != BlockRole::kTableOfContents);  // "PHẦN THUYẾT MINH" on page 13
}

TEST_CASE("A portal's caption over the letterhead is the page's, the title is under the letterhead",
          "[parse][genre]") {
  // Decree 102/2017 as a legal portal serves it: "Nghị định 102/2017/NÐ-CP"
  // over "CHÍNH PHỦ" / motto / "Số:" / date, then "NGHỊ ĐỊNH VỀ ĐĂNG KÝ …".
  Document decree = ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  CHECK(RoleAtLine(decree, 1) == BlockRole::kFurniture);
  CHECK(RoleAtLine(decree, 2) == BlockRole::kHeader);
  CHECK(RoleAtLine(decree, 6) == BlockRole::kTitle);
  CHECK(decree.meta.title == "NGHỊ ĐỊNH VỀ ĐĂNG KÝ BIỆN PHÁP BẢO ĐẢM");
  CHECK(decree.meta.kind == "Nghị định");

  // Decree 99/2022: the portal flattened the date and the title onto one line.
  // The line is the title's; the title read from it leaves the date out.
  Document flat = ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  CHECK(RoleAtLine(flat, 1) == BlockRole::kFurniture);
  CHECK(RoleAtLine(flat, 6) == BlockRole::kTitle);
  CHECK(flat.meta.title == "NGHỊ ĐỊNH VỀ ĐĂNG KÝ BIỆN PHÁP BẢO ĐẢM");
  CHECK(flat.meta.date == "2022-11-30");

  // The head of Resolution 01/2020/NQ-HĐTP from the same portal: the Council
  // of Judges is the issuer, and the caption still names the kind.
  Document resolution = ParseString(
      "Nghị quyết 01/2020/NQ-HĐTP\n"
      "HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO -------\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
      "Số: 01/2020/NQ-HĐTP\n"
      "Hà Nội, ngày 05 tháng 3 năm 2020 NGHỊ QUYẾT HƯỚNG DẪN ÁP DỤNG MỘT SỐ QUY ĐỊNH CỦA PHÁP "
      "LUẬT TRONG GIẢI QUYẾT TRANH CHẤP VỀ TÀI SẢN CHUNG CỦA DÒNG HỌ\n"
      "Căn cứ Luật Tổ chức Tòa án nhân dân ngày 24 tháng 11 năm 2014;\n"
      "Điều 1. Phạm vi điều chỉnh\n"
      "Nghị quyết này hướng dẫn áp dụng một số quy định của pháp luật về xác định thành viên "
      "dòng họ.\n",
      InLanguage(Language::kVietnamese));
  CHECK(RoleAtLine(resolution, 1) == BlockRole::kFurniture);
  CHECK(RoleAtLine(resolution, 2) == BlockRole::kHeader);
  CHECK(RoleAtLine(resolution, 5) == BlockRole::kTitle);
  CHECK(resolution.meta.issuer == "HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO");
  CHECK(resolution.meta.kind == "Nghị quyết");
  CHECK(resolution.meta.date == "2020-03-05");
}

TEST_CASE("A portal's notice of an attached file after the signature is the page's, not an annex",
          "[parse][genre]") {
  // Decree 99/2022/NĐ-CP from the portal: after the signature (lines 664-665),
  // "| Văn bản này có file đính kèm, bạn phải tải Văn bản về … Tải về … |" and
  // its table's "| --- |" (lines 666-667) are the portal's, not the decree's.
  Document decree = ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  CHECK(RoleAtLine(decree, 665) == BlockRole::kSignature);
  CHECK(RoleAtLine(decree, 666) == BlockRole::kFurniture);
  CHECK(RoleAtLine(decree, 667) == BlockRole::kFurniture);

  // The end of Circular 08/2024/TT-BTNMT from the same portal: the notice
  // carries the portal's note on the file in brackets; the lines before it
  // are still the recipients and the signature.
  Document circular = ParseString(
      "Điều 5. Hiệu lực thi hành\n"
      "Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2024.\n"
      "Nơi nhận:\n"
      "- Thủ tướng Chính phủ;\n"
      "- Lưu: VT, CĐKDLTTĐĐ.\n"
      "KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Minh Ngân \n"
      "| Văn bản này có file đính kèm, bạn phải tải Văn bản về để xem toàn bộ nội dung.[Mục 8 "
      "phần I Phụ lục V tại File này được sửa đổi bởi Khoản 5 Điều 3 Thông tư 23/2025/TT-BNNMT "
      "có hiệu lực từ ngày 01/07/2025] [Link: /documents/download.aspx?id=KUooW6buyoLui3eLFwl8Gg"
      "%3d%3d&part=-1] [ID: chuong_pl] Tải về [Link: /documents/download.aspx?id=KUooW6buyoLui3eL"
      "Fwl8Gg%3d%3d&part=-1] |\n"
      "| --- |\n",
      InLanguage(Language::kVietnamese));
  CHECK(RoleAtLine(circular, 3) == BlockRole::kRecipients);
  CHECK(RoleAtLine(circular, 6) == BlockRole::kSignature);
  CHECK(RoleAtLine(circular, 7) == BlockRole::kFurniture);
  CHECK(RoleAtLine(circular, 8) == BlockRole::kFurniture);
}

TEST_CASE("A procedure's step owns what follows it up to the next step", "[parse][genre]") {
  // Circular 03/2025/TT-BLĐTBXH, Điều 4 khoản 1 điểm b: "Bước 1: …" to "Bước
  // 5: …" (the 2021 text numbers the same steps "a) Bước 1:" … "đ) Bước 5:").
  // "Bước 4: … theo công thức:" owns "Trong đó:" and its symbols; "Bước 5:"
  // is its sibling, not one of its symbols.
  Document doc = ParseCorpus("pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt");
  const Node* point = FindTask(doc, "Đánh giá điều kiện lao động theo hệ thống chỉ tiêu");
  REQUIRE(point != nullptr);
  REQUIRE(point->children.size() == 5);
  for (size_t k = 0; k < 5; ++k) {
    INFO("step " << k + 1);
    CHECK(point->children[k].text.starts_with("Bước " + std::to_string(k + 1) + ":"));
  }
  const Node& four = point->children[3];
  REQUIRE(four.children.size() == 1);
  CHECK(four.children[0].text == "Trong đó:");
  CHECK(four.children[0].children.size() == 3);    // ": Điểm …", "n: …", "X1, X2,...Xn: …"
  CHECK(point->children[2].children.size() == 5);  // Bước 3's five bullets
  CHECK(point->children[4].children.size() == 6);  // Bước 5's six classes
}

TEST_CASE("A sentence that announces the list under it opens its own paragraph", "[parse][genre]") {
  // Circular 29/2021/TT-BLĐTBXH, hard-wrapped: "… đồng thời gửi Bộ Lao động -
  // Thương binh và Xã hội." ends a sentence at the margin, and "Tài liệu gửi
  // kèm văn bản đề xuất … nguy hiểm:" (three lines) announces "a) …" to "c) …".
  Document doc = ParseCorpus("pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt");
  const Node* clause = FindTask(doc, "Căn cứ vào kết quả phân loại lao động theo phương pháp");
  REQUIRE(clause != nullptr);
  CHECK(clause->text.find("Tài liệu gửi kèm") == std::string::npos);
  REQUIRE(clause->children.size() == 1);
  const Node& lead_in = clause->children[0];
  CHECK(lead_in.text.starts_with("Tài liệu gửi kèm văn bản đề xuất"));
  REQUIRE(lead_in.children.size() == 3);
  CHECK(lead_in.children[0].marker == "a)");
  CHECK(lead_in.children[2].marker == "c)");
}
