// The OCR-noise test's cheap trigger never turns away a line the full test
// calls garbage: checked on every line of every corpus text, and on made-up
// lines for each kind of weird token.
#include "parse/ocr_noise.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "support/corpus.h"

using congvan::parse::LooksLikeOcrGarbage;
using congvan::parse::ocr_internal::FullOcrGarbageTest;
using congvan::parse::ocr_internal::MayBeOcrGarbage;

TEST_CASE("the OCR-noise trigger passes every line the full test calls garbage", "[parse]") {
  int lines = 0, garbage = 0, triggered = 0;
  for (const std::string& text : congvan::testing::CorpusTexts()) {
    std::istringstream in(congvan::testing::ReadFile(congvan::testing::CorpusPath(text)));
    std::string line;
    while (std::getline(in, line)) {
      ++lines;
      bool full = FullOcrGarbageTest(line);
      bool may = MayBeOcrGarbage(line);
      INFO(text << ": " << line);
      if (full) REQUIRE(may);
      REQUIRE(LooksLikeOcrGarbage(line) == full);
      garbage += full;
      triggered += may;
    }
  }
  CHECK(garbage > 0);            // the corpus has OCR noise (corpus/ocr)
  CHECK(triggered * 4 < lines);  // and the trigger turns most lines away
}

TEST_CASE("the OCR-noise trigger sees each kind of weird token", "[parse]") {
  // Capitals after small letters, ASCII and Vietnamese; digits glued to
  // letters; brackets; an invalid byte between a small and a capital letter.
  for (const char* line :
       {"MaLY pHi tHe NgUoi", "phẠm viỆc tẠi đÂy", "2H2 0P2 a1 b2", "pHi[[ x{ y} z~",
        "a\xFF"
        "B c\xFF"
        "D e\xFF"
        "F g"}) {
    INFO(line);
    CHECK(FullOcrGarbageTest(line));
    CHECK(MayBeOcrGarbage(line));
    CHECK(LooksLikeOcrGarbage(line));
  }
  // Prose, a dated number with separators, capitals at the start of words.
  for (const char* line :
       {"Điều 5. Phạm vi điều chỉnh của Luật này", "theo Nghị định số 12/2020/NĐ-CP ngày 5 tháng 3",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}) {
    INFO(line);
    CHECK_FALSE(LooksLikeOcrGarbage(line));
  }
}
