// The line-shape passes by thirty-two bytes (parse/line_shape_avx2.cc) answer
// as the sixteen-byte passes and the byte loop: generated lines of spaces,
// tabs, small letters, capitals and two- and three-byte letters at every
// length up to 200 (below a block, at one, between blocks: the last block is
// read ending at the line's end), from every alignment, at word limits that
// stop inside, at and after each block; and every corpus and unseen line from
// offsets across a block. Skipped where the processor has no AVX2 or POPCNT.
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <sstream>
#include <string>
#include <string_view>

#include "parse/line_shape_lanes.h"
#include "support/corpus.h"

namespace shape = congvan::parse::shape_internal;

namespace {

int ByteLoopWordCount(std::string_view s, int enough) {
  const int stop = enough > 1 ? enough : 1;
  int count = 0;
  bool after_gap = true;
  for (char c : s) {
    const bool gap = c == ' ' || c == '\t';
    if (!gap && after_gap && ++count >= stop) return stop;
    after_gap = gap;
  }
  return count;
}

bool ByteLoopCaseRefuse(std::string_view s) {
  long small = 0, may_be_capital = 0;
  for (unsigned char b : s) {
    small += b >= 'a' && b <= 'z';
    may_be_capital += (b >= 'A' && b <= 'Z') || b >= 0xC0;
  }
  return may_be_capital < 4 * small;
}

void CheckAllWidths(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  for (int enough : {0, 1, 2, 3, 5, 8, 13, 20, 40, 1000}) {
    const int expected = ByteLoopWordCount(s, enough);
    REQUIRE(shape::WordCountBy16(s, enough) == expected);
    REQUIRE(shape::WordCountAvx2(s, enough) == expected);
  }
  const bool refuse = ByteLoopCaseRefuse(s);
  REQUIRE(shape::CaseBytesRefuseBy16(p, s.size()) == refuse);
  REQUIRE(shape::CaseBytesRefuseAvx2(p, s.size()) == refuse);
}

}  // namespace

TEST_CASE("line shape by 32 bytes: generated lines at every length and alignment",
          "[parse][line_shape]") {
  if (!shape::LineShapeAvx2Runs()) return;
  const std::string pieces[] = {" ",        "\t",           "a",  "z", "A", "Z", "5", "\xC4\x91",
                                "\xC4\x90", "\xE1\xBB\x87", "  ", "Q"};
  std::mt19937 random(5122026);
  for (int round = 0; round < 60; ++round) {
    // Mostly one kind of piece per line (prose, capitals, gaps) and a few others.
    const size_t main_piece = random() % std::size(pieces);
    std::string line;
    while (line.size() < 240) {
      line += random() % 4 != 0 ? pieces[main_piece] : pieces[random() % std::size(pieces)];
    }
    for (size_t from = 0; from < 32; ++from) {
      for (size_t length = 0; from + length <= 200; ++length) {
        INFO("round " << round << " from " << from << " length " << length);
        CheckAllWidths(std::string_view(line).substr(from, length));
      }
    }
  }
}

TEST_CASE("line shape by 32 bytes: every corpus and unseen line", "[parse][line_shape]") {
  if (!shape::LineShapeAvx2Runs()) return;
  long lines = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line); ++lines) {
      for (size_t from = 0; from < 32 && from <= line.size(); from += 5) {
        INFO(line << " from " << from);
        CheckAllWidths(std::string_view(line).substr(from));
      }
    }
  }
  CHECK(lines > 10000);
}
