// The cue fold's thirty-two-byte path (engine/src/text/fold_letter_blocks.h,
// AVX2) against the plain fold: FoldKey one code point at a time, a space or
// tab after a space dropped (support/reference_fold.h). The cue fold is
// checked with the path on and turned off, on every line of every corpus text
// and of $CONGVAN_UNSEEN_TEXTS from each of its first 32 offsets (so each
// byte meets every place in a block), on generated lines of letters that fold
// to one byte and of the shapes the path leaves to the sixteen-byte path, at
// every alignment; and the path is called alone, to show that it takes a
// block of Vietnamese and stops before a block it must not take. On a
// processor without AVX2 the path never runs and the cases say so.

#include "text/fold_letter_blocks.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/text_fold.h"
#include "support/corpus.h"
#include "support/reference_fold.h"
#include "text/cpu_features.h"
#include "text/folded_single_byte.h"

namespace {

std::string PlainFold(std::string_view line) {
  std::string out;
  std::vector<uint32_t> offsets;
  congvan::testing::ReferenceFoldWithOffsets(line, &out, &offsets);
  return out;
}

// The cue fold of `line` alone, and appended to a buffer that ends in a
// space (a line of at most 320 bytes, folded whole: the appended fold is
// judged by its own bytes, so its first blank stays), with the path `on` or
// off, equals the plain fold.
bool CueFoldAsPlain(std::string_view line, bool on) {
  congvan::text::LetterBlocksAllowed() = on && congvan::text::CpuHasAvx2();
  const std::string alone = congvan::FoldForCues(line);
  std::string appended = "after a space ";
  congvan::AppendFoldEndsForCues(line, &appended);
  congvan::text::LetterBlocksAllowed() = congvan::text::CpuHasAvx2();
  const bool alone_same = alone == PlainFold(line);
  const bool appended_same = line.size() > 320 || appended == "after a space " + PlainFold(line);
  CHECK(alone_same);
  CHECK(appended_same);
  return alone_same && appended_same;
}

// The lookup fold_key.cc gives the path, from the fold's own answer.
uint32_t FoldedByte(const uint8_t* q) {
  size_t length = 0;
  const char c =
      congvan::FoldedSingleByte(std::string_view(reinterpret_cast<const char*>(q), 3), &length);
  return c == 0 ? 0 : static_cast<uint8_t>(c) | static_cast<uint32_t>(length) << 8;
}

}  // namespace

TEST_CASE("The cue fold's 32-byte path equals the plain fold on every corpus and unseen line",
          "[text][fold]") {
  if (!congvan::text::CpuHasAvx2()) WARN("no AVX2 here: only the sixteen-byte path is checked");
  size_t lines = 0, checked = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line); ++lines) {
      if (line.size() < congvan::text::kLetterBlockReach) continue;  // the path needs 34 bytes
      for (size_t from = 0; from < 32 && from + 34 <= line.size(); ++from) {
        const std::string_view tail = std::string_view(line).substr(from);
        INFO(line << " from byte " << from);
        REQUIRE(CueFoldAsPlain(tail, true));
        REQUIRE(CueFoldAsPlain(tail, false));
        ++checked;
      }
    }
  }
  CHECK(lines > 10000);
  CHECK(checked > 100000);
}

TEST_CASE("The cue fold's 32-byte path equals the plain fold on generated lines at every alignment",
          "[text][fold]") {
  // Letters the path folds (two and three bytes), and pieces it must leave to
  // the sixteen-byte path: other folds, marks, other scripts, broken bytes.
  const std::vector<std::string> letters = {
      "\xC3\xA0",     "\xC3\x81",     "\xC3\xA2",     "\xC3\xAA",     "\xC3\xB4",
      "\xC3\xBD",     "\xC4\x83",     "\xC4\x90",     "\xC4\x91",     "\xC4\xA9",
      "\xC5\xA9",     "\xC6\xA0",     "\xC6\xB0",     "\xC6\xAF",     "\xE1\xBA\xA1",
      "\xE1\xBA\xA3", "\xE1\xBA\xBF", "\xE1\xBB\x87", "\xE1\xBB\x9F", "\xE1\xBB\xB9",
      "\xE1\xBB\xB2", "\xE1\xB8\xBF", "\xE2\x80\x99"};
  const std::vector<std::string> others = {
      "\xC2\xA0",     "\xC3\x9F",     "\xCC\x81",         "\xE2\x80\x9C", "\xE2\x80\x83",
      "\xE4\xB8\xAD", "\xE1\xBB\xBA", "\xF0\x9F\x98\x80", "\xFF",         "\xC3",
      "\xE1\xBA",     "\x80",         "\xC0\x80",         "\xE1\xBC\x80", "\xC3\xA0\x80"};
  const std::vector<std::string> ascii = {
      "a", "Z", "q", "0", " ", "  ", "\t", "`", "'", ".", "\f", "\r", std::string(1, '\0')};
  std::mt19937 random(20261205);
  size_t checked = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string line;
    const size_t length = 20 + random() % 80;
    const bool clean = round % 2 == 0;  // half the lines hold only what the path takes
    for (size_t k = 0; k < length; ++k) {
      const unsigned pick = random() % 10;
      if (pick < 4) {
        line += letters[random() % letters.size()];
      } else if (pick < 9 || clean) {
        line += ascii[random() % ascii.size()];
      } else {
        line += others[random() % others.size()];
      }
    }
    for (size_t pad = 0; pad < 32; ++pad) {
      INFO("round " << round << " pad " << pad);
      REQUIRE(CueFoldAsPlain(std::string(pad, 'x') + line, true));
      REQUIRE(CueFoldAsPlain(std::string(pad, ' ') + line, true));
      checked += 2;
    }
  }
  CHECK(checked > 100000);
}

#if defined(CONGVAN_TARGETS_AVX2)
TEST_CASE("The 32-byte path takes a block of letters and stops before one it must leave",
          "[text][fold]") {
  if (!congvan::text::CpuHasAvx2()) {
    WARN("no AVX2 here: the path is not called");
    return;
  }
  // "Điều 5. Quyền và nghĩa vụ của tổ chức, cá nhân": letters of two and three bytes.
  const std::string words =
      "\xC4\x90i\xE1\xBB\x81u 5. Quy\xE1\xBB\x81n v\xC3\xA0 ngh\xC4\xA9"
      "a v\xE1\xBB\xA5 c\xE1\xBB\xA7"
      "a t\xE1\xBB\x95 ch\xE1\xBB\xA9"
      "c, c\xC3\xA1 nh\xC3\xA2n";
  const std::string line = words + " " + words;
  REQUIRE(line.size() >= 100);
  const auto* p = reinterpret_cast<const uint8_t*>(line.data());
  std::string out(line.size() + 32, '\0');
  int32_t k = 0;
  size_t at = 0;
  congvan::text::FoldLetterBlocksAvx2(p, &k, static_cast<int32_t>(line.size()), out.data(), &at, 0,
                                      FoldedByte);
  CHECK(k >= 64);  // two blocks at least, each ending after its last letter
  CHECK(out.substr(0, at) == PlainFold(line.substr(0, static_cast<size_t>(k))));

  // A “ in the first block: nothing is taken (it folds to '"', but by the general path).
  const std::string quoted = "\xE2\x80\x9C" + line;
  k = 0;
  at = 0;
  congvan::text::FoldLetterBlocksAvx2(reinterpret_cast<const uint8_t*>(quoted.data()), &k,
                                      static_cast<int32_t>(quoted.size()), out.data(), &at, 0,
                                      FoldedByte);
  CHECK(k == 0);
  CHECK(at == 0);
}
#endif
