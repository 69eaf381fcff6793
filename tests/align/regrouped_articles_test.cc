// Regrouped articles (engine/src/align/textless_divisions.h,
// MatchArticlesByTheirProvisions): an article left without a counterpart
// whose provisions went, most of them and two at least, into a free article
// of the other version is that article, however far apart the headings.
//
// Real text: the corpus pair Nghị định 102/2017/NĐ-CP → 99/2022/NĐ-CP. Old
// Điều 58 "Khôi phục dữ liệu trong trường hợp kết quả đăng ký biện pháp bảo
// đảm bị hủy không đúng các căn cứ …" (line 404) went into new Điều 21 "Hủy
// đăng ký" (248): its khoản 1 and the paragraph under it are new khoản 3 and
// its paragraph (405 → 257, 406 → 258), its khoản 3 went to Điều 9 (408 →
// 114); the headings share two words, and both came out dropped and added.
// The review pairs 404 → 248. The negative case is in the same pair: old
// Điều 61 "Từ chối cung cấp thông tin …" (415), every provision of which went
// into new Điều 51 khoản 1 (549), became that clause (unpaired_demotions.h),
// not new Điều 51 (548). With $CONGVAN_UNSEEN_TEXTS, the unseen Luật Hải quan
// 2001 → 2014: 2001 Điều 26 "Giám sát hải quan" (167) is 2014 Điều 38 "Đối
// tượng, phương thức và thời gian giám sát hải quan" (307), 7 of 7
// provisions; backwards 2014 Điều 56 "Kiểm tra, giám sát hải quan đối với
// hàng hóa trên phương tiện vận tải" (426) is 2001 Điều 38 "Hàng hoá trên
// phương tiện vận tải xuất cảnh, nhập cảnh, quá cảnh" (250).
#include <catch2/catch.hpp>

#include "congvan/align.h"
#include "support/alignment_pairs.h"
#include "support/corpus.h"

using congvan::Alignment;
using congvan::Document;
using congvan::testing::FindChange;

TEST_CASE("An article is the free article its provisions went to (decree 102/2017 → 99/2022)",
          "[align][regrouped_articles]") {
  Document old_doc = congvan::testing::ParseCorpus("pairs/2017-vi-decree-102-2017-nd-cp-old.txt");
  Document new_doc = congvan::testing::ParseCorpus("pairs/2022-vi-decree-99-2022-nd-cp-new.txt");
  Alignment a = congvan::Align(old_doc, new_doc).value();
  CHECK(FindChange(a, 405, 257) != nullptr);
  CHECK(FindChange(a, 404, 248) != nullptr);
  // An article whose provisions all went into one clause became that clause.
  CHECK(FindChange(a, 415, 549) != nullptr);
  CHECK(FindChange(a, 415, 548) == nullptr);
}

TEST_CASE("Articles regrouped under new headings follow their provisions (Luật Hải quan)",
          "[align][regrouped_articles]") {
  if (!congvan::testing::UnseenTextsGiven()) return;
  Document old_doc = congvan::testing::ParseUnseen("hai_quan/Luật_Hải_quan_2001.txt");
  Document new_doc = congvan::testing::ParseUnseen("hai_quan/Luật_Hải_quan_2014.txt");
  CHECK(FindChange(congvan::Align(old_doc, new_doc).value(), 167, 307) != nullptr);
  CHECK(FindChange(congvan::Align(new_doc, old_doc).value(), 426, 250) != nullptr);
}

// Written for the test (session 38's review), in a law's shape: two unrelated
// articles — a water-abstraction licence and a fishing association's
// membership — share only the boilerplate "1. Hồ sơ gồm:" / "a) Đơn đề nghị
// cấp giấy phép;", two of the nine and eight provisions, and those two are
// all that went anywhere: "most of them" held, the headings share no word.
TEST_CASE("Two unrelated articles sharing boilerplate provisions stay apart",
          "[align][regrouped_articles]") {
  const std::string old_text = R"(QUỐC HỘI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Luật số: 10/2015/QH13

LUẬT
QUẢN LÝ TÀI NGUYÊN

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật quản lý tài nguyên.

Điều 1. Phạm vi điều chỉnh
Luật này quy định về quản lý tài nguyên nước, khoáng sản và rừng.

Điều 2. Đối tượng áp dụng
Luật này áp dụng đối với cơ quan, tổ chức, cá nhân có hoạt động liên quan đến tài nguyên.

Điều 3. Giải thích từ ngữ
1. Tài nguyên nước là nguồn nước mặt, nước dưới đất, nước mưa và nước biển.
2. Khoáng sản là khoáng vật, khoáng chất có ích được tích tụ tự nhiên.

Điều 4. Nguyên tắc quản lý
1. Tài nguyên thuộc sở hữu toàn dân do Nhà nước đại diện chủ sở hữu và thống nhất quản lý.
2. Việc khai thác phải bảo đảm tiết kiệm, hiệu quả và bền vững.

Điều 5. Cấp giấy phép khai thác nước dưới đất
1. Hồ sơ gồm:
a) Đơn đề nghị cấp giấy phép;
b) Sơ đồ khu vực khai thác.
c) Báo cáo kết quả thăm dò nước dưới đất có xác nhận của đơn vị tư vấn.
2. Thời hạn giải quyết là 30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.
3. Giấy phép có thời hạn tối đa 10 năm và được gia hạn nhiều lần.
4. Tổ chức được cấp giấy phép phải lắp đặt thiết bị quan trắc lưu lượng và mực nước tại giếng khai thác.
5. Việc khai thác nước dưới đất tại vùng hạn chế phải được Ủy ban nhân dân cấp tỉnh chấp thuận bằng văn bản.
6. Cơ quan cấp phép công bố danh mục giếng khai thác trên cổng thông tin điện tử.

