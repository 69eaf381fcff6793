// A sentence that runs on across a colon at a line's end, in texts wrapped
// near 80 columns (tests/parse/real/metadata.tsv: two notices of the
// Government Office's conclusions as a legal portal's Markdown carries them;
// docs/DESIGN.md, "Documents nobody here has seen", branch newsrc8).
//
// In a hard-wrapped text a line that ends in ':' used to end its paragraph
// whatever followed, so the rest of an item's own sentence ("5. … tồn đọng
// như:" / "tài sản công dôi dư, …"; "1. Về đề nghị … sử dụng rừng:" / "giao
// Bộ Nông nghiệp …") became a child of its item. A line right below that
// opens with a lower-case word and no marker goes on the sentence
// (paragraphs.cc, ContinuesAfterColon); what a colon announces opens with
// its marker or a capital.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "support/corpus.h"

using congvan::Document;
using congvan::Node;
using congvan::testing::Contains;
using congvan::testing::FindTask;

TEST_CASE("An item's sentence goes on after a colon at a wrapped line's end",
          "[parse][paragraphs][real]") {
  Document doc = congvan::testing::ParseRealExcerpt("2025-vi-notice-vpcp-641-conclusions-web.txt");
  // Lines 112-116: "5. Quan tâm giải quyết các vấn đề còn tồn đọng như:" /
  // "tài sản công dôi dư, công tác lưu trữ hồ sơ, …" / … / "sát."
  const Node* item = FindTask(doc, "Quan tâm giải quyết các vấn đề còn tồn đọng");
  REQUIRE(item != nullptr);
  CHECK(item->marker == "5.");
  CHECK(Contains(item->text, "như: tài sản công dôi dư"));
  CHECK(item->children.empty());
  // Its neighbours, each opened by its marker, stay items of their own.
  CHECK(FindTask(doc, "Thúc đẩy mạnh mẽ chuyển đổi số") != nullptr);
  CHECK(FindTask(doc, "tài sản công dôi dư") == nullptr);
}

TEST_CASE("A proposal's answer after its colon is the proposal's sentence",
          "[parse][paragraphs][real]") {
  Document doc = congvan::testing::ParseRealExcerpt("2025-vi-notice-vpcp-634-conclusions-web.txt");
  // Lines 158-162 under "III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH".
  const Node* item = FindTask(doc, "Về đề nghị nghiên cứu, sửa đổi, bổ sung Nghị quyết");
  REQUIRE(item != nullptr);
  CHECK(item->marker == "1.");
  CHECK(Contains(item->text, "sử dụng rừng: giao Bộ Nông nghiệp và Môi trường"));
  CHECK(item->children.empty());
  // "3. Về mở rộng dự án …: giao Tập đoàn …" was one line already; unchanged.
  const Node* third = FindTask(doc, "Về mở rộng dự án giai đoạn 2");
  REQUIRE(third != nullptr);
  CHECK(third->children.empty());
}

// A formula under "…theo công thức sau:" is no rest of the sentence, though
// a math italic letter is lower case (the review of session 39): Thông tư
// 52/2026/TT-BTC, Điều 8 khoản 2, as the Công báo's text layer gives it
// (hrmaster1982-dev/phapluat-8chude-data @ cdfc64c,
// docs/thue_tncn/thong-tu-so-52-2026-tt-btc-469527.txt, lines 240-242).
TEST_CASE("A formula under a colon is not the sentence's rest", "[parse][paragraphs][real]") {
  Document doc = congvan::testing::ParseString(
      "BỘ TÀI CHÍNH\nSố: 52/2026/TT-BTC\nTHÔNG TƯ\n"
      "Điều 8. Điều kiện số 10: Tốc độ tăng trưởng của kinh tế tư nhân \n \n"
      "2. Tốc độ tăng trưởng bình quân của kinh tế tư nhân trong giai đoạn đánh giá \n"
      "được tính từ các tốc độ phát triển hằng năm của kinh tế tư nhân, theo công thức sau: \n"
      "𝑔̅ = √𝑇1 × 𝑇2 × … × 𝑇𝑛)\n",
      congvan::testing::InLanguage(congvan::Language::kVietnamese));
  const Node* item = nullptr;  // the sentence the colon ends (read as "2. …" text)
  congvan::ForEachTask(doc.tasks, [&](const Node& n, int, const Node*) {
    if (item == nullptr && Contains(n.text, "theo công thức sau:")) item = &n;
  });
  REQUIRE(item != nullptr);
  CHECK_FALSE(Contains(item->text, "√"));
}
