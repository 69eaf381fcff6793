// The PDF page layout (engine/src/read/pdf_layout.h) on a real Công báo page:
// page 1 of VBHN 38/VBHN-BCT (tests/read/fixtures/pdf/PROVENANCE), whose
// footnote opens with a raised note mark ("1", 8.9 pt high, 4 pt above the
// note's 10 pt text). The line took its place from that first word, so the
// gap to the note's second line looked like a paragraph gap: the note was cut
// after its first line and the parser read "1 Thông tư số 26/2026/TT-BCT …"
// as clause 1 with the note's "Căn cứ …" lines as its items.
#include <catch2/catch.hpp>
#include <string>

#include "congvan/parse.h"
#include "congvan/reader.h"
#include "support/corpus.h"

namespace {

const char kPage[] = "2026-vi-vbhn-bct-38-congbao-signed-page1.pdf";

std::string Fixture(const std::string& name) {
  return std::string(CONGVAN_SOURCE_DIR) + "/tests/read/fixtures/pdf/" + name;
}

}  // namespace

TEST_CASE("A line opening with a raised note mark stands where its text stands",
          "[read][pdf][pdf-layout]") {
  auto read = congvan::ReadDocument(congvan::testing::ReadFile(Fixture(kPage)), kPage);
  REQUIRE(read.ok());
  CHECK(read->text.find("thủ tục hành chính trong\ncác lĩnh vực thuộc phạm vi quản lý") !=
        std::string::npos);

  auto doc = congvan::ParseFile(Fixture(kPage), congvan::ParseOptions{});
  REQUIRE(doc.ok());
  int note_tasks = 0;
  congvan::ForEachTask(doc->tasks, [&](const congvan::Node& n, int, const congvan::Node*) {
    if (n.text.rfind("Thông tư số 26/2026/TT-BCT", 0) == 0 || n.text.rfind("Căn cứ", 0) == 0 ||
        n.text.rfind("“Căn cứ", 0) == 0)
      ++note_tasks;
  });
  CHECK(note_tasks == 0);
}

// Page 1 of NĐ 156/2026 (PROVENANCE): the Công báo's running header and page
// number ("CÔNG BÁO/Số 295/Ngày 31-05-2026" | "3") stand on one line well
// above the letterhead's two cells. The column block took the header as its
// first row, so the page read "CÔNG BÁO …", "CHÍNH PHỦ", "___", then "3",
// "CỘNG HOÀ …": the issuer line went to page furniture with the number.
TEST_CASE("A running header above the letterhead is not the letterhead's first row",
          "[read][pdf][pdf-layout]") {
  const char kDecree[] = "2026-vi-decree-156-2026-congbao-signed-page1.pdf";
  auto read = congvan::ReadDocument(congvan::testing::ReadFile(Fixture(kDecree)), kDecree);
  REQUIRE(read.ok());
  CHECK(read->text.find("CÔNG BÁO/Số 295/Ngày 31-05-2026\n\n3\n") != std::string::npos);

  auto doc = congvan::ParseFile(Fixture(kDecree), congvan::ParseOptions{});
  REQUIRE(doc.ok());
  CHECK(doc->meta.issuer == "CHÍNH PHỦ");
}
