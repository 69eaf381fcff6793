// Two text predicates of parse/text_utils.cc answer ASCII without ICU:
// LetterCount looks at a line's first sixteen bytes for ASCII letters before
// it decodes anything, and StartsLowercase reads ASCII bytes by range. Their
// answers must be the plain ways' — every code point decoded and asked
// u_isalpha (u_islower, u_isdigit) — on every corpus and unseen line from
// several offsets, for small and large limits, on hand-made lines with
// letters only past the first block, and on every ASCII byte.

#include <catch2/catch.hpp>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "parse/parse_internal.h"
#include "support/corpus.h"
#include "support/reference_letters.h"

using congvan::parse::LetterCount;
using congvan::parse::SourceLine;
using congvan::parse::SplitLines;
using congvan::parse::StartsLowercase;
using congvan::testing::ReferenceLetterCount;
using congvan::testing::ReferenceStartsLowercase;

namespace {

constexpr int kLimits[] = {0, 1, 2, 3, 4, 15, 16, 17, std::numeric_limits<int>::max()};

}  // namespace

TEST_CASE("LetterCount is the plain count on every corpus line", "[parse]") {
  size_t checked = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    for (const SourceLine& line : SplitLines(text)) {
      for (size_t from = 0; from < 4 && from <= line.text.size(); ++from) {
        const std::string_view s = line.text.substr(from);
        for (int enough : kLimits) {
          if (LetterCount(s, enough) != ReferenceLetterCount(s, enough)) {
            INFO(s << " from " << from << ", enough " << enough);
            REQUIRE(LetterCount(s, enough) == ReferenceLetterCount(s, enough));
          }
          ++checked;
        }
        REQUIRE(StartsLowercase(s) == ReferenceStartsLowercase(s));
      }
    }
  }
  CHECK(checked > 100000);
}

TEST_CASE("LetterCount counts past its first block and stops at its limit", "[parse]") {
  // Letters only after sixteen bytes of digits, marks and Vietnamese letters.
  const std::string head[] = {"0123456789012345", "1. 2. 3. 4. 5. 6", "ĐIỀU ỨNG ẠỆ",
                              "(a) - (b) - (c) "};
  for (const std::string& h : head) {
    for (const std::string& tail : {std::string(), std::string("ab"), std::string("Điều kiện")}) {
      const std::string s = h + tail;
      for (int enough : kLimits) {
        INFO(s << ", enough " << enough);
        CHECK(LetterCount(s, enough) == ReferenceLetterCount(s, enough));
      }
    }
  }
  CHECK(LetterCount("Biện pháp vũ trang nhân dân", 3) == 3);
  CHECK(LetterCount("abcdefghijklmnopqrstuvwxyz", 16) == 16);
  CHECK(LetterCount("abcdefghijklmnopqrstuvwxyz") == 26);
  CHECK(LetterCount("@[`{ @[`{ @[`{ @[`{", 1) == 0);  // the bytes either side of A–Z, a–z
}

TEST_CASE("StartsLowercase reads every ASCII byte as ICU does", "[parse]") {
  for (int b = 0; b < 0x80; ++b) {
    for (const std::string& after : {std::string(), std::string("a"), std::string("A"),
                                     std::string("ă"), std::string("Ă"), std::string("1")}) {
      const std::string s = std::string(1, static_cast<char>(b)) + after;
      INFO("byte " << b << " then '" << after << "'");
      CHECK(StartsLowercase(s) == ReferenceStartsLowercase(s));
    }
  }
  CHECK(StartsLowercase("  – ức chế"));
  CHECK_FALSE(StartsLowercase("(1) tổ chức"));
  CHECK_FALSE(StartsLowercase("\xC3"));  // a broken sequence ends the search
}
