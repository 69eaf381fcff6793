// English legal texts of other genres than translations of Vietnamese law,
// and the State Bank of Vietnam's translated letterhead (the 18 texts of
// /work/unseen/en10, audited for branch enaudit9, session 40).
//
// A UK Act as legislation.gov.uk gives it as text prints a section's number
// glued to its title ("1Offence of administering …", "PART 1Main
// provisions"), the date of Royal Assent in brackets ("[29th April 2021]")
// and the enacting formula of the Parliament at Westminster ("Be it enacted
// by the Queen’s most Excellent Majesty …"). A US Executive Order as the
// Federal Register prints it heads "Title 3—" / "The President" / "Executive
// Order 13526 of December 29, 2009" and ends "THE WHITE HOUSE," and the date.
// Those cases read real excerpts (public domain, Open Government Licence:
// tests/parse/real/metadata.tsv). The State Bank ("THE STATE BANK OF
// VIETNAM", "THE GOVERNOR OF THE STATE BANK") and the "No:" number label come
// from commercial translations, so their cases are shape lines written here.
// grammars/en.xml holds the rules.
#include <catch2/catch.hpp>
#include <functional>
#include <string>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::Document;
using congvan::Node;
using congvan::testing::Contains;
using congvan::testing::FindTask;
using congvan::testing::ParseEnglish;
using congvan::testing::ParseRealExcerpt;

TEST_CASE("A UK Act: sections glued to their titles, Royal Assent, the enacting formula",
          "[parse][metadata][english]") {
  Document act = ParseRealExcerpt("2021-en-uk-act-botulinum-toxin-fillers-children-opening.txt");
  CHECK(act.meta.kind == "Act");
  CHECK(act.meta.date == "2021-04-29");
  CHECK(act.meta.issuer == "Parliament of the United Kingdom");
  CHECK(act.meta.title == "Botulinum Toxin and Cosmetic Fillers (Children) Act 2021");
  REQUIRE(act.tasks.size() == 2);
  for (int i = 0; i < 2; ++i) {
    CHECK(act.tasks[i].style == "en-section-glued");
    CHECK(act.tasks[i].ordinal == i + 1);
  }
  CHECK(act.tasks[0].text.starts_with("Offence of administering"));
  // Its subsections (1) … (7) hang under section 1, not beside it.
  REQUIRE(act.tasks[0].children.size() == 7);
  CHECK(act.tasks[0].children[6].ordinal == 7);
}

TEST_CASE("A UK Act's section whose title opens with an acronym ('14NHS …') is a section",
          "[parse][english]") {
  // The review of session 40 found sections 14 ("14NHS Continuing
  // Healthcare …"), 46 and 76 ("76HMRC functions") of the Coronavirus Act
  // lost into the section before: the glued number wanted a capital and a
  // lower-case letter after it.
  Document act = ParseRealExcerpt("2020-en-uk-act-coronavirus-section-14-acronym.txt");
  const Node* s14 = nullptr;
  const Node* s15 = nullptr;
  for (const Node& n : act.tasks) {
    if (n.style == "en-section-glued" && n.ordinal == 14) s14 = &n;
    if (n.style == "en-section-glued" && n.ordinal == 15) s15 = &n;
  }
  REQUIRE(s14 != nullptr);
  CHECK(s14->text == "NHS Continuing Healthcare assessments: England");
  CHECK(s14->children.size() == 9);  // its subsections (1) … (9)
  REQUIRE(s15 != nullptr);
  CHECK(s15->text == "Local authority care and support");
}

TEST_CASE("A UK Act's 'PART 1Main provisions' is its Part 1", "[parse][english]") {
  Document act = ParseRealExcerpt("2020-en-uk-act-coronavirus-opening.txt");
  CHECK(act.meta.kind == "Act");
  CHECK(act.meta.date == "2020-03-25");
  REQUIRE(act.tasks.size() == 1);
  CHECK(act.tasks[0].style == "en-part-arabic");
  CHECK(act.tasks[0].text == "Main provisions");
  int sections = 0;
  for (const Node& child : act.tasks[0].children) sections += child.style == "en-section-glued";
  CHECK(sections == 2);
}

