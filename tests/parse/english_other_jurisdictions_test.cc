// English legal texts of other jurisdictions than the ones read before (the
// 15 texts of /work/unseen/en11, audited for branch enaudit10, session 41):
// Philippine Republic Acts as lawphil.net, chanrobles.com and clubjuris.com
// print them. A Republic Act heads "Fifteenth Congress" / "Second Regular
// Session" / "Begun and held in Metro Manila, on Monday, …" / "REPUBLIC ACT NO.
// 10175" (the portals add the date of approval), then its long title "AN ACT
// …" and the enacting formula of the Congress; its sections are numbered
// through the whole Act, across its Titles and Chapters; it ends with the
// attestation "Approved," / "(Sgd.) …". Every case reads a real excerpt
// (tests/parse/real/metadata.tsv); grammars/en.xml holds the rules.
#include <catch2/catch.hpp>
#include <span>
#include <string>
#include <string_view>

#include "support/corpus.h"

using congvan::DiagnosticKind;
using congvan::Document;
using congvan::Node;
using congvan::testing::ParseRealExcerpt;

namespace {

bool AnyTaskContains(std::span<const Node> nodes, std::string_view needle) {
  for (const Node& n : nodes) {
    if (std::string_view(n.text).find(needle) != std::string_view::npos) return true;
    if (AnyTaskContains(n.children, needle)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("A Republic Act: kind, number, issuer and its long title, not its Congress",
          "[parse][metadata][english]") {
  Document act = ParseRealExcerpt("2012-en-ph-republic-act-10175-cybercrime-lawphil-excerpt.html");
  CHECK(act.meta.kind == "Republic Act");
  CHECK(act.meta.number == "10175");
  CHECK(act.meta.issuer == "Congress of the Philippines");
  // "Fifteenth Congress" opens the page; the title is the long title.
  CHECK(act.meta.title.starts_with("AN ACT DEFINING CYBERCRIME"));
}

TEST_CASE("A Republic Act's sections run on through its chapters", "[parse][english]") {
  Document act = ParseRealExcerpt("2012-en-ph-republic-act-10175-cybercrime-lawphil-excerpt.html");
  REQUIRE(act.tasks.size() == 3);  // CHAPTER I, II, III
  const int first[] = {1, 4, 8};
  const size_t count[] = {3, 4, 2};
  for (size_t c = 0; c < 3; ++c) {
    const Node& chapter = act.tasks[c];
    CHECK(chapter.style == "en-chapter-roman");
    REQUIRE(chapter.children.size() == count[c]);
    for (size_t s = 0; s < count[c]; ++s) {
      CHECK(chapter.children[s].style == "en-section-titled");
      CHECK(chapter.children[s].ordinal == first[c] + static_cast<int>(s));
    }
  }
  for (const auto& d : act.diagnostics) CHECK(d.kind != DiagnosticKind::kUnplaced);
}

TEST_CASE("A Republic Act's 'TITLE I' is a division over its sections; the portal's date",
          "[parse][metadata][english]") {
  Document act = ParseRealExcerpt("2022-en-ph-republic-act-11709-chanrobles-opening.txt");
  CHECK(act.meta.kind == "Republic Act");
  CHECK(act.meta.number == "11709");
  CHECK(act.meta.date == "2022-04-13");
  REQUIRE(act.tasks.size() == 1);
  CHECK(act.tasks[0].style == "en-title-roman");
  CHECK(act.tasks[0].text == "DECLARATION OF POLICY");
  REQUIRE(act.tasks[0].children.size() == 1);
  CHECK(act.tasks[0].children[0].style == "en-section-titled");
  CHECK(act.tasks[0].children[0].children.size() == 3);  // (a) … (c)
}

TEST_CASE("A Republic Act's number line with its date of approval", "[parse][metadata][english]") {
  Document act = ParseRealExcerpt("2018-en-ph-republic-act-11055-clubjuris-opening.txt");
  CHECK(act.meta.number == "11055");
  CHECK(act.meta.date == "2018-08-06");
  CHECK(act.meta.issuer == "Congress of the Philippines");
  CHECK(act.tasks.size() == 3);  // Section 1., SEC. 2., SEC. 3.
}

TEST_CASE("A Republic Act's attestation ('Approved' / '(Sgd.) …') is no text of its last section",
          "[parse][english]") {
  Document act = ParseRealExcerpt("2010-en-ph-republic-act-9995-anti-voyeurism-lawphil.html");
  REQUIRE(act.tasks.size() == 10);
  CHECK(act.tasks.back().ordinal == 10);
  CHECK(act.tasks.back().text.starts_with("Effectivity Clause."));
  CHECK_FALSE(AnyTaskContains(act.tasks, "(Sgd.)"));
  CHECK_FALSE(AnyTaskContains(act.tasks, "NOGRALES"));
}

// Shape lines (the copy is a commercial translation: thuvienphapluat.vn's Law
// 30/2001/QH10, /work/unseen/en10/pages): the page lost the law's title and
// kept, under the letterhead, only its number and date in brackets.
TEST_CASE("A bracketed number and date under the letterhead is no title",
          "[parse][metadata][english]") {
  Document law = congvan::testing::ParseEnglish(
      "Independence - Freedom - Happiness\n\nNo: 30/2001/QH10\n\nHanoi, December 25, 2001\n\n"
      "(No. 30/2001/QH10 of December 25, 2001)\n\nPursuant to the 1992 Constitution;\n\n"
      "Chapter I\n\n"
      "Article 1.- The National Assembly is the supreme representative body of the people.\n\n"
      "Article 2.- The National Assembly has the following tasks.\n");
  CHECK(law.meta.title.empty());
  CHECK(law.meta.number == "30/2001/QH10");
  CHECK(law.meta.date == "2001-12-25");
}

TEST_CASE("An Act's section whose heading opens with an acronym ('Section 28. RPWEB To …')",
          "[parse][english]") {
  Document act = ParseRealExcerpt("2000-en-ph-republic-act-8792-e-commerce-lawphil-excerpt.html");
  CHECK(act.meta.date == "2000-06-14");
  const Node* part4 = nullptr;
  for (const Node& n : act.tasks) {
    if (n.ordinal == 4 && std::string_view(n.text).starts_with("ELECTRONIC TRANSACTIONS"))
      part4 = &n;
  }
  REQUIRE(part4 != nullptr);
  REQUIRE(part4->children.size() == 3);  // Sections 27, 28, 29
  for (int i = 0; i < 3; ++i) {
    CHECK(part4->children[i].style == "en-section-titled");
    CHECK(part4->children[i].ordinal == 27 + i);
  }
  CHECK(std::string_view(part4->children[1].text).starts_with("RPWEB To Promote"));
}
