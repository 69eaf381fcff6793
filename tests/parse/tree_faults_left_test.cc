// Tree faults the morning's readers of session 41 found in files they did not
// own (DESIGN, "Tree faults left by the morning's readers"): a section's first
// subsection printed on the section's heading line (US and Philippine
// drafting), a PDF's text lines taken for running headers — a chapter's title
// under its bare number, an entry ending on a semicolon —, a division's word
// wrapped from its number by a crawler's caption, and an appendix title
// wrapped inside its bold run. Each case reads a real excerpt
// (tests/parse/real/metadata.tsv) and fails with its rule removed, but the
// shape case that guards the inline rule against references.
#include <catch2/catch.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::DiagnosticKind;
using congvan::Document;
using congvan::Node;
using congvan::testing::ParseRealExcerpt;

namespace {

// The first task whose text starts with `start`, at any depth.
const Node* FindText(std::span<const Node> nodes, std::string_view start) {
  for (const Node& n : nodes) {
    if (std::string_view(n.text).starts_with(start)) return &n;
    if (const Node* in = FindText(n.children.span(), start)) return in;
  }
  return nullptr;
}

std::vector<std::string> ChildMarkers(const Node& node) {
  std::vector<std::string> markers;
  for (const Node& c : node.children.span()) markers.emplace_back(std::string_view(c.marker));
  return markers;
}

int RunningHeadersWith(const Document& doc, std::string_view text) {
  int found = 0;
  for (const auto& b : doc.blocks) {
    if (b.role == BlockRole::kRunningHeader && b.text.find(text) != std::string::npos) ++found;
  }
  return found;
}

}  // namespace

// RA 10173 (lawphil): "Section 20. Security of Personal Information. – (a)
// The personal information controller …" on one line, "(b)" … "(f)" each on
// its own. "(b)" had opened a list at 2 (a gap), or stood unplaced where no
// "(c)" followed (Sections 23, 25, 26, 32).
TEST_CASE("A section's first subsection on its heading line: '(b)' goes on from it",
          "[parse][tree][english]") {
  Document act =
      ParseRealExcerpt("2012-en-ph-republic-act-10173-data-privacy-lawphil-excerpt.html");
  const Node* s20 = FindText(act.tasks, "Security of Personal Information.");
  REQUIRE(s20 != nullptr);
  // Its lettered subsections (the "(1)" list after "(f)", a sentence ending
  // on a full stop, stays as it was: the section's).
  std::vector<std::string> markers = ChildMarkers(*s20);
  REQUIRE(markers.size() >= 5);
  markers.resize(5);
  CHECK(markers == std::vector<std::string>{"(b)", "(c)", "(d)", "(e)", "(f)"});
  const Node* s25 = FindText(act.tasks, "Unauthorized Processing of Personal Information");
  REQUIRE(s25 != nullptr);
  CHECK(ChildMarkers(*s25) == std::vector<std::string>{"(b)"});
  const Node* s32 = FindText(act.tasks, "Unauthorized Disclosure.");
  REQUIRE(s32 != nullptr);
  CHECK(ChildMarkers(*s32) == std::vector<std::string>{"(b)"});
  for (const auto& d : act.diagnostics) {
    INFO(d.line << ": " << d.message);
    CHECK(!(d.found == "(b)" &&
            (d.kind == DiagnosticKind::kUnplaced || d.kind == DiagnosticKind::kGap)));
  }
}

// An Executive Order as whitehouse.gov prints it: "Sec. 2.  Implementation.
// (a)  The Director …", then "(b)" and "(c)" with their "(i)" items. Both
// had been unplaced text, their items hanging under Sec. 2 itself.
TEST_CASE("An Executive Order's 'Sec. 2. Implementation. (a) …' holds (b) and (c)",
          "[parse][tree][english]") {
  Document order =
      ParseRealExcerpt("2025-en-us-executive-order-ending-dei-programs-whitehouse.txt");
  const Node* sec2 = FindText(order.tasks, "Implementation.");
  REQUIRE(sec2 != nullptr);
  REQUIRE(ChildMarkers(*sec2) == std::vector<std::string>{"(b)", "(c)"});
  CHECK(ChildMarkers(sec2->children.span()[0]) == std::vector<std::string>{"(i)", "(ii)", "(iii)"});
  for (const auto& d : order.diagnostics) CHECK(d.kind != DiagnosticKind::kUnplaced);
}

// A Federal Register scraper's Executive Order 13202: "### Section 5. (a)
// The head …" — no heading, the first subsection opens the section's text —
// then "(b) …" on its own line; Section 6 likewise with "(b)" and "(c)".
// Section 5's "(b)" was unplaced, Section 6's a gap.
TEST_CASE("A section whose text opens with '(a)' holds the '(b)' below it",
          "[parse][tree][english]") {
  Document order = ParseRealExcerpt("2001-en-us-executive-order-13202-fr-scraper.md");
  const Node* s5 = FindText(order.tasks, "(a) The head of an executive agency");
  REQUIRE(s5 != nullptr);
  CHECK(ChildMarkers(*s5) == std::vector<std::string>{"(b)"});
  const Node* s6 = FindText(order.tasks, "(a) The term");
  REQUIRE(s6 != nullptr);
  CHECK(ChildMarkers(*s6) == std::vector<std::string>{"(b)", "(c)"});
  for (const auto& d : order.diagnostics) CHECK(d.found != "(b)");
}

