// English texts of Vietnamese decisions, decrees, directives and circulars
// from other publishers than the legal portal of english_translations_test.cc
// (the 22 texts of /work/unseen/en7, audited for branch enaudit7, session 38):
// the national legal database's and the Official Gazette's English of the
// 1990s-2000s write "Article 1.- To approve …" (a dash after the dot); a
// letterhead flattened to one line keeps the number and the place-date
// together ("No. 26/CT-TTg Hanoi, June 6, 2017", or a web table row "No.
// 105/2020/ND-CP | | Hanoi, September 8, 2020 |") and the issuer beside "THE
// SOCIALIST REPUBLIC OF VIETNAM"; the database keeps the Vietnamese date word
// for word ("Ha Noi, day 05 month 02 year 2008"). The first case quotes the
// database's own English (vbpl.vn, a state site); the others are shape lines
// written for these tests, as their sources are commercial translations.
// grammars/en.xml holds the rules.
#include <catch2/catch.hpp>
#include <string>

#include "support/corpus.h"

using congvan::Document;
using congvan::Node;
using congvan::testing::ParseEnglish;
using congvan::testing::ParseString;

TEST_CASE("'Article 1.- To approve': the Gazette's dash after the dot opens an article",
          "[parse][english]") {
  // Decision 172/2007/QD-TTg as vbpl.vn publishes it in English (shortened).
  Document doc = ParseEnglish(
      "THE PRIME MINISTER\n\nSOCIALIST REPUBLIC OF VIET NAM\n"
      "Independence - Freedom - Happiness\n\nNo. 172/2007/QD-TTg\n\n"
      "Ha Noi, November 16, 2007\n\nDECISION\n\n"
      "Approving the national Strategy on natural disaster prevention, fighting and "
      "reduction till 2020\n\n"
      "Pursuant to the December 25, 2001 Law on Organization of the Government;\n\n"
      "At the proposal of the Minister of Agriculture and Rural Development,\n\nDECIDES:\n\n"
      "Article 1.- To approve the national strategy on natural disaster prevention, fighting "
      "and reduction till 2020 with the following principal contents:\n\n"
      "1. The work of natural disaster prevention and fighting covers the prevention of, "
      "coping with, and overcoming the consequences of, natural disasters.\n\n"
      "2. State agencies, economic organizations and all citizens are obliged to prevent, "
      "fight and reduce natural disasters.\n\n"
      "Article 2.- This Decision takes effect 15 days after its publication in CONG BAO.\n\n"
      "Article 3.- The ministers, the heads of ministerial-level agencies and the presidents "
      "of provincial-level People's Committees shall implement this Decision.\n");
  REQUIRE(doc.tasks.size() == 3);
  for (int i = 0; i < 3; ++i) {
    CHECK(doc.tasks[i].style == "en-article");
    CHECK(doc.tasks[i].ordinal == i + 1);
  }
  REQUIRE(doc.tasks[0].children.size() == 2);
  CHECK(doc.tasks[0].children[1].ordinal == 2);
}

TEST_CASE("A number line that keeps the place-date dates the text", "[parse][metadata][english]") {
  Document directive = ParseEnglish(
      "THE PRIME MINISTER THE SOCIALIST REPUBLIC OF VIETNAM\n"
      "Independence - Freedom - Happiness\nNo. 31/CT-TTg Hanoi, May 4, 2019\n\n"
      "DIRECTIVE\nOn reducing paperwork in state agencies\n\n"
      "Over the past years, ministries have simplified many procedures.\n\n"
      "1. Ministers shall review the reports their agencies require.\n");
  CHECK(directive.meta.date == "2019-05-04");
  CHECK(directive.meta.number == "31/CT-TTg");
  // The issuer beside the national name: its article goes with the name.
  CHECK(directive.meta.issuer == "THE PRIME MINISTER");
  Document decree = ParseEnglish(
      "THE GOVERNMENT | | THE SOCIALIST REPUBLIC OF VIETNAM Independence - Freedom - "
      "Happiness |\nNo. 47/2021/ND-CP | | Hanoi, April 1, 2021 |\nDECREE\n"
      "Prescribing the keeping of public records\n"
      "Pursuant to the June 19, 2015 Law on Organization of the Government;\n"
      "The Government promulgates the Decree prescribing the keeping of public records.\n"
      "Article 1. Scope of regulation\nThis Decree prescribes the keeping of public records.\n");
  CHECK(decree.meta.date == "2021-04-01");
  CHECK(decree.meta.number == "47/2021/ND-CP");
}

