// A UK Act's Schedules and an Australian regulation's facts (branch
// enaudit11, session 42). legislation.gov.uk's text of an Act ends with its
// Schedules: "SCHEDULES", then for each the section that introduces it
// ("Section 2", the page's marginal reference) over "SCHEDULE 1Title", the
// Schedule's own Parts and its paragraphs glued to their first sub-paragraph
// ("1(1)ARIA is not …", "(2)…"). A Schedule is a division of its own at the
// top, above Part (grammars/en.xml `en-schedule`, level "schedule"); the
// reference line is page furniture (parse/schedule_references.cc); the AKN
// writer gives it <hcontainer name="schedule">. An Australian Commonwealth
// regulation's facts come from its front page: the name ("… Regulations
// 2006 (No. 3)"), "Select Legislative Instrument 2006 No. 219", the making
// formula of the Governor-General, "Dated 24 August 2006". Every case reads
// a real excerpt (tests/parse/real/metadata.tsv).
#include <catch2/catch.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/parse.h"
#include "congvan/writers.h"
#include "support/corpus.h"

using congvan::BlockRole;
using congvan::DiagnosticKind;
using congvan::Document;
using congvan::Node;
using congvan::testing::ParseRealExcerpt;

namespace {

// The ordinals of a node's numbered children, in order.
std::vector<int> NumberedOrdinals(const Node& n) {
  std::vector<int> out;
  for (const Node& c : n.children) {
    if (c.ordinal) out.push_back(*c.ordinal);
  }
  return out;
}

bool AnyTaskOpens(std::span<const Node> nodes, std::string_view prefix) {
  for (const Node& n : nodes) {
    if (std::string_view(n.marker).starts_with(prefix)) return true;
    if (std::string_view(n.text).starts_with(prefix)) return true;
    if (AnyTaskOpens(n.children, prefix)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("A UK Act's Schedules are divisions at the top, not under its last section",
          "[parse][english]") {
  // The excerpt opens with section 14, read as the excerpt's preamble.
  Document act = ParseRealExcerpt("2022-en-uk-act-aria-schedules.txt");
  REQUIRE(act.tasks.size() == 3);
  for (size_t s = 0; s < 3; ++s) {
    const Node& schedule = act.tasks[s];
    CHECK(schedule.style == "en-schedule");
    CHECK(schedule.level == "schedule");
    CHECK(schedule.ordinal == static_cast<int>(s + 1));
  }
  CHECK(std::string_view(act.tasks[0].text) == "The Advanced Research and Invention Agency");
  // "Section 1" / "Section 7" over each Schedule: the page's references, no heading.
  CHECK_FALSE(AnyTaskOpens(act.tasks, "Section"));
  int references = 0;
  for (const auto& b : act.blocks) {
    if (b.role == BlockRole::kFurniture && b.text.starts_with("Section ")) ++references;
  }
  CHECK(references == 3);
}

TEST_CASE("A Schedule's paragraphs are numbered afresh, their sub-paragraphs under them",
          "[parse][english]") {
  Document act = ParseRealExcerpt("2022-en-uk-act-aria-schedules.txt");
  REQUIRE(act.tasks.size() == 3);
  const Node& first = act.tasks[0];
  // Paragraphs 1-18, "11The Secretary of State may …" and "12The validity …"
  // (no sub-paragraphs) among them; the crossheadings ("Status") unnumbered.
  std::vector<int> expected;
  for (int i = 1; i <= 18; ++i) expected.push_back(i);
  CHECK(NumberedOrdinals(first) == expected);
  for (const Node& c : first.children) {
    if (c.ordinal) CHECK(c.style == "en-schedule-paragraph");
  }
  // Paragraph 1: "1(1)ARIA is not to be regarded—" / "(a)" / "(b)" / "(2)ARIA’s
  // property …": the "(2)" continues the "(1)" printed on the paragraph's line.
  const Node* paragraph1 = nullptr;
  for (const Node& c : first.children) {
    if (c.ordinal == 1) paragraph1 = &c;
  }
  REQUIRE(paragraph1 != nullptr);
  CHECK(std::string_view(paragraph1->text).starts_with("(1)ARIA is not to be regarded"));
  bool second_sub_paragraph = false;
  for (const Node& c : paragraph1->children) {
    if (std::string_view(c.marker) == "(2)")
      second_sub_paragraph = std::string_view(c.text).starts_with("ARIA’s property");
  }
  CHECK(second_sub_paragraph);
  // Schedule 2 starts again at 1. Its paragraph 1 is still reported as a gap
  // (the style runs through the Act: "'1' opens where '19' was expected").
  REQUIRE_FALSE(act.tasks[1].children.empty());
  CHECK(NumberedOrdinals(act.tasks[1]).front() == 1);
  // Schedule 3's paragraphs are sentences glued to their number ("1In Part 2 of
  // the Table …", "7The Small Business … is amended as follows."), some with
  // sub-paragraphs ("15(1)Section 21 …"): a Schedule's paragraphs all, none a
  // section of the Act (those end with no full stop: "14Short title").
  std::vector<int> third;
  for (const Node& c : act.tasks[2].children) {
    if (!c.ordinal) continue;
    third.push_back(*c.ordinal);
    CHECK(c.style == "en-schedule-paragraph");
  }
  expected.clear();
  for (int i = 1; i <= 18; ++i) expected.push_back(i);
  CHECK(third == expected);
  for (const auto& d : act.diagnostics) CHECK(d.kind != DiagnosticKind::kUnplaced);
}

TEST_CASE("A Schedule holds its own Parts, its paragraphs numbered through them",
          "[parse][english]") {
  Document act = ParseRealExcerpt("2020-en-uk-act-coronavirus-schedule-11-parts.txt");
  const Node* schedule = nullptr;
  for (const Node& t : act.tasks) {
    if (t.level == "schedule" && t.ordinal == 11) schedule = &t;
  }
  REQUIRE(schedule != nullptr);
  std::vector<int> parts;
  std::vector<int> paragraphs;
  for (const Node& part : schedule->children) {
    if (part.level != "part" || !part.ordinal) continue;
    parts.push_back(*part.ordinal);
    for (int p : NumberedOrdinals(part)) paragraphs.push_back(p);
  }
  CHECK(parts == std::vector<int>{1, 2, 3, 4});
  std::vector<int> expected;
  for (int i = 1; i <= 22; ++i) expected.push_back(i);
  CHECK(paragraphs == expected);
  // Schedule 12 follows at the top, not under Schedule 11's last paragraph.
  CHECK(act.tasks.back().level == "schedule");
  CHECK(act.tasks.back().ordinal == 12);
}

TEST_CASE("A section's glued title may open with an acronym and an apostrophe",
          "[parse][english]") {
  // "2ARIA’s functions": the acronym then "’s", not a capital and a small letter.
  Document act = ParseRealExcerpt("2022-en-uk-act-aria-opening.txt");
  REQUIRE(act.tasks.size() == 3);
  for (size_t s = 0; s < 3; ++s) {
    CHECK(act.tasks[s].style == "en-section-glued");
    CHECK(act.tasks[s].ordinal == static_cast<int>(s + 1));
  }
  CHECK(std::string_view(act.tasks[1].text) == "ARIA’s functions");
  for (const auto& d : act.diagnostics) {
    CHECK(d.kind != DiagnosticKind::kUnplaced);
    CHECK(d.kind != DiagnosticKind::kGap);
  }
}

TEST_CASE("The AKN writer gives a Schedule an hcontainer named schedule", "[parse][english][akn]") {
  Document act = ParseRealExcerpt("2022-en-uk-act-aria-schedules.txt");
  std::string akn = congvan::WriteAkomaNtoso(act);
  size_t at = akn.find("name=\"schedule\"");
  CHECK(at != std::string::npos);
  CHECK(akn.find("name=\"schedule\"", at + 1) != std::string::npos);  // Schedule 2
  // Its paragraphs are <paragraph>s ("__para_1"), not attached texts.
  CHECK(akn.find("__para_1\"") != std::string::npos);
  CHECK(akn.find("attachedText") == std::string::npos);
  // Read back, a Schedule is a Schedule again.
  auto back = congvan::ParseBytes(akn, "schedules.akn.xml", {});
  REQUIRE(back.ok());
  REQUIRE(back->tasks.size() == act.tasks.size());
  for (size_t s = 0; s < act.tasks.size(); ++s) {
    CHECK(back->tasks[s].level == "schedule");
    CHECK(back->tasks[s].ordinal == act.tasks[s].ordinal);
  }
}

TEST_CASE("An Australian regulation's facts from its front page", "[parse][metadata][english]") {
  Document regulation = ParseRealExcerpt("2006-en-au-acc-amendment-regulations-no3-opening.txt");
  CHECK(regulation.meta.kind == "Regulations");
  CHECK(regulation.meta.number == "219");  // Select Legislative Instrument 2006 No. 219
  CHECK(regulation.meta.date == "2006-08-24");
  CHECK(regulation.meta.issuer == "Governor-General of the Commonwealth of Australia");
}
