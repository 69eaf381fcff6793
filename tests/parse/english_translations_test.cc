// English translations of Vietnamese laws, decrees and circulars, as a legal
// portal's English service publishes them (the sixteen texts of
// /work/unseen/en5 and /work/unseen/en, commercial translations that are
// never committed): the letterhead writes the motto with en dashes
// ("Independence - Freedom – Happiness"), puts the kind before the number
// ("Law No. 73/2025/QH15"), may leave a markdown star after the date
// ("*Hanoi, November 22, 2025 *"), may name the law before its kind
// ("CHILDREN LAW"), and an amending decree names each change with a noun
// ("13. Amendments to Clause 2 Article 22 as follows:", "b) Addition of Clause
// 10 after Clause 9 as follows:"). The texts below are shape lines written
// for these tests in that genre; grammars/en.xml holds the rules.
#include <catch2/catch.hpp>
#include <string>

#include "support/corpus.h"

using congvan::Document;
using congvan::Node;
using congvan::testing::ParseEnglish;
using congvan::testing::ParseString;

namespace {

// The letterhead of a translated law, its motto and number lines given.
std::string Law(const std::string& motto, const std::string& number_line,
                const std::string& title) {
  return "THE NATIONAL ASSEMBLY\n-------\n\nTHE SOCIALIST REPUBLIC OF VIETNAM\n" + motto +
         "\n---------------\n\n" + number_line + "\n\nHanoi, June 16, 2025\n\n" + title +
         "\n\nPursuant to the Constitution of the Socialist Republic of Vietnam;\n\n"
         "The National Assembly promulgates this Law.\n\nChapter I\n\nGENERAL PROVISIONS\n\n"
         "Article 1. Scope\n\nThis Law provides for the rights of the persons it names.\n";
}

}  // namespace

TEST_CASE("A translated motto with en dashes is the letterhead's, not the title",
          "[parse][metadata][english]") {
  Document doc = ParseEnglish(
      Law("Independence - Freedom – Happiness", "No. 126/2025/QH15", "LAW\n\nON PRESS"));
  CHECK(doc.meta.title == "LAW ON PRESS");
  CHECK(doc.meta.kind == "Law");
  Document circular = ParseEnglish(
      "MINISTRY OF FINANCE\n-------\nSOCIALIST REPUBLIC OF VIETNAM\n"
      "Independence – Freedom – Happiness\n---------------\nNo. 110/2025/TT-BTC\n"
      "Hanoi, November 19, 2025\n\nCIRCULAR\nFEES FOR LICENSING KARAOKE SERVICES\n\n"
      "Pursuant to the Law on Fees and Charges No. 97/2015/QH13;\n\n"
      "Article 1. Scope\n\nThis Circular provides for the fees.\n");
  CHECK(circular.meta.title == "CIRCULAR FEES FOR LICENSING KARAOKE SERVICES");
}

TEST_CASE("A 'Law No.' line is the letterhead's number, not the title",
          "[parse][metadata][english]") {
  Document doc = ParseEnglish(
      Law("Independence - Freedom - Happiness", "Law No. 143/2025/QH15", "LAW ON INVESTMENT"));
  CHECK(doc.meta.title == "LAW ON INVESTMENT");
  CHECK(doc.meta.number == "143/2025/QH15");
  CHECK(doc.meta.date == "2025-06-16");
  // A title that goes on with "DECREE NO. …" is still the title.
  Document decree = ParseEnglish(
      "THE GOVERNMENT OF VIETNAM\n-------\nTHE SOCIALIST REPUBLIC OF VIETNAM\n"
      "Independence - Freedom - Happiness\n---------------\nNo. 310/2025/ND-CP\n"
      "Hanoi, December 2, 2025\n\nDECREE\n\nON AMENDMENTS TO\nDECREE NO. 125/2020/ND-CP DATED "
      "OCTOBER 19, 2020\n\nPursuant to the Law on Organization of the Government;\n\n"
      "Article 1. Scope\n\nThis Decree provides.\n");
  CHECK(decree.meta.title ==
        "DECREE ON AMENDMENTS TO DECREE NO. 125/2020/ND-CP DATED OCTOBER 19, 2020");
}

TEST_CASE("A law named before its kind: 'CHILDREN LAW' is the title and says Law",
          "[parse][metadata][english]") {
  Document doc = ParseEnglish(
      Law("Independence - Freedom - Happiness", "Law No.: 102/2016/QH13", "CHILDREN LAW"));
  CHECK(doc.meta.title == "CHILDREN LAW");
  CHECK(doc.meta.kind == "Law");
  CHECK(doc.meta.number == "102/2016/QH13");
}

