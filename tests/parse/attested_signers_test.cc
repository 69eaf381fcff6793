// A Philippine Republic Act's signatures (signer.cc, OpenAttestedName): each
// "(Sgd.) NAME" in capitals opens a signer whose office stands under the name
// ("Speaker of the House of Representatives"), the layout upside down from a
// Vietnamese block's capacity-over-name. The attestation after its first
// table cell, which the line roles call an annex, is read on. A real lawphil
// page (tests/parse/real/metadata.tsv); the checks fail without the rule.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parse/signer.h"
#include "support/corpus.h"

using congvan::testing::ParseRealExcerpt;

TEST_CASE("A Republic Act's attestation gives the presiding officers and the President",
          "[parse][signer][republic-act]") {
  congvan::Document act =
      ParseRealExcerpt("2010-en-ph-republic-act-9995-anti-voyeurism-lawphil.html");
  std::vector<congvan::parse::Signer> signers = congvan::parse::ReadSigners(act);
  REQUIRE(signers.size() == 5);
  CHECK(signers[0].name == "PROSPERO C. NOGRALES");
  CHECK(signers[0].capacity == std::vector<std::string>{"Speaker of the House of Representatives"});
  CHECK(signers[1].name == "JUAN PONCE ENRILE");
  CHECK(signers[1].capacity == std::vector<std::string>{"President of the Senate"});
  // "Secretary General" / "House of Represenatives" (sic): two office lines.
  CHECK(signers[2].name == "MARILYN B. BARUA-YAP");
  CHECK(signers[2].capacity.size() == 2);
  CHECK(signers[3].name == "EMMA LIRIO-REYES");
  // "Approved: FEB 15, 2010" / "(Sgd.) GLORIA MACAPAGAL-ARROYO" / "President of
  // the Philippines" / "The Lawphil Project - Arellano Law Foundation": the
  // site's credit under the last office is not part of it.
  CHECK(signers[4].name == "GLORIA MACAPAGAL-ARROYO");
  CHECK(signers[4].capacity == std::vector<std::string>{"President of the Philippines"});
}
