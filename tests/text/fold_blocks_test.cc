// The fold's sixteen-byte block path (FoldWriter::PutBlocks in
// engine/src/text/fold_key.cc) against the plain fold: FoldKey taken one
// code point at a time (itself checked against ICU in fold_key_test.cc), a
// space or tab after a space dropped, each byte mapped to its code point's
// start. Both ways of calling the fold are checked — with offsets
// (FoldWithOffsets) and without (FoldForCues, AppendFoldEndsForCues) — on
// every line of every corpus text and of $CONGVAN_UNSEEN_TEXTS, each line also
// from every one of its first sixteen offsets so that each byte meets every
// block position; and on generated lines of the shapes the block path treats
// apart (capitals, '`', tabs, space runs across a block's edge, letters of
// two and three bytes cut by it, code points it leaves to the general path,
// bytes that are not UTF-8) at every alignment and length; and every code
// point of the fold table's blocks (which the block path looks up by their
// UTF-8 bytes, FoldTable::SingleByteOfSequence), whole and cut short, at
// every place in a block and at a line's end.

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "congvan/text_fold.h"
#include "support/corpus.h"
#include "support/reference_fold.h"

namespace {

// Checks both ways of calling the fold on `line`; false (after a failed
// CHECK) when one differs.
bool FoldsAsPlain(std::string_view line) {
  thread_local std::string folded, expected, appended;
  thread_local std::vector<uint32_t> offsets, expected_offsets;
  congvan::FoldWithOffsets(line, &folded, &offsets);
  congvan::testing::ReferenceFoldWithOffsets(line, &expected, &expected_offsets);
  appended = "ends with a space ";  // a fold appended is judged by its own bytes
  congvan::AppendFoldEndsForCues(line, &appended);
  const bool same = folded == expected && offsets == expected_offsets &&
                    congvan::FoldForCues(line) == expected &&
                    appended.substr(18) == congvan::FoldEndsForCues(line);
  if (!same) {
    CHECK(folded == expected);
    CHECK(offsets == expected_offsets);
    CHECK(congvan::FoldForCues(line) == expected);
  }
  return same;
}

}  // namespace

TEST_CASE("The fold's block path equals the plain fold on every corpus and unseen line",
          "[text][fold]") {
  size_t lines = 0, checked = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line); ++lines) {
      for (size_t from = 0; from < 16 && from <= line.size(); ++from) {
        std::string_view tail = std::string_view(line).substr(from);
        INFO(line << " from byte " << from);
        REQUIRE(FoldsAsPlain(tail));
        ++checked;
      }
    }
  }
  CHECK(lines > 10000);
  CHECK(checked > lines);
}

TEST_CASE("The fold's block path equals the plain fold on generated shapes at every alignment",
          "[text][fold]") {
  // Pieces the block path treats apart, one code point each (or a broken one).
  const std::vector<std::string> pieces = {
      "a",
      "Z",
      "q",
      "0",
      " ",
      " ",
      "  ",
      "\t",
      "`",
      "'",
      "\x01",
      std::string(1, '\0'),
      "\xC3\xA1",          // á: two bytes, one letter
      "\xC4\x90",          // Đ
      "\xC6\xB0",          // ư
      "\xC2\xA0",          // NBSP: folds to a space, the general path
      "\xC3\x9F",          // ß: folds to two letters
      "\xCC\x81",          // a combining acute: folds to nothing
      "\xE1\xBA\xA1",      // ạ: three bytes, one letter
      "\xE1\xBB\x87",      // ệ
      "\xE2\x80\x9C",      // “: General Punctuation
      "\xE2\x80\x83",      // an em space
      "\xE4\xB8\xAD",      // 中: outside the table
      "\xF0\x9F\x98\x80",  // an emoji: four bytes
      "\xFF",
      "\xC3",
      "\xE1\xBA",
      "\x80",  // not UTF-8, or cut short
  };
  std::mt19937 random(20261204);
  size_t checked = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string line;
    const size_t length = random() % 48;
    for (size_t k = 0; k < length; ++k) {
      // Mostly ASCII letters, as in real text, so that runs reach a block.
      line += random() % 3 == 0 ? pieces[random() % pieces.size()]
                                : std::string(1, static_cast<char>('a' + random() % 26));
    }
    for (size_t pad = 0; pad < 16; ++pad) {
      const std::string padded = std::string(pad, 'x') + line;
      INFO("round " << round << " pad " << pad);
      REQUIRE(FoldsAsPlain(padded));
      REQUIRE(FoldsAsPlain(std::string(pad, ' ') + line));
      checked += 2;
    }
  }
  // Runs of one shape long enough for whole blocks, every length to 40.
  for (const std::string& piece : pieces) {
    for (size_t n = 0; n <= 40; ++n) {
      std::string line;
      for (size_t k = 0; k < n; ++k) line += piece;
      INFO("piece " << piece << " x" << n);
      REQUIRE(FoldsAsPlain(line));
      REQUIRE(FoldsAsPlain("a" + line + "Bc"));
      checked += 2;
    }
  }
  CHECK(checked > 100000);
}

namespace {

std::string Utf8(uint32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | c >> 6);
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | c >> 12);
    out += static_cast<char>(0x80 | (c >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

}  // namespace

TEST_CASE("The fold's block path equals the plain fold on every code point of the table's blocks",
          "[text][fold]") {
  // The table's blocks (fold_key.cc: FoldTable::kBlocks) and a code point
  // either side of each, where the lookup by bytes must answer "not simple".
  const std::vector<std::pair<uint32_t, uint32_t>> ranges = {
      {0x0080, 0x0300}, {0x1DFF, 0x1F01}, {0x1FFF, 0x2071}};
  size_t checked = 0;
  for (const auto& [first, last] : ranges) {
    for (uint32_t c = first; c <= last; ++c) {
      const std::string bytes = Utf8(c);
      for (size_t cut = bytes.size(); cut > 0; --cut) {  // whole, then cut short
        const std::string piece = bytes.substr(0, cut);
        for (size_t place = 0; place < 19; ++place) {
          INFO("U+" << std::hex << c << std::dec << " cut to " << cut << " at " << place);
          const std::string before(place, 'x');
          REQUIRE(FoldsAsPlain(before + piece));         // at the line's end
          REQUIRE(FoldsAsPlain(before + piece + "ab"));  // two bytes after it
          REQUIRE(FoldsAsPlain(before + piece + "Ư ệ" + std::string(16, 'y')));  // letters after
          REQUIRE(FoldsAsPlain("\xE1\xBB\x87" + before + piece + std::string(20, 'z')));
          checked += 4;
        }
      }
    }
  }
  CHECK(checked > 100000);
}
