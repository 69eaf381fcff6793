// Tree faults the outline's own flags ("!unplaced", "!gap") showed on texts
// nobody here had read (docs/DESIGN.md, "Tree faults by the outline's flags
// (branch treeleft12)"), each on the real text that shows it. Each case
// fails with its rule removed.
#include <catch2/catch.hpp>
#include <span>
#include <string>
#include <string_view>

#include "congvan/document.h"
#include "support/corpus.h"

using congvan::DiagnosticKind;
using congvan::Document;
using congvan::Node;
using congvan::testing::Contains;
using congvan::testing::ParseRealExcerpt;

namespace {

// The task, at any depth, whose marker is `marker` (nullptr when none).
const Node* WithMarker(std::span<const Node> nodes, std::string_view marker) {
  for (const Node& n : nodes) {
    if (std::string_view(n.marker) == marker) return &n;
    if (const Node* found = WithMarker(n.children.span(), marker)) return found;
  }
  return nullptr;
}

// Whether `parent` has a child marked `marker`.
bool HasChild(const Node& parent, std::string_view marker) {
  for (const Node& c : parent.children) {
    if (std::string_view(c.marker) == marker) return true;
  }
  return false;
}

// The list of siblings that holds the task marked `marker` (empty when none).
std::span<const Node> SiblingsOf(std::span<const Node> nodes, std::string_view marker) {
  for (const Node& n : nodes) {
    if (std::string_view(n.marker) == marker) return nodes;
    std::span<const Node> found = SiblingsOf(n.children.span(), marker);
    if (!found.empty()) return found;
  }
  return {};
}

bool Holds(std::span<const Node> nodes, std::string_view marker) {
  for (const Node& n : nodes) {
    if (std::string_view(n.marker) == marker) return true;
  }
  return false;
}

int CountOf(const Document& doc, DiagnosticKind kind) {
  int n = 0;
  for (const auto& d : doc.diagnostics) n += d.kind == kind ? 1 : 0;
  return n;
}

}  // namespace

// Luật Sở hữu trí tuệ 2005 as the crawl keeps it: the clauses of Điều 4
// that later laws replaced lost their markers ("Tác phẩm phái sinh là …"
// where "8." stood, up to "13."), so "14." came six past the open "7." —
// beyond the window of lost items — and was read as text, and with it every
// clause after it, each for want of the one before (10 "!unplaced"). The
// run "14." / "15." / "16." shows the list going on: one gap, reported, and
// the clauses back under their article (marker_repairs.cc
// ResumesPastLostItems).
TEST_CASE("A list resumes past a long run of lost markers when a run goes on from it",
          "[parse][tree][repairs][real]") {
  Document doc =
      ParseRealExcerpt("2005-vi-law-50-2005-qh11-ip-definitions-lost-markers-crawl-excerpt.txt");
  const Node* terms = WithMarker(doc.tasks, "Điều 4.");
  REQUIRE(terms != nullptr);
  for (std::string_view clause : {"14.", "15.", "16.", "19.", "21.", "22.", "24.", "25."}) {
    INFO(clause);
    CHECK(HasChild(*terms, clause));
  }
  CHECK(CountOf(doc, DiagnosticKind::kUnplaced) == 0);
  CHECK(CountOf(doc, DiagnosticKind::kGap) == 3);  // before 14., 21. and 24.: items are lost
}

// Nghị định 115/2024/NĐ-CP's Điều 66 as the crawl keeps it: clause 20's
// instruction is broken over two lines ("20. Sửa đổi, bổ sung" / "Điều
// 45:"), so the quoted article's clauses "1." … "6." read unquoted, as a
// list of their own inside clause 20; "21. Sửa đổi Điều 46:" then found
// that inner list open at "6." and was read as text, and "22.", "23."
// after it. The run "21." / "22." / "23." continues the amending clauses
// exactly, one level up: they are clause 20's siblings, each with its
// amendment (marker_repairs.cc PlacePastLostItems).
TEST_CASE("A clause past an unquoted inner list continues the outer list it follows exactly",
          "[parse][tree][repairs][amendments][real]") {
  Document doc = ParseRealExcerpt(
      "2024-vi-decree-115-2024-nd-cp-clause-after-unquoted-article-crawl-excerpt.txt");
  std::span<const Node> clauses = SiblingsOf(doc.tasks, "20.");
  REQUIRE_FALSE(clauses.empty());
  for (std::string_view clause : {"19.", "21.", "22.", "23."}) {
    INFO(clause);
    CHECK(Holds(clauses, clause));
  }
  const Node* article46 = WithMarker(doc.tasks, "21.");
  REQUIRE(article46 != nullptr);
  CHECK(Contains(article46->text.view(), "Sửa đổi Điều 46"));
  CHECK(CountOf(doc, DiagnosticKind::kUnplaced) == 1);  // "Điều 45:", the instruction's broken rest
}
