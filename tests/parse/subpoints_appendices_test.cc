// The structure below points and after the last article, on real texts
// (tests/parse/real/metadata.tsv).
//
// Sub-points of a point are written "a.1)", "a.2)" (Nghị định 30/2020, Phụ
// lục I numbers the parts of a point so): grammars/vi.xml, styles
// vi-subpoint-dot (under "a)") and vi-subpoint-dot-under-dot (under "a.");
// their own parts "a.3.1)" (Nghị định 167/2025) under "a.3)": vi-subpoint-dot-2.
//
// An appendix laid out as Nghị định 30/2020 lays it out ("PHỤ LỤC 01", its
// title, "(Kèm theo Quyết định số …)") after an issued regulation's last
// article is an annex, not text of that article, though no signature comes
// between them (attachments.cc, MarkAttachments).
#include <catch2/catch.hpp>
#include <span>
#include <string>
#include <string_view>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::Document;
using congvan::Node;

namespace {

const Node* FindByMarker(std::span<const Node> nodes, std::string_view marker,
                         std::string_view text_prefix) {
  for (const Node& n : nodes) {
    if (n.marker == marker && std::string_view(n.text).starts_with(text_prefix)) return &n;
    if (const Node* in = FindByMarker(n.quoted(), marker, text_prefix)) return in;
    if (const Node* in = FindByMarker(n.children, marker, text_prefix)) return in;
  }
  return nullptr;
}

bool AnyTaskContains(std::span<const Node> nodes, std::string_view part) {
  for (const Node& n : nodes) {
    if (std::string_view(n.text).find(part) != std::string_view::npos) return true;
    if (AnyTaskContains(n.quoted(), part) || AnyTaskContains(n.children, part)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("Sub-points a.1) are the children of their point a)", "[parse][subpoints]") {
  // Lines 306-325: "a) Cục trưởng … trong các trường hợp sau:" / "a.1) Tài
  // khoản …" / "a.2) …" / "a.3) …" / "b) Giám đốc …" (the new Điều 8 that
  // Điều 11 quotes).
  Document doc = congvan::testing::ParseRealExcerpt(
      "2026-vi-circular-17-2026-tt-nhnn-foreign-accounts-opening-congbao.txt");
  const Node* point = FindByMarker(doc.tasks, "a)", "Cục trưởng Cục Quản lý ngoại hối cấp");
  REQUIRE(point != nullptr);
  REQUIRE(point->children.size() == 3);
  const char* markers[] = {"a.1)", "a.2)", "a.3)"};
  for (size_t k = 0; k < 3; ++k) {
    INFO(k);
    CHECK(point->children[k].marker == markers[k]);
    CHECK(point->children[k].text.starts_with("Tài khoản ngoại tệ ở nước ngoài"));
  }
  CHECK(std::string_view(point->children[2].path) == "8.2.a.3");
  // The point ends where its first sub-point begins.
  CHECK(point->spans.back().last == 307);
}

TEST_CASE("Sub-points a.1. are the children of their point a.", "[parse][subpoints][pdf]") {
  // Lines 232-289: "a. Giá đất nông nghiệp:" / "a.1. Giá đất …" … "b. Giá đất
  // phi nông nghiệp:" / "b.1. Giá đất ở …" / "b.2." / "b.3.".
  Document doc = congvan::testing::ParseRealExcerpt(
      "2024-vi-decision-hanoi-71-land-prices-subpoints-pdf-excerpt.txt");
  const Node* b = FindByMarker(doc.tasks, "b.", "Giá đất phi nông nghiệp");
  REQUIRE(b != nullptr);
  REQUIRE(b->children.size() == 3);
  CHECK(b->children[0].marker == "b.1.");
  CHECK(b->children[0].text.starts_with("Giá đất ở được quy định tại"));
  CHECK(b->children[2].marker == "b.3.");
  const Node* a = FindByMarker(doc.tasks, "a.", "Giá đất nông nghiệp:");
  REQUIRE(a != nullptr);
  CHECK(FindByMarker(a->children, "a.3.", "Giá đất nuôi trồng thủy sản") != nullptr);
}

TEST_CASE("Three-level points a.3.1) are the children of their sub-point a.3)",
          "[parse][subpoints]") {
  // Lines 27-36 of the excerpt (the decree's lines 909-918): the new Điều 98
  // quoted by item 52: "2. Kết luận …" / "a) Trường hợp …" / "a.1) …" /
  // "a.2) …" / "a.3) Ký ban hành kết luận kiểm tra: …" / "a.3.1) Xem xét …" /
  // "a.3.2) Ký ban hành …" / "b) Đối với trường hợp …". Without grammars/
  // vi.xml's vi-subpoint-dot-2 (and ReadOrdinal reading every number after
  // the letter) "a.3.1)" and "a.3.2)" are glued to a.3)'s text.
  Document doc = congvan::testing::ParseRealExcerpt(
      "2025-vi-decree-167-2025-nd-cp-customs-subpoints-web-excerpt.txt");
  const Node* a3 = FindByMarker(doc.tasks, "a.3)", "Ký ban hành kết luận kiểm tra:");
  REQUIRE(a3 != nullptr);
  CHECK(a3->spans.back().last == 32);  // its sub-points are not its text
  REQUIRE(a3->children.size() == 2);
  CHECK(a3->children[0].marker == "a.3.1)");
  CHECK(a3->children[0].text.starts_with("Xem xét văn bản giải trình của người khai hải quan"));
  CHECK(a3->children[1].marker == "a.3.2)");
  CHECK(a3->children[1].text.starts_with("Ký ban hành kết luận kiểm tra sau thông quan"));
  CHECK(std::string_view(a3->children[1].path).ends_with(".a.3.2"));
  // The point goes on after them: b) is a.3)'s point's sibling.
  const Node* b = FindByMarker(doc.tasks, "b)", "Đối với trường hợp cơ quan hải quan chưa");
  REQUIRE(b != nullptr);
  CHECK(b->children.size() == 3);
}

TEST_CASE("A first three-level point opens under its sub-point however the line before ends",
          "[parse][subpoints]") {
  // Thông tư 90/2026/TT-BTC Điều 9 whole, as `congvan extract` reads the
  // Word copy (thuvienphapluat.vn, kept by babycodecax/App_WebTADA @ 48848d4,
  // 90_2026_TT-BTC_280130.docx; lines 204-232). "b.2) Tại cơ quan thuế nơi
  // chuyển đến" stops on "đến", a word a wrapped line goes on after, so the
  // paragraph joiner glued "b.2.1) Người nộp thuế …" to it and "b.2.2)" was
  // left unplaced. A marker numbered 1 whose prefix is the open item's number
  // opens that item's first sub-item (paragraphs.cc, OpensFirstSubItem).
  Document doc = congvan::testing::ParseString(
      R"TXT(Điều 9. Địa điểm nộp và hồ sơ thông báo thay đổi thông tin đăng ký thuế
1. Thay đổi thông tin đăng ký thuế nhưng không làm thay đổi cơ quan thuế quản lý trực tiếp
a) Người nộp thuế đăng ký thuế cùng với đăng ký kinh doanh theo cơ chế một cửa liên thông khi có thay đổi thông tin đăng ký thuế thì thực hiện thông báo thay đổi thông tin đăng ký thuế cùng với việc thay đổi nội dung đăng ký doanh nghiệp, đăng ký hợp tác xã, đăng ký kinh doanh;
b) Người nộp thuế quy định tại điểm a, b, c, d, đ, g, i, p khoản 2 Điều 4 Thông tư này nộp hồ sơ đến cơ quan thuế quản lý trực tiếp như sau:
b.1) Hồ sơ thông báo thay đổi thông tin đăng ký thuế của người nộp thuế theo quy định tại điểm a, b, c, g, i, p khoản 2 Điều 4 Thông tư này, gồm:
- Tờ khai điều chỉnh, bổ sung thông tin đăng ký thuế mẫu số 08-MST ban hành kèm theo Thông tư này;
- Bản sao giấy phép thành lập và hoạt động, hoặc giấy chứng nhận đăng ký hoạt động đơn vị phụ thuộc, hoặc quyết định thành lập, hoặc giấy phép tương đương do cơ quan có thẩm quyền cấp nếu thông tin trên các giấy tờ này có thay đổi;
b.2) Hồ sơ thông báo thay đổi thông tin đăng ký thuế của người nộp thuế theo quy định tại điểm d khoản 2 Điều 4 Thông tư này là Tờ khai điều chỉnh, bổ sung thông tin đăng ký thuế mẫu số 08-MST ban hành kèm theo Thông tư này;
b.3) Hồ sơ thông báo thay đổi thông tin đăng ký thuế của nhà cung cấp nước ngoài quy định tại điểm đ khoản 2 Điều 4 Thông tư này là Tờ khai điều chỉnh thông tin đăng ký thuế dành cho nhà cung cấp nước ngoài theo mẫu số 01-1/NCCNN ban hành kèm theo Thông tư này. Người nộp thuế thực hiện nộp hồ sơ thông qua Hệ thống thông tin quản lý thuế;
c) Người nộp thuế là nhà thầu, nhà đầu tư tham gia hợp đồng dầu khí quy định tại điểm i khoản 2 Điều 4 Thông tư này khi chuyển nhượng phần vốn góp trong tổ chức kinh tế hoặc chuyển nhượng một phần quyền lợi tham gia hợp đồng dầu khí, nộp hồ sơ thông báo thay đổi thông tin đăng ký thuế tại Thuế tỉnh, thành phố nơi người điều hành của hợp đồng dầu khí có hoạt động chuyển nhượng đặt trụ sở; trường hợp người điều hành được phân công cho Chi cục Thuế doanh nghiệp lớn quản lý thì nộp hồ sơ tại Chi cục Thuế doanh nghiệp lớn.
Hồ sơ thông báo thay đổi thông tin đăng ký thuế là Tờ khai điều chỉnh, bổ sung thông tin đăng ký thuế mẫu số 08-MST ban hành kèm theo Thông tư này.
2. Thay đổi thông tin đăng ký thuế làm thay đổi cơ quan thuế quản lý trực tiếp (trừ trường hợp thay đổi thông tin địa chỉ trụ sở do thay đổi địa giới hành chính nhà nước theo quyết định của cơ quan nhà nước có thẩm quyền hoặc cơ quan thuế phân công lại cơ quan thuế quản lý trực tiếp)
a) Người nộp thuế đăng ký thuế cùng với đăng ký kinh doanh theo cơ chế một cửa liên thông khi có thay đổi địa chỉ trụ sở làm thay đổi cơ quan thuế quản lý trực tiếp:
a.1) Người nộp thuế nộp hồ sơ thay đổi cho cơ quan thuế quản lý trực tiếp (cơ quan thuế nơi chuyển đi) để thực hiện thủ tục chuyển cơ quan thuế quản lý theo quy định tại điểm a khoản 2 Điều 10 Thông tư này trước khi đăng ký thay đổi địa chỉ trụ sở đến cơ quan đăng ký kinh doanh.
Hồ sơ nộp đến cơ quan thuế nơi chuyển đi là Tờ khai điều chỉnh, bổ sung thông tin đăng ký thuế mẫu số 08-MST ban hành kèm theo Thông tư này;
a.2) Sau khi nhận được Thông báo về việc người nộp thuế chuyển địa điểm mẫu số 09-MST ban hành kèm theo Thông tư này của cơ quan thuế nơi chuyển đi, người nộp thuế thực hiện đăng ký thay đổi địa chỉ trụ sở với cơ quan đăng ký kinh doanh theo quy định của pháp luật về đăng ký kinh doanh.
b) Người nộp thuế thuộc diện đăng ký thuế trực tiếp với cơ quan thuế theo quy định tại điểm a, b, c, d, g, i, p khoản 2 Điều 4 Thông tư này khi có thay đổi địa chỉ trụ sở làm thay đổi cơ quan thuế quản lý trực tiếp thực hiện như sau:
b.1) Tại cơ quan thuế nơi chuyển đi
Người nộp thuế nộp hồ sơ thông báo thay đổi thông tin đăng ký thuế cho cơ quan thuế quản lý trực tiếp (cơ quan thuế nơi chuyển đi). Hồ sơ thông báo thay đổi thông tin đăng ký thuế cụ thể như sau:
- Đối với người nộp thuế theo quy định tại điểm a, b, c, g, i, p khoản 2 Điều 4 Thông tư này, hồ sơ gồm:
+ Tờ khai điều chỉnh, bổ sung thông tin đăng ký thuế mẫu số 08-MST ban hành kèm theo Thông tư này;
+ Bản sao giấy phép thành lập và hoạt động, hoặc văn bản tương đương do cơ quan có thẩm quyền cấp trong trường hợp địa chỉ trên các giấy tờ này có thay đổi;
- Đối với người nộp thuế theo quy định tại điểm d khoản 2 Điều 4 Thông tư này, hồ sơ là Tờ khai điều chỉnh, bổ sung thông tin đăng ký thuế mẫu số 08-MST ban hành kèm theo Thông tư này;
b.2) Tại cơ quan thuế nơi chuyển đến
b.2.1) Người nộp thuế nộp hồ sơ thông báo thay đổi thông tin đăng ký thuế đến cơ quan thuế nơi chuyển đến trong thời hạn 10 (mười) ngày làm việc kể từ ngày cơ quan thuế nơi chuyển đi ban hành Thông báo về việc người nộp thuế chuyển địa điểm mẫu số 09-MST ban hành kèm theo Thông tư này. Cụ thể:
- Người nộp thuế theo quy định tại điểm a, b, d, g, i khoản 2 Điều 4 Thông tư này (trừ tổ hợp tác) nộp hồ sơ tại Thuế tỉnh, thành phố nơi đặt trụ sở mới;
- Người nộp thuế là tổ hợp tác theo quy định tại điểm b khoản 2 Điều 4 Thông tư này nộp hồ sơ tại Thuế cơ sở nơi đặt trụ sở mới;
- Người nộp thuế theo quy định tại điểm c, p khoản 2 Điều 4 Thông tư này nộp hồ sơ tại Thuế tỉnh, thành phố nơi tổ chức đóng trụ sở đối với tổ chức do cơ quan trung ương và cơ quan cấp tỉnh ra quyết định thành lập (trừ đơn vị theo hệ thống ngành dọc hoạt động tại cấp xã); tại Thuế cơ sở nơi tổ chức đóng trụ sở đối với tổ chức không do cơ quan trung ương và cơ quan cấp tỉnh ra quyết định thành lập, đơn vị theo hệ thống ngành dọc hoạt động tại cấp xã do cơ quan trung ương và cơ quan cấp tỉnh ra quyết định thành lập;
b.2.2) Hồ sơ thông báo thay đổi thông tin đăng ký thuế là văn bản đăng ký chuyển địa điểm tại cơ quan thuế nơi người nộp thuế chuyển đến mẫu số 30/ĐKT ban hành kèm theo Thông tư này.)TXT");
  const Node* b2 = FindByMarker(doc.tasks, "b.2)", "Tại cơ quan thuế nơi chuyển đến");
  REQUIRE(b2 != nullptr);
  CHECK(std::string_view(b2->text) == "Tại cơ quan thuế nơi chuyển đến");
  REQUIRE(b2->children.size() == 2);
  CHECK(b2->children[0].marker == "b.2.1)");
  CHECK(b2->children[0].children.size() == 3);  // its three dashes
  CHECK(b2->children[1].marker == "b.2.2)");
}

