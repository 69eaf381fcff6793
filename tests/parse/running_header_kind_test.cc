// A decision's kind line and the word that opens its body are no running
// headers (tests/parse/real/metadata.tsv: the opening of QĐ 5042/QĐ-BNNMT as
// a legal portal's Markdown carries it; docs/DESIGN.md, session 40's parse
// review, F3).
//
// Its annexes are model decisions, each with its own "QUYẾT ĐỊNH" over its
// subject and "QUYẾT ĐỊNH:" under its legal bases, so both lines come back
// hundreds of lines apart between blank lines, as a page's header does. They
// were taken for running headers: the title lost its kind, and the five legal
// bases above "QUYẾT ĐỊNH:" became the first top-level tasks. A line that is
// the document's kind alone, as the grammar's kind patterns name kinds, is
// spared (running_headers.cc, KindAlone); a running header names more than a
// kind ("Công văn 88/BYT-KCB   Trang 1/2").
#include <catch2/catch.hpp>
#include <string>

#include "congvan/document.h"
#include "support/corpus.h"

using congvan::BlockRole;
using congvan::Document;
using congvan::Node;
using congvan::testing::Contains;
using congvan::testing::FindTask;

TEST_CASE("A decision's kind line and body opening are no running headers",
          "[parse][running-headers][real]") {
  Document doc = congvan::testing::ParseRealExcerpt(
      "2025-vi-decision-5042-qd-bnnmt-annex-forms-opening-web.txt");
  // Line 21 "**QUYẾT ĐỊNH**" opens the title, as in every decision.
  CHECK(Contains(doc.meta.title, "QUYẾT ĐỊNH VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ"));
  // Lines 30-48, the legal bases and the proposal, are preamble, not tasks.
  CHECK(FindTask(doc, "Căn cứ Nghị định số 35/2025/NĐ-CP") == nullptr);
  CHECK(FindTask(doc, "Xét đề nghị của Cục trưởng Cục Trồng trọt") == nullptr);
  // The body opens after line 50, "**QUYẾT ĐỊNH:**", at "**Điều 1.**** **Công
  // bố …" (line 52; read as an article since treeleft10's "**Điều N.**" rule —
  // before, the body opened at "QUYẾT ĐỊNH:" itself).
  REQUIRE(!doc.tasks.empty());
  CHECK(doc.tasks.front().marker == "Điều 1.");
  CHECK(doc.tasks.front().lines().first == 52);
  for (const congvan::Block& block : doc.blocks) {
    if (block.role != BlockRole::kRunningHeader) continue;
    CHECK(!Contains(block.text, "QUYẾT ĐỊNH"));
  }
}
