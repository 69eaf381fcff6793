// Golden outlines: one reviewed canonical dump per corpus text in
// tests/golden/. Run with CONGVAN_UPDATE_GOLDEN=1 to rewrite them, then read
// the diff as a legal officer would before committing.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>

#include "support/corpus.h"

TEST_CASE("Each corpus text parses to its reviewed outline", "[parse][golden]") {
  const bool update = std::getenv("CONGVAN_UPDATE_GOLDEN") != nullptr;
  for (const std::string& text : congvan::testing::CorpusTexts()) {
    std::string name = text.substr(text.find('/') + 1);
    name = name.substr(0, name.size() - 4);  // drop ".txt"
    std::string golden_path = std::string(CONGVAN_SOURCE_DIR) + "/tests/golden/" + name + ".dump";
    std::string dump = congvan::testing::CanonicalDump(congvan::testing::ParseCorpus(text));
    INFO(golden_path);
    if (update) {
      std::ofstream(golden_path, std::ios::binary) << dump;
      continue;
    }
    std::string expected = congvan::testing::ReadFile(golden_path);
    REQUIRE_FALSE(expected.empty());
    CHECK(dump == expected);
  }
}