TEST_CASE("An appendix after an issued regulation's last article is an annex",
          "[parse][attachments][pdf]") {
  // Lines 392-418: "Điều 12. Điều khoản thi hành" / "… quyết định điều chỉnh,
  // bổ sung cho phù hợp./." / page number "9" / "PHỤ LỤC 01" / "DANH MỤC HÀNG
  // HÓA, DỊCH VỤ …" / "(Kèm theo Quyết định số" / … the appendix's table.
  Document doc = congvan::testing::ParseRealExcerpt(
      "2024-vi-decision-hanoi-70-price-management-appendix-pdf-excerpt.txt");
  CHECK_FALSE(AnyTaskContains(doc.tasks, "PHỤ LỤC 01"));
  CHECK_FALSE(AnyTaskContains(doc.tasks, "DANH MỤC HÀNG HÓA, DỊCH VỤ DO ỦY BAN"));
  bool annex = false;
  for (const congvan::Block& b : doc.blocks) {
    if (b.role == BlockRole::kAnnex && b.text.starts_with("PHỤ LỤC 01")) annex = true;
  }
  CHECK(annex);
  // The regulation still ends with its last article.
  const Node& regulation = doc.tasks.back();
  REQUIRE(!regulation.children.empty());
  const Node& last_chapter = regulation.children.back();
  REQUIRE(!last_chapter.children.empty());
  CHECK(last_chapter.children.back().marker == "Điều 12.");
}

