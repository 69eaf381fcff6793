// A US Federal Register document's head (parse/rule_head.h, grammars/en.xml):
// "AGENCY:" names the issuer, "ACTION:" the kind, the caption or a
// public-inspection copy's publication notice the date. Real openings
// (tests/parse/real/metadata.tsv); each check fails without the head's reading.
#include <catch2/catch.hpp>

#include "support/corpus.h"

using congvan::testing::ParseRealExcerpt;

TEST_CASE("A Federal Register rule's head gives its agency, action and issue date",
          "[parse][metadata][federal-register]") {
  congvan::Document rule =
      ParseRealExcerpt("2016-en-us-federal-register-81fr90750-stb-final-rule-opening.txt");
  CHECK(rule.meta.issuer == "Surface Transportation Board");
  CHECK(rule.meta.kind == "Final rule");
  CHECK(rule.meta.date == "2016-12-15");  // "(Thursday, December 15, 2016)"
}

// A PDF's transcription runs the head onto one line ("… AGENCIES: Department
// of Homeland Security; …; and Department of Transportation. ACTION: Interim
// final rule; delay of effective and compliance dates; … SUMMARY: …").
TEST_CASE("A joint interim final rule's head read from one run-on line",
          "[parse][metadata][federal-register]") {
  congvan::Document rule =
      ParseRealExcerpt("2018-en-us-federal-register-human-subjects-interim-final-rule-opening.txt");
  CHECK(rule.meta.kind == "Interim final rule");
  CHECK(rule.meta.issuer.starts_with("Department of Homeland Security; Department of Agriculture"));
  CHECK(rule.meta.issuer.ends_with("and Department of Transportation"));
  CHECK(rule.meta.date == "2018-01-22");  // "scheduled to be published … on 01/22/2018"
}
