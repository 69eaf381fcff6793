// Genres the corpus had seen least (the newsrc9 survey, session 40): the
// Prime Minister's telegrams (Công điện), guidance of the Party's central
// departments, and a province's regulation issued by a decision, all 2025
// web copies hard-wrapped near 80 columns. Each case reads a real excerpt
// (tests/parse/real/metadata.tsv) and fails with its rule removed.
#include <catch2/catch.hpp>
#include <span>
#include <string>
#include <string_view>

#include "support/corpus.h"

using congvan::BlockRole;
using congvan::testing::Contains;
using congvan::testing::ParseRealExcerpt;

// A department of the Central Committee writes its name under its superior's
// ("BAN CHẤP HÀNH" / "TRUNG ƯƠNG" / "**BAN TUYÊN GIÁO VÀ DÂN VẬN**", Hướng dẫn
// 36-HD/VPTW): the department issues the text, not the Central Committee. No
// issuer cue opens "BAN …", so the column ended at the superior (metadata.cc,
// LastBody: an issuer unit under a body starts a name).
TEST_CASE("A Party department under the Central Committee is the issuer",
          "[parse][metadata][issuer]") {
  congvan::Document guidance =
      ParseRealExcerpt("2025-vi-guidance-btgdvtw-37-party-bulletin-opening-web.txt");
  CHECK(guidance.meta.issuer == "BAN TUYÊN GIÁO VÀ DÂN VẬN TRUNG ƯƠNG");
  congvan::Document cadres =
      ParseRealExcerpt("2025-vi-guidance-btctw-45-cadre-management-opening-web.txt");
  CHECK(cadres.meta.issuer == "BAN TỔ CHỨC TRUNG ƯƠNG");
}
