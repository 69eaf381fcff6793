// A table poppler gives cell by cell, on a real Công báo page: page 3 of
// QĐ 1478/QĐ-BLĐTBXH (tests/read/fixtures/pdf/PROVENANCE), the first page of
// its annex, a list of legal documents in six columns (TT, kind, number and
// date, summary, date in force, notes). poppler reads the header's cells out
// of order (two cells of row 1 before the header's "Ghi chú") and each cell
// as a block of its own, so the page read as short paragraphs in which the
// numbered rows were lost: 7 tasks for the whole document against the .txt
// copy's 635. The rows are rebuilt from the boxes (read/pdf_table_rows.cc).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "congvan/parse.h"
#include "congvan/reader.h"
#include "support/corpus.h"

namespace {

const char kPage[] = "2024-vi-decision-1478-qd-bldtbxh-congbao-page3.pdf";

std::string Fixture(const std::string& name) {
  return std::string(CONGVAN_SOURCE_DIR) + "/tests/read/fixtures/pdf/" + name;
}

}  // namespace

TEST_CASE("A table poppler gives cell by cell is read row by row", "[read][pdf][pdf-layout]") {
  auto read = congvan::ReadDocument(congvan::testing::ReadFile(Fixture(kPage)), kPage);
  REQUIRE(read.ok());
  const std::string& text = read->text;
  // The header row, its cells left to right ("TT" centred beside two-line cells).
  CHECK(text.find("TT\nTên loại\nvăn bản\nSố, ký hiệu; ngày, tháng,\nnăm ban hành VB\n"
                  "Trích yếu nội dung của văn bản\nNgày\ncó hiệu lực\nGhi chú\n") !=
        std::string::npos);
  // A row is one paragraph: number, kind, number and date, summary, date, notes.
  CHECK(text.find("\n\n1.\nLuật\nSố 74/2014/QH13\nngày 27/11/2014\nLuật giáo dục nghề nghiệp\n"
                  "01/7/2015\nhttps://vbpl.vn/TW/Pages/vbpq-\n") != std::string::npos);
  CHECK(text.find("\n\n2.\nNghị định\nSố 33/1998/NĐ-CP\nngày 23/5/1998\nVề việc thành lập") !=
        std::string::npos);
  // The group heading above the rows is a row of its own.
  CHECK(text.find("I. LĨNH VỰC GIÁO DỤC NGHỀ NGHIỆP\n\n1.\n") != std::string::npos);

  auto doc = congvan::ParseFile(Fixture(kPage), congvan::ParseOptions{});
  REQUIRE(doc.ok());
  // Row 1's summary and date are the row's, not the preamble's (poppler gave
  // them before the header's last cell).
  std::vector<std::string> rows;
  std::string row1;
  congvan::ForEachTask(doc->tasks, [&](const congvan::Node& n, int, const congvan::Node* parent) {
    std::string marker(n.marker.view());
    if (marker == "1." || marker == "2." || marker == "3.") rows.push_back(marker);
    if (parent != nullptr && parent->marker.view() == "1.") row1.append(n.text.view()).append("\n");
  });
  CHECK(rows == std::vector<std::string>{"1.", "2.", "3."});
  CHECK(row1.find("Luật giáo dục nghề nghiệp") != std::string::npos);
  CHECK(row1.find("01/7/2015") != std::string::npos);
}

// The same page's margin carries the Công báo's running header set sideways;
// poppler gives it word by word, and each word was a line ("+ 1060/Ngày" an
// item). The words of a sideways run are one line (pdf_module/pdf_extract.cc).
TEST_CASE("Text set sideways in the margin is one line", "[read][pdf][pdf-layout]") {
  auto read = congvan::ReadDocument(congvan::testing::ReadFile(Fixture(kPage)), kPage);
  REQUIRE(read.ok());
  CHECK(read->text.find("\nCÔNG BÁO/Số 1059 + 1060/Ngày 25-9-2024\n") != std::string::npos);

  auto doc = congvan::ParseFile(Fixture(kPage), congvan::ParseOptions{});
  REQUIRE(doc.ok());
  int plus_items = 0;
  congvan::ForEachTask(doc->tasks, [&](const congvan::Node& n, int, const congvan::Node*) {
    if (n.marker.view() == "+") ++plus_items;
  });
  CHECK(plus_items == 0);
}
