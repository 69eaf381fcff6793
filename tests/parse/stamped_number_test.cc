// A document number stamped apart from its label, as the text layer of a
// signed PDF gives it (Hà Nội People's Committee decisions, 2024-2025;
// tests/parse/real/metadata.tsv). The signing software stamps the sequence
// number into the letterhead's "Số:" and the rest ("/2025/QĐ-UBND") into a
// box of its own, which the text layer puts on a later line: the next block,
// or below the motto and the date. The label with its bare sequence number
// waits for the line that opens with "/" (metadata.cc, DocumentNumber; vi.xml,
// the number-label pattern). Before, 24 of 39 such PDFs had no number and 10
// took one cited in the preamble ("4187/SLĐTBXH-").
#include <catch2/catch.hpp>
#include <string>

#include "support/corpus.h"

namespace {

std::string NumberOf(const std::string& name) {
  auto doc = congvan::ParseFile(std::string(CONGVAN_SOURCE_DIR) + "/tests/parse/real/" + name);
  INFO(doc.status().ToString());
  REQUIRE(doc.ok());
  return doc->meta.number;
}

}  // namespace

TEST_CASE("A stamped number's rest in the next block completes its label", "[parse][meta]") {
  // "Số: 02" (line 4) / blank / "/2025/QĐ-UBND" (line 6); the preamble cites
  // "7566/STC-TCHCSN", which was taken before.
  CHECK(NumberOf("2025-vi-decision-hanoi-02-career-fund-pdf-opening.txt") == "02/2025/QĐ-UBND");
}

TEST_CASE("A stamped number's rest below the motto and date completes its label", "[parse][meta]") {
  // "Số: 35" (line 5) / motto / "Hà Nội, ngày 28 tháng 5 năm 2024" / "/2024/QĐ-UBND" (line 12).
  CHECK(NumberOf("2024-vi-decision-hanoi-35-honorary-citizen-pdf-excerpt.txt") ==
        "35/2024/QĐ-UBND");
}
