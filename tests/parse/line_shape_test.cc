// The shape questions read sixteen bytes at a time (parse/line_shape.cc)
// answer as the byte loops they replace: every line of every corpus text (and
// of the texts under $CONGVAN_EXTRA_TEXTS when it is set), from every one of
// its first sixteen offsets so each byte meets every block position, with
// spaces and tabs, and with the word counts asked at several limits.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "parse/parse_internal.h"
#include "support/corpus.h"

using congvan::parse::AtMostWords;
using congvan::parse::MostlyUppercase;
using congvan::parse::WordCount;

namespace {

// The byte loop WordCount was.
int ReferenceWordCount(std::string_view s, int enough) {
  int count = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word && ++count >= enough) return count;
    in_word = !space;
  }
  return count;
}

// The decoding loop MostlyUppercase was, without an early stop.
bool ReferenceMostlyUppercase(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  int upper = 0, lower = 0;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && u_isalpha(c)) (u_isupper(c) ? upper : lower) += 1;
  }
  int letters = upper + lower;
  return letters >= 3 && upper * 10 >= letters * 8;
}

std::vector<std::string> Lines() {
  std::vector<std::string> texts;
  for (const std::string& path : congvan::testing::CorpusTexts()) {
    texts.push_back(congvan::testing::ReadFile(congvan::testing::CorpusPath(path)));
  }
  if (const char* extra = std::getenv("CONGVAN_EXTRA_TEXTS"); extra != nullptr) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(extra)) {
      if (entry.path().extension() == ".txt") {
        texts.push_back(congvan::testing::ReadFile(entry.path().string()));
      }
    }
  }
  std::vector<std::string> lines;
  for (const std::string& text : texts) {
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) lines.push_back(line);
  }
  return lines;
}

}  // namespace

TEST_CASE("line shape: word counts and capitals answer as the byte loops", "[parse]") {
  const std::vector<std::string> lines = Lines();
  long asked = 0, capitals = 0;
  for (const std::string& line : lines) {
    for (size_t from = 0; from < 16 && from <= line.size(); ++from) {
      const std::string_view s = std::string_view(line).substr(from);
      INFO(line << " from " << from);
      for (int enough : {0, 1, 2, 3, 9, 11, 13, 41, 61}) {
        REQUIRE(WordCount(s, enough) == ReferenceWordCount(s, enough));
      }
      REQUIRE(WordCount(s) == ReferenceWordCount(s, std::numeric_limits<int>::max()));
      const bool upper = ReferenceMostlyUppercase(s);
      REQUIRE(MostlyUppercase(s) == upper);
      capitals += upper;
      ++asked;
    }
  }
  CHECK(asked > 100000);
  CHECK(capitals > 1000);  // titles and letterheads in capitals are asked too
}

TEST_CASE("line shape: tabs and spaces part words; capitals by their letters", "[parse]") {
  CHECK(WordCount("\t a\tb  c ", 10) == 3);
  CHECK(WordCount("mot hai ba bon nam sau bay tam chin muoi muoi mot muoi hai", 20) == 14);
  CHECK(WordCount("mot hai ba bon nam sau bay tam chin muoi muoi mot muoi hai", 5) == 5);
  CHECK(AtMostWords("Phụ lục I", 12));
  CHECK_FALSE(AtMostWords("một hai ba bốn năm sáu bảy tám chín mười mười một mười hai", 12));
  CHECK(MostlyUppercase("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  CHECK(MostlyUppercase("QUY ĐỊNH CHUNG (tiếp)") ==
        ReferenceMostlyUppercase("QUY ĐỊNH CHUNG (tiếp)"));
  CHECK_FALSE(MostlyUppercase("Điều 5. Phạm vi điều chỉnh"));
  CHECK_FALSE(MostlyUppercase("ĐĐ"));  // fewer than three letters
  CHECK(MostlyUppercase("ĐĐĐ"));       // capitals that are all multi-byte
}

TEST_CASE("line shape: the capitals bound counts past 255 blocks", "[parse]") {
  // The byte counts are kept per lane for at most 255 blocks of sixteen
  // bytes, then summed: a line longer than that (4,080 bytes) must count
  // every byte, or the bound would refuse this one (83 % capitals) for
  // capitals counted modulo 256 per lane, or let prose through uncounted.
  const std::string capitals = std::string(20000, 'A') + std::string(4000, 'a');
  CHECK(MostlyUppercase(capitals));
  CHECK(MostlyUppercase(capitals) == ReferenceMostlyUppercase(capitals));
  const std::string prose = std::string(4000, 'A') + std::string(16000, 'a');
  CHECK_FALSE(MostlyUppercase(prose));
  CHECK(MostlyUppercase(prose) == ReferenceMostlyUppercase(prose));
}
