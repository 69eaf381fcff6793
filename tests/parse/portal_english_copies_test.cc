// A legal portal's English copies of Vietnamese circulars (thuvienphapluat.vn
// free previews; /work/unseen/x9, x10 and en5 hold four, commercial, never
// committed): a short English body cut by the portal's Vietnamese notice
// ("... ... ... Hãy đăng nhập …"), then a longer tail of the portal's own
// Vietnamese furniture (related texts, login notices). The English lines
// below are shape lines written for these tests; the furniture is the real
// tail of such a page (tests/parse/real/metadata.tsv).
#include <catch2/catch.hpp>
#include <string>

#include "congvan/parse.h"
#include "grammar/language_detection.h"
#include "support/corpus.h"

using congvan::Document;
using congvan::testing::ParseString;
using congvan::testing::ReadFile;

namespace {

const char kTail[] =
    "tests/parse/real/2025-vi-thuvienphapluat-english-page-tail-portal-furniture.md";

std::string PortalTail() { return ReadFile(std::string(CONGVAN_SOURCE_DIR) + "/" + kTail); }

// A translated circular's letterhead and `articles` articles of two
// clauses, as such a copy writes them (the free previews hold 4–7 KB of
// English before the portal's tail).
std::string EnglishCircular(int articles) {
  std::string text =
      "**MINISTRY OF FINANCE OF VIETNAM**\n-------\n|\n**SOCIALIST REPUBLIC OF VIETNAM**\n"
      "Independence – Freedom – Happiness\n----------------\n|\nNo. 7/2025/TT-BTC\n|\n"
      "*Hanoi, May 5, 2025*\n|\n**CIRCULAR**\nFEES FOR THE ISSUE OF LICENCES AND THEIR "
      "COLLECTION\n*Pursuant to the Law on Fees and Charges;*\n"
      "*The Minister of Finance promulgates this Circular.*\n";
  for (int k = 1; k <= articles; ++k) {
    const std::string n = std::to_string(k);
    text += "**Article " + n + ". The fees of the licences of group " + n + "**\n" +
            "1. The fee for the issue of a licence of group " + n +
            " shall be paid by the applicant\nwhen the application is submitted to the "
            "authority that issues it.\n"
            "2. The collector shall transfer the fees collected to the state budget within\n"
            "ten days of their collection, as the law on tax administration provides.\n";
  }
  return text + "DEPUTY MINISTER\nNguyen Van A\n";
}

}  // namespace

TEST_CASE("An English copy whose portal tail is Vietnamese is read as English",
          "[parse][language][english]") {
  const std::string text = EnglishCircular(8) + PortalTail();
  // The tail outweighs the body over the whole text (what was asked before)...
  REQUIRE(congvan::grammar_internal::DetectionOpening(text).size() < text.size());
  auto grammars = congvan::AllGrammars("");
  REQUIRE(grammars.ok());
  double vi = 0, en = 0;
  for (const auto& g : *grammars) {
    if (g->language() == congvan::Language::kVietnamese) vi = g->DetectionScore(text);
    if (g->language() == congvan::Language::kEnglish) en = g->DetectionScore(text);
  }
  CHECK(vi > en);
  // ...but the opening, the letterhead and the articles, decides.
  Document doc = ParseString(text);
  CHECK(doc.language == congvan::Language::kEnglish);
  CHECK(doc.meta.number == "7/2025/TT-BTC");
  CHECK(doc.tasks.size() == 8);
  // The Vietnamese page the tail closes stays Vietnamese.
  CHECK(ParseString(PortalTail()).language == congvan::Language::kVietnamese);
}

// The portal's notice where its free preview leaves a passage out (its own
// Vietnamese, the same on every such page).
const char kCutNotice[] =
    "... ... ... Hãy đăng nhập hoặc đăng ký Thành viên Pro tại đây để xem toàn bộ văn bản tiếng "
    "Anh.";

