// Faults a review found in session 36's parse rules, each checked on the
// real text it was found in.
// - A formula's symbols defined one a line ("Pi là …;" / "n là …;") are
//   definitions of their own: the ';' rule that joins a lower-case line to
//   the enumeration item before it (paragraphs.cc, JoinsWrapped) leaves a
//   line that names a symbol with "là" or "=" apart (NamesSymbol).
// - A note number is never read off a document number's or a unit's tail
//   ("02/2008/PL-UBTVQH12", footnote_marks.cc, CodeBefore), even when the
//   consolidated text has a footnote 12 (unseen texts only: the whole VBHN is
//   needed for its footnote block).
#include <catch2/catch.hpp>
#include <string>

#include "support/corpus.h"

using congvan::Document;
using congvan::Node;
using congvan::testing::FindTask;

TEST_CASE("A formula's symbol named with 'là' after a ';' line is a definition of its own",
          "[parse][paragraphs]") {
  auto doc = congvan::ParseFile(
      std::string(CONGVAN_SOURCE_DIR) +
      "/tests/parse/real/"
      "2026-vi-circular-30-2026-tt-btc-electricity-licence-fee-opening-congbao.txt");
  REQUIRE(doc.ok());
  const Node* pi = FindTask(*doc, "Pi là mức thu của các lĩnh vực");
  REQUIRE(pi != nullptr);
  CHECK(pi->text.view().ends_with("hoạt động điện lực;"));
  CHECK(FindTask(*doc, "n là tổng số lĩnh vực hoạt động") != nullptr);
}

TEST_CASE("A document number's tail keeps its digits beside a footnote of that number",
          "[parse][footnotes]") {
  if (!congvan::testing::UnseenTextsGiven()) return;
  Document doc =
      congvan::testing::ParseUnseen("dat_dai/Văn_bản_hợp_nhất_17_VBHN-VPQH_năm_2024.txt");
  const Node* repeal = FindTask(doc, "Pháp lệnh Công nghiệp quốc phòng số");
  REQUIRE(repeal != nullptr);
  CHECK(repeal->text.view().find("02/2008/PL-UBTVQH12") != std::string_view::npos);
  CHECK(repeal->text.view().find("09/2003/PL-UBTVQH11") != std::string_view::npos);
}