// A marker quoted inside the heading's sentence is a reference, no inline
// item: only the first words after the heading's sentence are read (shape
// lines of the Acts' drafting; no real text holds the case).
TEST_CASE("A '(a)' cited inside a section's sentence opens no list", "[parse][tree][english]") {
  Document doc = congvan::testing::ParseEnglish(
      "Section 1. Scope. This Act applies to every controller.\n\n"
      "Section 2. Penalties. Any person who violates paragraph (a) of Section 1 shall be "
      "fined.\n\n"
      "(b) Any person who conceals a breach shall be fined twice.\n\n"
      "(c) The Commission shall publish the fines.\n");
  bool reported = false;
  for (const auto& d : doc.diagnostics) {
    reported = reported || (d.found == "(b)" && (d.kind == DiagnosticKind::kUnplaced ||
                                                 d.kind == DiagnosticKind::kGap));
  }
  CHECK(reported);
}

// TT 17/2026/TT-NHNN (Công báo PDF's text): each chapter is "Chương I" /
// blank / "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ" / "22/2013/TT-NHNN
// …". The repeated first line of the titles was taken for a running header,
// so every chapter's title lost its opening words.
TEST_CASE("A chapter's title under its bare number is no running header",
          "[parse][running-headers][pdf]") {
  Document circular = ParseRealExcerpt("2026-vi-circular-17-2026-tt-nhnn-chapters-pdf-excerpt.txt");
  CHECK(RunningHeadersWith(circular, "SỬA ĐỔI, BỔ SUNG") == 0);
  REQUIRE(circular.tasks.size() >= 4);
  for (size_t c = 0; c < 4; ++c) {
    INFO(std::string_view(circular.tasks[c].marker));
    CHECK(std::string_view(circular.tasks[c].text)
              .starts_with("SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ"));
  }
  // The page's own header is still one.
  CHECK(RunningHeadersWith(circular, "CÔNG BÁO/Số") >= 2);
}

// VBHN 716/VBHN-BLĐTBXH (Công báo PDF's text): "… cho công dân" /
// "Ô-xtơ-rây-li-a;" ends two points at a page's edge; the repeated line was a
// running header, cutting point a) of its article after "công dân".
TEST_CASE("A line ending on a semicolon is no running header", "[parse][running-headers][pdf]") {
  Document vbhn = ParseRealExcerpt("2024-vi-vbhn-716-bldtbxh-australia-work-holiday-pdf-text.txt");
  CHECK(RunningHeadersWith(vbhn, "Ô-xtơ-rây-li-a;") == 0);
  const Node* point =
      FindText(vbhn.tasks, "Thực hiện quy định của pháp luật Việt Nam liên quan đến công dân");
  REQUIRE(point != nullptr);
  CHECK(std::string_view(point->text).ends_with("công dân Ô-xtơ-rây-li-a;"));
}

// A crawl of Luật Quốc tịch Việt Nam 2008 (thuvienphapluat.vn's copy):
// "Luật Quốc tịch Việt Nam 2008. Mục" / "1. QUY ĐỊNH CHUNG", the caption's
// line wrapped after the division's word. "Mục 1" was lost (text, then a
// clause "1."), and Mục 2 and 3 were reported as gaps under it.
TEST_CASE("A division's word wrapped from its number by a caption is one heading",
          "[parse][paragraphs][tree]") {
  Document law =
      ParseRealExcerpt("2008-vi-law-24-2008-qh12-nationality-caption-wrap-web-excerpt.txt");
  REQUIRE(law.tasks.size() == 2);
  const Node& chapter = law.tasks[1];
  std::vector<std::string> sections;
  for (const Node& c : chapter.children.span()) {
    if (std::string_view(c.marker).starts_with("Mục")) sections.emplace_back(c.marker);
  }
  CHECK(sections == std::vector<std::string>{"Mục 1.", "Mục 2.", "Mục 3."});
  CHECK(std::string_view(chapter.children.span()[0].text).starts_with("QUY ĐỊNH CHUNG"));
  for (const auto& d : law.diagnostics) CHECK(d.kind != DiagnosticKind::kGap);
}

// Nghị quyết 48/2025/NQ-HĐND of Hà Nội (a portal's Markdown): "**Phụ" /
// "lục 01**", the appendix title wrapped inside its bold run, then
// "**ĐỊNH MỨC PHÂN BỔ CHI NGÂN SÁCH …**" and "(Kèm theo Nghị quyết số
// 48/2025/NQ-HĐND …)". Read line by line no appendix title was seen, so the
// appendix's norms ("A. ĐỊNH MỨC …", "I. Đối với tiêu chí chính", …) were
// tasks after Điều 3 (attachments.cc, BoldRunTitle).
TEST_CASE("An appendix title wrapped inside its bold run opens the annex",
          "[parse][attachments][bold]") {
  Document resolution =
      ParseRealExcerpt("2025-vi-resolution-hanoi-48-2025-nq-hdnd-wrapped-appendix-web.md");
  REQUIRE(resolution.tasks.size() == 3);  // Điều 1-3
  CHECK(std::string_view(resolution.tasks.back().marker) == "Điều 3.");
  bool annex = false;
  for (const auto& b : resolution.blocks) {
    annex = annex || (b.role == BlockRole::kAnnex &&
                      b.text.find("ĐỊNH MỨC PHÂN BỔ CHI NGÂN SÁCH") != std::string::npos);
  }
  CHECK(annex);
}
