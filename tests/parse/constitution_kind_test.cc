// A constitution is a kind of text of its own: its title opens with "HIẾN
// PHÁP" (grammars/vi.xml, the kind patterns), so that line is the title's
// first, not the letterhead's last. Real lines: the vbpl.vn "Toàn văn" page
// of Hiến pháp 1992 (as amended 2001; Minh0511/vbpl-web-crawl @ cf7530f,
// misc/vbpl_v1.html, also /work/unseen/new7/vbpl/hien-phap-1992-ItemID-22313.html),
// its text lines 60-73 as `congvan extract` gives them.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::Document;

TEST_CASE("A constitution's title opens with HIẾN PHÁP", "[parse][metadata][kind]") {
  Document doc = congvan::testing::ParseString(
      "QUỐC HỘI\n"
      "Số: Không số\n"
      "|\n"
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n"
      "Hà Nội, ngày 25 tháng 12 năm 2001\n"
      "|\n"
      "HIẾN PHÁP\n"
      "NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM NĂM 1992\n"
      "________________________\n"
      " \n"
      "LỜI NÓI ĐẦU\n"
      "Trải qua mấy nghìn năm lịch sử, nhân dân Việt Nam lao động cần cù, sáng tạo, chiến đấu "
      "anh dũng để dựng nước và giữ nước, đã hun đúc nên truyền thống đoàn kết, nhân nghĩa, "
      "kiên cường bất khuất của dân tộc và xây dựng nên nền văn hiến Việt Nam.\n",
      congvan::testing::InLanguage(congvan::Language::kVietnamese));
  CHECK(doc.meta.kind == "Hiến pháp");
  CHECK(std::string_view(doc.meta.title)
            .starts_with("HIẾN PHÁP NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM NĂM 1992"));
  for (const congvan::Block& b : doc.blocks) {
    if (b.role == BlockRole::kHeader) CHECK(b.text.find("HIẾN PHÁP") == std::string::npos);
  }
}
