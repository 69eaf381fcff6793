// Documents from sources never read before (the newsrc10 survey, session 41):
// a provincial department's and a province's 2025-2026 e-office texts, whose
// letterhead leaves the number blank until signing ("Số:      /SCT-CN"),
// read from Word through `congvan extract`, and a scan turned into Markdown by
// MinerU. Each case reads a real excerpt (tests/parse/real/metadata.tsv) and
// fails with its rule removed.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::testing::ParseRealExcerpt;

namespace {

// The block holding source line `line`, or nullptr.
const congvan::Block* BlockAt(const congvan::Document& doc, int line) {
  for (const congvan::Block& b : doc.blocks) {
    for (const auto& span : b.spans) {
      if (span.first <= line && line <= span.last) return &b;
    }
  }
  return nullptr;
}

}  // namespace

// "Thực hiện Công văn số 1238/HC-QLHC …", "Thực hiện Văn bản số 10699/BNNMT-ĐCKS
// …": inside a sentence the phrase cites the text being answered. Only a copy's
// own caption opens its line with it (grammars/vi.xml, the prose number
// pattern); the blank letterhead number stays unknown.
TEST_CASE("A dispatch cited in the prose is not the number a letterhead left blank",
          "[parse][metadata][number]") {
  congvan::Document dispatch =
      ParseRealExcerpt("2026-vi-dispatch-laocai-sct-chemicals-blank-number-docx.txt");
  CHECK(dispatch.meta.number.empty());
  congvan::Document report =
      ParseRealExcerpt("2026-vi-report-laocai-ubnd-minerals-2025-blank-number-docx-excerpt.txt");
  CHECK(report.meta.number.empty());
  CHECK(report.meta.kind == "Báo cáo");
}

// A Word letterhead's left cell holds the issuer, the number and the subject
// ("UBND TỈNH LÀO CAI" / "SỞ CÔNG THƯƠNG" / "Số:      /SCT-CN" / "V/v cập nhật
// …"); read cell by cell, all of it comes before the national motto. The
// subject under the number line is the letterhead's, not a saved page's text
// (site_furniture.cc, SubjectUnderNumber); and "V/v" names a dispatch when the
// blank number cannot (grammars/vi.xml).
TEST_CASE("A letterhead's left cell above the motto is the letterhead, its subject the title",
          "[parse][roles][furniture][metadata]") {
  congvan::Document doc =
      ParseRealExcerpt("2026-vi-dispatch-laocai-sct-chemicals-blank-number-docx.txt");
  const congvan::Block* issuer = BlockAt(doc, 2);
  REQUIRE(issuer != nullptr);
  CHECK(issuer->role == BlockRole::kHeader);
  const congvan::Block* subject = BlockAt(doc, 6);
  REQUIRE(subject != nullptr);
  CHECK(subject->role == BlockRole::kTitle);
  CHECK(doc.meta.title == "V/v cập nhật công tác quản lý hoạt động hóa chất năm 2025");
  CHECK(doc.meta.issuer == "SỞ CÔNG THƯƠNG");
  CHECK(doc.meta.kind == "Công văn");
  CHECK(doc.tasks.size() == 2);
}

// MinerU writes a picture where the scan had the signature and stamp
// ("![](images/65e0….jpg)"): no text of the document, so not its signature
// (grammars/vi.xml, a media cue).
TEST_CASE("A Markdown picture left by an OCR converter is media, not the signature",
          "[parse][roles][media]") {
  congvan::Document doc = ParseRealExcerpt("2025-vi-decision-laichau-tthc-announcement-mineru.md");
  const congvan::Block* picture = BlockAt(doc, 52);
  REQUIRE(picture != nullptr);
  CHECK(picture->role == BlockRole::kMedia);
  for (const congvan::Block& b : doc.blocks) {
    if (b.role == BlockRole::kSignature)
      CHECK(std::string_view(b.text).find("![") == std::string_view::npos);
  }
  CHECK(doc.meta.kind == "Quyết định");
}

// A charter is its own kind of text: "ĐIỀU LỆ" / "ĐẢNG CỘNG SẢN VIỆT NAM" under
// the congress that adopted it (grammars/vi.xml). An association's charter of
// the new10 set ("Điều lệ Hiệp hội …") is read the same way; it is not an
// official text and is not committed.
TEST_CASE("A charter's title names its kind", "[parse][metadata][kind]") {
  congvan::Document charter =
      ParseRealExcerpt("2011-vi-charter-party-11th-congress-opening-web.md");
  CHECK(charter.meta.kind == "Điều lệ");
  CHECK(charter.meta.date == "2011-01-19");
}