TEST_CASE("A US Executive Order: its kind, number, date and issuer from the Federal Register",
          "[parse][metadata][english]") {
  Document order = ParseRealExcerpt("2009-en-us-executive-order-13526-opening.md");
  CHECK(order.meta.kind == "Executive Order");
  CHECK(order.meta.number == "13526");
  CHECK(order.meta.date == "2009-12-29");
  CHECK(order.meta.issuer == "The President");
}

TEST_CASE("'THE WHITE HOUSE,' and the date close an Executive Order", "[parse][english]") {
  Document order = ParseRealExcerpt("1948-en-us-executive-order-9919-truman.md");
  CHECK(order.meta.kind == "Executive Order");
  CHECK(order.meta.number == "9919");
  bool signed_at_white_house = false;
  for (const auto& block : order.blocks) {
    signed_at_white_house = signed_at_white_house || (block.role == BlockRole::kSignature &&
                                                      Contains(block.text, "THE WHITE HOUSE"));
  }
  CHECK(signed_at_white_house);
  // Not text of the order's last paragraph.
  bool in_tasks = false;
  std::function<void(const Node&)> visit = [&](const Node& n) {
    in_tasks = in_tasks || Contains(n.text, "WHITE HOUSE");
    for (const Node& c : n.children) visit(c);
  };
  for (const Node& n : order.tasks) visit(n);
  CHECK_FALSE(in_tasks);
}

TEST_CASE("The State Bank heads its circulars and decisions: issuer, not title",
          "[parse][metadata][english]") {
  Document circular = ParseEnglish(
      "THE STATE BANK OF VIETNAM\n\nSOCIALIST REPUBLIC OF VIETNAM\n"
      "Independence - Freedom - Happiness\n\nNo. 22/2019/TT-NHNN\n\nHanoi, November 15, 2019\n\n"
      "CIRCULAR\nProviding for prudential limits and ratios in banking operations\n\n"
      "Pursuant to the Law on the State Bank of Vietnam;\n\n"
      "The Governor of the State Bank of Vietnam promulgates this Circular.\n\n"
      "Article 1. Scope\nThis Circular provides for prudential limits.\n\n"
      "Article 2. Effect\nThis Circular takes effect on January 1, 2020.\n");
  // One name however the letterhead spells it (grammars/en.xml issuer-name):
  // "THE STATE BANK OF VIETNAM", "STATE BANK OF VIETNAM", "STATE BANK OF VIET NAM".
  CHECK(circular.meta.issuer == "STATE BANK OF VIETNAM");
  CHECK(circular.meta.title.starts_with("CIRCULAR"));
  Document spaced = ParseEnglish(
      "STATE BANK OF VIET NAM\n\nSOCIALIST REPUBLIC OF VIET NAM\n"
      "Independence - Freedom - Happiness\n\nNo. 01/CT-NHNN\n\nHanoi, January 31, 2013\n\n"
      "DIRECTIVE\nOn the implementation of the monetary policy\n\n"
      "1. Credit institutions shall manage their credit growth.\n\n"
      "2. Units of the State Bank shall implement this Directive.\n");
  CHECK(spaced.meta.issuer == "STATE BANK OF VIETNAM");
  // No letterhead issuer: the enacting authority names the bank ("NHNN1" is
  // no code the number-issuer patterns know).
  Document decision = ParseEnglish(
      "SOCIALIST REPUBLIC OF VIETNAM\nIndependence - Freedom - Happiness\n\n"
      "No. 51/1999/QD-NHNN1\n\nHanoi, February 10, 1999\n\nDECISION\n"
      "On the regulation on reserve requirements\n\nTHE GOVERNOR OF THE STATE BANK\n\n"
      "Pursuant to the Law on the State Bank of Vietnam;\n\nDECIDES:\n\n"
      "Article 1. To issue the regulation on reserve requirements.\n\n"
      "Article 2. This Decision takes effect on March 1, 1999.\n");
  CHECK(decision.meta.issuer == "STATE BANK OF VIETNAM");
}

