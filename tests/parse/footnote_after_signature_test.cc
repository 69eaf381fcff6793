// A footnote after the signature whose first line is short ("[1] Thông" /
// "báo số 627/TB-VPCP …"): the signature block takes the short lines after
// the recipients, but a line that opens with a note's mark in brackets is a
// footnote's, never a signature's (line_roles.cc, OpensWithNoteMark). Real
// web copies of a Prime Minister's telegram and a Party notice
// (tests/parse/real/metadata.tsv).
#include <catch2/catch.hpp>

#include "support/corpus.h"

namespace {

// The signature's text and the first footnote's, of a real copy.
std::pair<std::string, std::string> SignatureAndFootnote(const std::string& name) {
  auto doc = congvan::ParseFile(std::string(CONGVAN_SOURCE_DIR) + "/tests/parse/real/" + name);
  INFO(doc.status().ToString());
  REQUIRE(doc.ok());
  std::string signature, footnote;
  for (const auto& b : doc->blocks) {
    if (b.role == congvan::BlockRole::kSignature) signature += b.text + "\n";
    if (b.role == congvan::BlockRole::kFootnote && footnote.empty()) footnote = b.text;
  }
  return {signature, footnote};
}

}  // namespace

TEST_CASE("A footnote's short first line after the signature stays the footnote's",
          "[parse][footnote][signature]") {
  // "**THỦ TƯỚNG**" / "Phạm Minh Chính" / "[1] Thông" / "báo số 627/TB-VPCP …" (lines 202-206).
  auto [signature, footnote] =
      SignatureAndFootnote("2025-vi-telegram-ttg-224-inaugurations-web.txt");
  CHECK(signature == "THỦ TƯỚNG\nPhạm Minh Chính\n");
  CHECK(footnote.rfind("[1] Thông\nbáo số 627/TB-VPCP", 0) == 0);
  // "**Lâm Thị Phương Thanh**" / "**___**" / "[1] Gồm các đồng" / "chí Uỷ viên …" (lines 184-188).
  auto [party_signature, party_footnote] =
      SignatureAndFootnote("2025-vi-notice-vptw-432-conclusion-web.txt");
  CHECK(party_signature.find("[1]") == std::string::npos);
  CHECK(party_footnote.rfind("[1] Gồm các đồng\nchí Uỷ viên Trung ương Đảng", 0) == 0);
}
