// The OCR-noise test's cheap trigger never turns away a line the full test
// calls garbage: checked on every line of every corpus text, and on made-up
// lines for each kind of weird token.
#include "parse/ocr_noise.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

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

namespace {

// The trigger as a plain loop over code points, with ICU's answers for every
// character: what MayBeOcrGarbage's byte runs and inline decoding must equal.
bool ReferenceTrigger(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  int total = 0, may_be_weird = 0;
  bool token_starts = true, token_may_be_weird = false, prev_lower = false;
  for (int32_t k = 0; k < n;) {
    if (p[k] == ' ') {
      may_be_weird += token_may_be_weird;
      token_starts = true;
      token_may_be_weird = prev_lower = false;
      ++k;
      continue;
    }
    total += token_starts;
    token_starts = false;
    UChar32 c;
    U8_NEXT(p, k, n, c);
    if (c < 0) continue;
    bool alpha = u_isalpha(c), upper = alpha && u_isupper(c), lower = alpha && u_islower(c);
    bool digit = !alpha && u_isdigit(c);
    bool bracket = c == '[' || c == ']' || c == '{' || c == '}' || c == '~';
    if (digit || bracket || (upper && prev_lower)) token_may_be_weird = true;
    prev_lower = lower;
  }
  may_be_weird += token_may_be_weird;
  return total >= 4 && may_be_weird * 100 >= total * 30;
}

}  // namespace

TEST_CASE("the OCR-noise trigger answers as a plain loop over code points", "[parse]") {
  long asked = 0, triggered = 0;
  for (const std::string& text : congvan::testing::CorpusTexts()) {
    std::istringstream in(congvan::testing::ReadFile(congvan::testing::CorpusPath(text)));
    std::string line;
    while (std::getline(in, line)) {
      // From each of the first four offsets, so sequences are cut at the start.
      for (size_t from = 0; from < 4 && from <= line.size(); ++from) {
        const std::string_view s = std::string_view(line).substr(from);
        INFO(text << ": " << line << " from " << from);
        const bool expected = ReferenceTrigger(s);
        REQUIRE(MayBeOcrGarbage(s) == expected);
        // Cut at the end too: a sequence the line's end splits.
        if (!s.empty())
          REQUIRE(MayBeOcrGarbage(s.substr(0, s.size() - 1)) ==
                  ReferenceTrigger(s.substr(0, s.size() - 1)));
        triggered += expected;
        ++asked;
      }
    }
  }
  CHECK(asked > 50000);
  CHECK(triggered > 100);
}
