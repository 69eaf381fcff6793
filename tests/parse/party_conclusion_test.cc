// A Party conclusion ("KẾT LUẬN" of the Politburo and Secretariat, number
// "221-KL/TW"): Hướng dẫn 36-HD/VPTW lists "Kết luận" among the Party's kinds
// of document, so vi.xml names it a kind. Its title is then the kind title
// in capitals under the letterhead, and the portal's caption after the text
// ("Kết luận 221-KL/TW năm 2025 …", line 163) is page furniture, not an
// annex. A real web copy (tests/parse/real/metadata.tsv).
#include <catch2/catch.hpp>

#include "support/corpus.h"

TEST_CASE("A Party conclusion is a kind: its title and the portal's caption are found",
          "[parse][metadata][kind]") {
  auto doc = congvan::ParseFile(std::string(CONGVAN_SOURCE_DIR) +
                                "/tests/parse/real/"
                                "2025-vi-conclusion-party-221-two-tier-government-web.txt");
  INFO(doc.status().ToString());
  REQUIRE(doc.ok());
  CHECK(doc->meta.kind == "Kết luận");
  // "**KẾT LUẬN**" / "CỦA BỘ CHÍNH TRỊ," / "BAN BÍ THƯ" / … (lines 81-85).
  CHECK(doc->meta.title.rfind("KẾT LUẬN CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TÌNH HÌNH", 0) == 0);
  bool annex = false;
  for (const auto& b : doc->blocks) annex = annex || b.role == congvan::BlockRole::kAnnex;
  CHECK_FALSE(annex);
  CHECK(doc->tasks.size() == 5);
}