TEST_CASE("A rank code wrapped after its label goes on with the label's sentence",
          "[parse][congbao][paragraphs]") {
  // Lines 84-106: "a) “Điều 5. Giảng viên … (hạng I) - Mã số:" / "V.09.02.01”;"
  // … "i) “Điều 13. … (hạng IV) - Mã số:" / "V.09.02.09”.": the code is the
  // rest of the point, not a paragraph under it (paragraphs.cc, OpensWithRankCode).
  Document doc = congvan::testing::ParseRealExcerpt(
      "2024-vi-circular-10-2024-tt-bldtbxh-rank-codes-opening-congbao.txt");
  const Node* first = FindByMarker(doc.tasks, "a)", "“Điều 5. Giảng viên giáo dục nghề nghiệp");
  REQUIRE(first != nullptr);
  CHECK(first->text.ends_with("Mã số: V.09.02.01”;"));
  CHECK(first->children.empty());
  const Node* last = FindByMarker(doc.tasks, "i)", "“Điều 13. Giáo viên giáo dục nghề nghiệp");
  REQUIRE(last != nullptr);
  CHECK(last->text.ends_with("Mã số: V.09.02.09”."));
  CHECK(last->children.empty());
}

TEST_CASE("An English translation's appendix after the last article is an annex",
          "[parse][attachments]") {
  // Made-up lines of the genre (translations of laws print the appendix as
  // "APPENDIX" / its title / "(Promulgated together with the … Law No. …)").
  Document doc = congvan::testing::ParseString(
      "LAW\nON PLANNING\n\n"
      "Article 1. Scope\nThis Law provides for planning activities.\n\n"
      "Article 2. Entry into force\nThis Law comes into force on 1 March 2026.\n\n"
      "APPENDIX\n\nLIST OF SECTORAL PLANNING SCHEMES\n"
      "(Promulgated together with the Planning Law No. 112/2025/QH15)\n\n"
      "1. National energy master plan\n2. National mineral master plan\n");
  CHECK_FALSE(AnyTaskContains(doc.tasks, "APPENDIX"));
  CHECK_FALSE(AnyTaskContains(doc.tasks, "National energy master plan"));
  REQUIRE(!doc.tasks.empty());
  CHECK(doc.tasks.back().marker == "Article 2.");
}