TEST_CASE("A date line a markdown star closes is still the date", "[parse][metadata][english]") {
  Document doc = ParseEnglish(
      "| **MINISTRY OF HEALTH OF VIETNAM** ------- | **SOCIALIST REPUBLIC OF VIETNAM** |\n"
      "Independence - Freedom – Happiness\n---------------\n\nNo. 44/2025/TT-BYT\n\n"
      "*Hanoi, November 22, 2025 *\n\n**CIRCULAR**\n\nProviding regulations on medical devices\n\n"
      "*Pursuant to Law on Government Organization No. 63/2025/QH15;*\n\n"
      "Article 1. Scope\n\nThis Circular provides for medical devices.\n");
  CHECK(doc.meta.date == "2025-11-22");
  CHECK(doc.meta.title.rfind("CIRCULAR", 0) == 0);
}

TEST_CASE("Changes named by a noun open the quoted provisions they bring",
          "[parse][legislation][amendment][english]") {
  Document doc = ParseEnglish(
      "Article 1. Amendments to Decree No. 125/2020/ND-CP\n\n"
      "1. Amendments to Article 2 as follows:\n\n"
      "a) Amendments to Clause 1 as follows:\n\n"
      "“1. Administrative tax violations are acts in violation of the tax laws.”;\n\n"
      "b) Addition of Clause 10 after Clause 9 as follows:\n\n"
      "“10. Force majeure events include natural disasters and epidemics.”;\n\n"
      "2. Amendments to the title of Article 25 as follows:\n\n"
      "“Article 25. Penalties for violations concerning lost invoices”.\n\n"
      "3. Annulment of Clause 4 Article 7.\n\n"
      "Article 2. Entry into force\n\nThis Decree comes into force as of January 16, 2026.\n");
  REQUIRE(doc.tasks.size() == 2);
  const Node& article1 = doc.tasks[0];
  REQUIRE(article1.children.size() == 3);
  const Node& clause1 = article1.children[0];
  REQUIRE(clause1.children.size() == 2);
  const Node& amended = clause1.children[0];
  REQUIRE(amended.target().has_value());
  CHECK(amended.target()->action == "amend");
  REQUIRE(amended.quoted().size() == 1);
  CHECK(amended.quoted()[0].ordinal == 1);
  const Node& added = clause1.children[1];
  REQUIRE(added.target().has_value());
  CHECK(added.target()->action == "add");
  REQUIRE(added.quoted().size() == 1);
  CHECK(added.quoted()[0].ordinal == 10);
  const Node& renamed = article1.children[1];
  REQUIRE(renamed.target().has_value());
  CHECK(renamed.target()->action == "rename");
  CHECK(renamed.quoted().size() == 1);
  const Node& annulled = article1.children[2];
  REQUIRE(annulled.target().has_value());
  CHECK(annulled.target()->action == "repeal");
  CHECK(doc.tasks[1].ordinal == 2);
}

TEST_CASE("An article titled with its change quotes the article it brings",
          "[parse][legislation][amendment][english]") {
  // "Article 17. Amendments to Article 45" / “Article 45. …”: no colon ends
  // the heading, the quoted article follows it.
  Document doc = ParseEnglish(
      "Article 1. Amendments to Article 45\n\n"
      "“Article 45. Power to make records of administrative violations\n\n"
      "1. Persons on duty shall have the power to make records.\n\n"
      "2. Officials of fisheries control agencies shall have that power.”.\n\n"
      "Article 2. Abrogation of clause 4 Article 42.\n\n"
      "Article 3. Effect\n\nThis Decree comes into force from the date of signing.\n");
  REQUIRE(doc.tasks.size() == 3);
  const Node& article1 = doc.tasks[0];
  REQUIRE(article1.target().has_value());
  CHECK(article1.target()->action == "amend");
  CHECK(article1.target()->article == "45");
  REQUIRE(article1.quoted().size() == 1);
  CHECK(article1.quoted()[0].ordinal == 45);
  CHECK(article1.quoted()[0].children.size() == 2);
  REQUIRE(doc.tasks[1].target().has_value());
  CHECK(doc.tasks[1].target()->action == "repeal");
  CHECK(doc.tasks[2].ordinal == 3);
}