TEST_CASE("A portal's cut notice is cut out, and the text resuming on its line opens it",
          "[parse][portal][english]") {
  const std::string text =
      std::string(
          "**MINISTRY OF FINANCE OF VIETNAM**\n-------\n|\nNo. 7/2025/TT-BTC\n|\n"
          "*Hanoi, May 5, 2025*\n|\n**CIRCULAR**\nFEES FOR LICENCES\n"
          "*The Minister of Finance promulgates this Circular.*\n") +
      kCutNotice + " **Article 1. Scope and regulated\nentities**\n" +  // line 11
      "1. This Circular provides for the fees for licences. " + kCutNotice +
      " 2. This Circular applies to the payers of those fees.\n"
      "**Article 2. Effect**\n"  // line 14
      "This Circular comes into force on the date of its signature.\n";
  Document doc = congvan::testing::ParseEnglish(text);
  REQUIRE(doc.tasks.size() == 2);
  CHECK(doc.tasks[0].marker == "Article 1.");
  CHECK(congvan::testing::Contains(doc.tasks[0].text.view(), "Scope and regulated entities"));
  CHECK(doc.tasks[0].lines().first == 11);  // line numbers as written
  CHECK(doc.tasks[1].lines().first == 14);
  const std::string json = congvan::testing::CanonicalDump(doc);
  CHECK(json.find("đăng nhập") == std::string::npos);
  // A cut inside a line leaves the text on both sides; here what resumes
  // is the next clause glued after the sentence's end (parse/glued_clauses.h,
  // session 42): clause 2 stands on its own, the line cut before it.
  REQUIRE(doc.tasks[0].children.size() == 2);
  CHECK(doc.tasks[0].children[0].text.view() ==
        "This Circular provides for the fees for licences.");
  CHECK(doc.tasks[0].children[1].marker == "2.");
  CHECK(doc.tasks[0].children[1].text.view() ==
        "This Circular applies to the payers of those fees.");
}

TEST_CASE("An article heading whose bold run opens at the end of the line before is an article",
          "[parse][portal][english]") {
  const std::string text =
      "**MINISTRY OF FINANCE OF VIETNAM**\n-------\n|\nNo. 7/2025/TT-BTC\n|\n"
      "*Hanoi, May 5, 2025*\n|\n**CIRCULAR**\nFEES FOR LICENCES\n"
      "*The Minister of Finance promulgates this Circular.*\n"
      "**Article\n1. Scope and regulated entities**\n"  // lines 11-12
      "1. This Circular provides for the fees for licences and their\n"
      "collection. **Article\n"  // line 14: the heading's word glued to the clause
      "2. Fee payers**\n"        // line 15
      "Applicants for licences are the fee payers. **Article\n"
      "3. Effect**\n"  // line 17
      "This Circular comes into force on the date of its signature.\n"
      "The fees are paid in **cash**\n"  // a bold word at a line's end is no heading
      "They are paid to the collector. **Article 4. Import tariff-rate\n"  // line 20
      "quotas**\n"
      "The quotas are set each year.\n";
  Document doc = congvan::testing::ParseEnglish(text);
  REQUIRE(doc.tasks.size() == 4);
  CHECK(doc.tasks[3].marker == "Article 4.");
  CHECK(congvan::testing::Contains(doc.tasks[3].text.view(), "Import tariff-rate quotas"));
  CHECK(doc.tasks[3].lines().first == 21);
  CHECK(doc.tasks[1].marker == "Article 2.");
  CHECK(congvan::testing::Contains(doc.tasks[1].text.view(), "Fee payers"));
  CHECK(doc.tasks[1].lines().first == 15);  // the heading is wholly on the second line
  CHECK(doc.tasks[2].marker == "Article 3.");
  REQUIRE(doc.tasks[0].children.size() == 1);  // the clause keeps its text, not the heading
  CHECK(doc.tasks[0].children[0].text.view() ==
        "This Circular provides for the fees for licences and their collection.");
}