TEST_CASE("The issuer and the national name on separate lines: no 'THE' left over",
          "[parse][metadata][english]") {
  Document doc = ParseEnglish(
      "THE MINISTRY OF FINANCE\n\n \n\nTHE SOCIALIST REPUBLIC OF VIETNAM\n"
      "Independence - Freedom - Happiness\n\nNo. 12/2017/TT-BTC\n\n \n\n"
      "Hanoi, February 3, 2017\n\n \n\nCIRCULAR\n\n"
      "Guiding the valuation of assets\n\n"
      "Pursuant to the Law on Prices;\n\n"
      "Article 1. Scope of regulation\n\nThis Circular guides the valuation of assets.\n");
  CHECK(doc.meta.issuer == "THE MINISTRY OF FINANCE");
}

TEST_CASE("'Ha Noi, day 05 month 02 year 2008': the Vietnamese date word for word",
          "[parse][metadata][english]") {
  Document doc = ParseEnglish(
      "THE PRIME MINISTER\n\nSOCIALIST REPUBLIC OF VIET NAM\n"
      "Independence - Freedom - Happiness\n\nNo: 27/2008/QD-TTg\n\n"
      "Ha Noi, day 05 month 02 year 2008\n\nDECISION\n\n"
      "Promulgating a number of mechanisms and policies to support the northern provinces\n\n"
      "Pursuant to the December 25, 2001 Law on Organization of the Government;\n\n"
      "DECIDES:\n\nArticle 1.- To promulgate a number of mechanisms and policies.\n");
  CHECK(doc.meta.date == "2008-02-05");
  CHECK(doc.meta.number == "27/2008/QD-TTg");
}

TEST_CASE("A resolution's subject line naming 'THE GOVERNMENT’S' meeting is its title",
          "[parse][metadata][english]") {
  // Resolution 33/NQ-CP as the Government portal publishes it in English.
  Document doc = ParseEnglish(
      "THE GOVERNMENT\n-------\n\nSOCIALIST REPUBLIC OF VIET NAM\n"
      "Independence - Freedom - Happiness\n \n---------------\n\nNo. 33/NQ-CP\n\n"
      "Ha Noi, May 09, 2016\n\n \n\nRESOLUTION\n\n"
      "THE GOVERNMENT’S REGULAR MEETING - APRIL 2016\n\nTHE GOVERNMENT\n\n"
      "Pursuant to the Law on Organization of the Government dated June 19, 2015;\n\n"
      "Based on the discussion of the Cabinet’s members and the conclusion of the Prime "
      "Minister at the Government’s regular meeting in April 2016, held on May 04 and 05, "
      "2016,\n\nRESOLVES:\n\n1. Regarding the common tasks\n\n"
      "The Government agrees to act with the highest determination and commitment.\n");
  CHECK(doc.meta.title == "RESOLUTION THE GOVERNMENT’S REGULAR MEETING - APRIL 2016");
  CHECK(doc.meta.issuer == "THE GOVERNMENT");
  CHECK(doc.meta.date == "2016-05-09");
}

TEST_CASE("'Number: 172/2007/QĐ-TTg' is the number line, not the title",
          "[parse][metadata][english]") {
  // The opening of Decision 172/2007/QĐ-TTg on vbpl.vn (its English page has
  // no issuer line and no kind heading).
  Document doc = ParseEnglish(
      "Number: 172/2007/QĐ-TTg\nIndependence - Freedom - Happiness\n"
      "Ha Noi , November 16, 2007\n\n\n"
      "Approving the national Strategy on natural disaster prevention, fighting and reduction "
      "till 2020\n\n\nPursuant to the December 25, 2001 Law on Organization of the "
      "Government;\n\nPursuant to the May 20, 1998 Law on Water Resources;\n\n\n"
      "Article 1.- To approve the national strategy on natural disaster prevention, fighting "
      "and reduction till 2020 with the following principal contents:\n\n\n"
      "1. The work of natural disaster prevention and fighting covers the prevention of, "
      "coping with, and overcoming the consequences of, natural disasters.\n");
  CHECK(doc.meta.number == "172/2007/QĐ-TTg");
  CHECK(doc.meta.kind == "Decision");
  CHECK(doc.meta.title ==
        "Approving the national Strategy on natural disaster prevention, fighting and "
        "reduction till 2020");
}
