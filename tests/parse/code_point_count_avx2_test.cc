// CodePointCountAvx2 (parse/code_point_count_avx2.cc) reads thirty-two bytes
// at a time, its last bytes as the block ending at the string's end with the
// lanes already counted masked off, and sums its lanes every 255 blocks. It
// must answer as the byte loop (PlainCodePointCount) at every length (below a
// block, at a block, between blocks, past 255 blocks), from every alignment,
// on every byte value at every lane, on Vietnamese letters cut by each block
// edge, and on every corpus (and unseen) text and line. Skipped where the
// processor has no AVX2.
#include <catch2/catch.hpp>
#include <random>
#include <sstream>
#include <string>
#include <string_view>

#include "parse/code_point_count.h"
#include "parse/parse_internal.h"
#include "support/corpus.h"

using congvan::parse::PlainCodePointCount;
using congvan::parse::count_internal::CodePointCountAvx2;
using congvan::parse::count_internal::CodePointCountAvx2Runs;

TEST_CASE("CodePointCountAvx2 counts as the byte loop at every length and alignment",
          "[parse][count]") {
  if (!CodePointCountAvx2Runs()) return;
  std::mt19937 random(20261205);
  std::string bytes(20000 + 32, '\0');
  for (char& c : bytes) c = static_cast<char>(random() % 256);
  for (size_t from = 0; from < 32; ++from) {
    for (size_t length = 0; length <= 300; ++length) {
      std::string_view s = std::string_view(bytes).substr(from, length);
      REQUIRE(CodePointCountAvx2(s) == PlainCodePointCount(s));
    }
    // Past 255 blocks (8,160 bytes) the lanes are summed and start again.
    for (size_t length : {8159, 8160, 8161, 8191, 8192, 8193, 16320, 16352, 19999}) {
      std::string_view s = std::string_view(bytes).substr(from, length);
      REQUIRE(CodePointCountAvx2(s) == PlainCodePointCount(s));
    }
  }
  // Every byte value at every lane of strings one block, between two and
  // three blocks long (the tail block overlaps the one before).
  for (size_t length : {32, 33, 47, 63, 64, 65, 95}) {
    for (int value = 0; value < 256; ++value) {
      for (size_t at = 0; at < length; ++at) {
        std::string s(length, 'a');
        s[at] = static_cast<char>(value);
        REQUIRE(CodePointCountAvx2(s) == PlainCodePointCount(s));
      }
    }
  }
  // Letters of two and three bytes ("đ", "ệ") cut by each block edge.
  const std::string pieces[] = {"\xC4\x91", "\xE1\xBB\x87", "a", " "};
  for (size_t pad = 0; pad < 40; ++pad) {
    for (const std::string& piece : pieces) {
      std::string s(pad, 'x');
      while (s.size() < 140) s += piece;
      for (size_t length = 0; length <= s.size(); ++length) {
        std::string_view v = std::string_view(s).substr(0, length);
        REQUIRE(CodePointCountAvx2(v) == PlainCodePointCount(v));
      }
    }
  }
  CHECK(CodePointCountAvx2("\xC4\x90i\xE1\xBB\x81u 5 c\xE1\xBB\xA7"
                           "a Lu\xE1\xBA\xAD"
                           "t n\xC3\xA0y") == 19);
}

TEST_CASE("CodePointCountAvx2 counts as the byte loop on every corpus and unseen text",
          "[parse][count]") {
  if (!CodePointCountAvx2Runs()) return;
  size_t lines = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line); ++lines) {
      for (size_t from = 0; from < 32 && from <= line.size(); from += 7) {
        std::string_view tail = std::string_view(line).substr(from);
        if (CodePointCountAvx2(tail) != PlainCodePointCount(tail)) {
          INFO(line << " from byte " << from);
          REQUIRE(CodePointCountAvx2(tail) == PlainCodePointCount(tail));
        }
      }
    }
    REQUIRE(CodePointCountAvx2(text) == PlainCodePointCount(text));
  }
  CHECK(lines > 10000);
}