TEST_CASE("An article that lists its text's appendices is no appendix", "[parse][attachments]") {
  // Review (session 37): "Phụ lục I (kèm theo Thông tư này): …" in Điều 1 made
  // everything after it annex, the later articles and the signature with them.
  // A circular's shape (Thông tư's Điều 1 "Ban hành kèm theo Thông tư này …"):
  // an appendix's own attaching line names the text by its number, never "này".
  const std::string text =
      "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
      "Số: 12/2025/TT-BTC\nHà Nội, ngày 10 tháng 3 năm 2025\n\nTHÔNG TƯ\n"
      "Hướng dẫn chế độ kế toán\n\nCăn cứ Luật Kế toán ngày 20 tháng 11 năm 2015;\n"
      "Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn chế độ kế toán.\n\n"
      "Điều 1. Ban hành các phụ lục\nBan hành kèm theo Thông tư này các phụ lục sau:\n"
      "Phụ lục I (kèm theo Thông tư này): Danh mục tài khoản\n"
      "Phụ lục II (kèm theo Thông tư này): Mẫu báo cáo\n\n"
      "Điều 2. Hiệu lực thi hành\n1. Thông tư này có hiệu lực từ ngày 01 tháng 5 năm 2025.\n"
      "2. Các đơn vị tổ chức thực hiện.\n\nĐiều 3. Trách nhiệm thi hành\n"
      "Các bộ, cơ quan ngang bộ chịu trách nhiệm thi hành Thông tư này./.\n\n"
      "Nơi nhận:\n- Thủ tướng Chính phủ;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n"
      "Nguyễn Văn A\n";
  Document doc = congvan::testing::ParseString(text);
  REQUIRE(doc.tasks.size() == 3);
  CHECK(doc.tasks[2].marker == "Điều 3.");
  bool annex = false, signature = false;
  for (const congvan::Block& b : doc.blocks) {
    annex = annex || b.role == BlockRole::kAnnex;
    signature = signature || b.role == BlockRole::kSignature;
  }
  CHECK_FALSE(annex);
  CHECK(signature);
}