TEST_CASE("'No: 30/2001/QH10' (a colon, no dot) is the number line, not the title",
          "[parse][metadata][english]") {
  Document law = ParseEnglish(
      "Independence - Freedom - Happiness\n\nNo: 30/2001/QH10\n\nHanoi, December 25, 2001\n\n"
      "LAW\nON THE ORGANIZATION OF THE NATIONAL ASSEMBLY\n\nPursuant to the 1992 Constitution;\n\n"
      "Chapter I\nTHE NATIONAL ASSEMBLY\n\n"
      "Article 1.- The National Assembly is the supreme representative body of the people.\n\n"
      "Article 2.- The National Assembly has the following tasks.\n");
  CHECK(law.meta.title == "LAW ON THE ORGANIZATION OF THE NATIONAL ASSEMBLY");
  CHECK(law.meta.number == "30/2001/QH10");
}

TEST_CASE("An Executive Order as the White House prints it: 'Sec. 2.', '(A)', its closing",
          "[parse][english]") {
  Document order =
      ParseRealExcerpt("2025-en-us-executive-order-ending-dei-programs-whitehouse.txt");
  // "Section 1. Purpose and Policy." then "Sec. 2. Implementation." …
  REQUIRE(order.tasks.size() == 4);
  for (int i = 0; i < 4; ++i) {
    CHECK(order.tasks[i].style == "en-section-titled");
    CHECK(order.tasks[i].ordinal == i + 1);
  }
  // Sec. 2 (b) (ii) lists "(A)" "(B)" "(C)" under it.
  const Node* list = FindTask(order, "provide the Director of the OMB");
  REQUIRE(list != nullptr);
  REQUIRE(list->children.size() == 3);
  for (int i = 0; i < 3; ++i) {
    CHECK(list->children[i].style == "en-upper-letter-parens");
    CHECK(list->children[i].ordinal == i + 1);
  }
  // "THE WHITE HOUSE," / "January 20, 2025." closes it: a signature block,
  // though its date ends with a dot (below_top_roles.cc), not text of Sec. 4.
  bool signed_at_white_house = false;
  for (const auto& block : order.blocks) {
    signed_at_white_house = signed_at_white_house || (block.role == BlockRole::kSignature &&
                                                      Contains(block.text, "January 20, 2025"));
  }
  CHECK(signed_at_white_house);
}

TEST_CASE("A caption 'Circular No. … of <date>, …' heading a web copy dates the text",
          "[parse][metadata][english]") {
  // The caption cites the document's own number: its date is the document's
  // (metadata.cc), where "Law No. 46/2010/QH12 of June 16, 2010" would be
  // a cited law's.
  Document circular = ParseEnglish(
      "THE STATE BANK OF VIETNAM\n"
      "Circular No. 21/2012/TT-NHNN of June 18, 2012, stipulating lending operations among "
      "credit institutions\n"
      "Pursuant to Law No. 46/2010/QH12 of June 16, 2010 on the State Bank of Vietnam;\n"
      "The Governor of the State Bank of Vietnam promulgates this Circular.\n"
      "Chapter 1\nGENERAL PROVISIONS\nArticle 1. Scope of regulation\n"
      "This Circular stipulates lending operations.\nArticle 2. Subjects of application\n"
      "1. Credit institutions.\n");
  CHECK(circular.meta.number == "21/2012/TT-NHNN");
  CHECK(circular.meta.kind == "Circular");
  CHECK(circular.meta.date == "2012-06-18");
  CHECK(circular.meta.issuer == "STATE BANK OF VIETNAM");  // one name (issuer-name)
}
