// Two signers side by side on a real Công báo page: the last page of the
// joint circular 01/2022/TTLT (tests/read/fixtures/pdf/PROVENANCE), where two
// pairs of signature blocks stand in two columns, each a capacity over a
// name with the signature's space between them. The layout ended the column
// block at that space, so the page read as both capacities, then both names,
// and no signer was found. poppler gives the capacities cell by cell, the
// names row by row (read/pdf_layout.cc: PairCellsSideBySide, ColumnsGoOn).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "congvan/parse.h"
#include "congvan/reader.h"
#include "parse/signer.h"
#include "support/corpus.h"

namespace {

const char kPage[] = "2022-vi-joint-circular-01-2022-ttlt-congbao-page18.pdf";

std::string Fixture(const std::string& name) {
  return std::string(CONGVAN_SOURCE_DIR) + "/tests/read/fixtures/pdf/" + name;
}

}  // namespace

TEST_CASE("Signers side by side keep each capacity over its own name", "[read][pdf][pdf-layout]") {
  auto read = congvan::ReadDocument(congvan::testing::ReadFile(Fixture(kPage)), kPage);
  REQUIRE(read.ok());
  CHECK(read->text.find("PHÓ CHÁNH ÁN\n\nNguyễn Trí Tuệ") != std::string::npos);
  CHECK(read->text.find("PHÓ VIỆN TRƯỞNG\n\nNguyễn Duy Giảng") != std::string::npos);

  auto doc = congvan::ParseFile(Fixture(kPage), congvan::ParseOptions{});
  REQUIRE(doc.ok());
  std::vector<congvan::parse::Signer> signers = congvan::parse::ReadSigners(*doc);
  REQUIRE(signers.size() == 5);
  CHECK(signers[0].capacity ==
        std::vector<std::string>{"KT. CHÁNH ÁN", "TÒA ÁN NHÂN DÂN TỐI CAO", "PHÓ CHÁNH ÁN"});
  CHECK(signers[0].name == "Nguyễn Trí Tuệ");
  CHECK(signers[1].capacity == std::vector<std::string>{"KT. BỘ TRƯỞNG BỘ CÔNG AN", "THỨ TRƯỞNG"});
  CHECK(signers[1].name == "Nguyễn Duy Ngọc");  // the left column, then the right one
  CHECK(signers[2].name == "Nguyễn Duy Giảng");
  CHECK(signers[3].name == "Võ Minh Lương");
  CHECK(signers[4].name == "Nguyễn Thị Hà");
}
