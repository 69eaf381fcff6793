// The official gazette's (Công báo) section banners above a text it publishes
// and a consolidation's title. The gazette prints "VĂN BẢN PHÁP LUẬT KHÁC"
// (its section for other legal texts, beside "VĂN BẢN QUY PHẠM PHÁP LUẬT")
// and, over a consolidated text, "VĂN BẢN HỢP NHẤT - <who consolidated it>",
// whose name wraps as an issuer's does ("… - BỘ LAO ĐỘNG - THƯƠNG BINH" /
// "VÀ XÃ HỘI"); then the consolidated text's own kind and title, a blank
// line, and a sentence naming the original by its number ("Nghị định số
// 49/2018/NĐ-CP ngày 30 tháng 3 năm 2018 của Chính phủ …, được sửa đổi, bổ
// sung bởi:"). Session 41's review found the banners taken for the title of
// 36 gazette texts; the intro sentence ran into the title once they were not.
#include <catch2/catch.hpp>
#include <string>

#include "congvan/document.h"
#include "support/corpus.h"

using congvan::Document;
using congvan::testing::Contains;

TEST_CASE("The gazette's banners are no title; a consolidation's title ends before its intro",
          "[parse][congbao][real]") {
  Document doc = congvan::testing::ParseRealExcerpt(
      "2023-vi-vbhn-1798-bldtbxh-gazette-banners-opening-congbao.txt");
  INFO(doc.meta.title);
  CHECK(doc.meta.title.starts_with("NGHỊ ĐỊNH"));
  CHECK(Contains(doc.meta.title, "Quy định về kiểm định chất lượng giáo dục nghề nghiệp"));
  CHECK(!Contains(doc.meta.title, "VĂN BẢN"));
  CHECK(!Contains(doc.meta.title, "49/2018"));  // the intro sentence after the blank line
}