Điều 6. Thanh tra chuyên ngành tài nguyên
1. Thanh tra Bộ thực hiện thanh tra chuyên ngành về tài nguyên.
2. Đoàn thanh tra có quyền đình chỉ hoạt động khai thác trái phép.

Điều 7. Trách nhiệm của Bộ Tài nguyên và Môi trường
Bộ Tài nguyên và Môi trường chịu trách nhiệm trước Chính phủ thực hiện quản lý nhà nước về tài nguyên.

Điều 8. Trách nhiệm của Ủy ban nhân dân cấp tỉnh
Ủy ban nhân dân cấp tỉnh quản lý tài nguyên tại địa phương theo phân cấp của Chính phủ.

Điều 9. Hiệu lực thi hành
Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2016.)";
  const std::string new_text = R"(QUỐC HỘI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Luật số: 20/2024/QH15

LUẬT
QUẢN LÝ TÀI NGUYÊN

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật quản lý tài nguyên.

Điều 1. Phạm vi điều chỉnh
Luật này quy định về quản lý tài nguyên nước, khoáng sản và rừng.

Điều 2. Đối tượng áp dụng
Luật này áp dụng đối với cơ quan, tổ chức, cá nhân có hoạt động liên quan đến tài nguyên.

Điều 3. Giải thích từ ngữ
1. Tài nguyên nước là nguồn nước mặt, nước dưới đất, nước mưa và nước biển.
2. Khoáng sản là khoáng vật, khoáng chất có ích được tích tụ tự nhiên.

Điều 4. Khen thưởng
Tổ chức, cá nhân có thành tích trong bảo vệ tài nguyên được khen thưởng theo quy định của pháp luật.

Điều 5. Nguyên tắc quản lý
1. Tài nguyên thuộc sở hữu toàn dân do Nhà nước đại diện chủ sở hữu và thống nhất quản lý.
2. Việc khai thác phải bảo đảm tiết kiệm, hiệu quả và bền vững.

Điều 6. Trách nhiệm của Bộ Tài nguyên và Môi trường
Bộ Tài nguyên và Môi trường chịu trách nhiệm trước Chính phủ thực hiện quản lý nhà nước về tài nguyên.

Điều 7. Trách nhiệm của Ủy ban nhân dân cấp tỉnh
Ủy ban nhân dân cấp tỉnh quản lý tài nguyên tại địa phương theo phân cấp của Chính phủ.

Điều 8. Kết nạp hội viên hiệp hội nghề cá
1. Hồ sơ gồm:
a) Đơn đề nghị cấp giấy phép;
b) Bản sao giấy chứng nhận đăng ký doanh nghiệp;
c) Danh sách tàu cá đang hoạt động của tổ chức xin gia nhập.
2. Hiệp hội xem xét kết nạp trong thời hạn 15 ngày làm việc.
3. Hội viên có nghĩa vụ đóng hội phí hằng năm theo mức do Đại hội quyết định.
4. Hội viên được hỗ trợ tư vấn pháp lý về khai thác hải sản xa bờ.
5. Ban chấp hành hiệp hội khai trừ hội viên vi phạm điều lệ nghiêm trọng.

Điều 9. Hiệu lực thi hành
Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.)";
  Document old_doc = congvan::testing::ParseString(old_text);
  Document new_doc = congvan::testing::ParseString(new_text);
  Alignment a = congvan::Align(old_doc, new_doc).value();
  const int old_licence = 27,
            new_membership = 36;  // "Điều 5. Cấp giấy phép …", "Điều 8. Kết nạp …"
  CHECK(FindChange(a, old_licence, new_membership) == nullptr);
  CHECK(FindChange(a, old_licence + 1, new_membership + 1) != nullptr);  // "1. Hồ sơ gồm:" kept
}
