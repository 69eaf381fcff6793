// The OCR-noise test's gates never turn away a line the full test calls
// garbage: the trigger and the bound read sixteen bytes at a time
// (parse/ocr_candidates.cc) checked on every line of every corpus text and
// unseen law ($CONGVAN_UNSEEN_TEXTS), on made-up lines for each kind of weird
// token, and the bound's byte classes on every code point.
#include "parse/ocr_noise.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstring>
#include <sstream>
#include <string>
#include <string_view>

#include "support/corpus.h"

using congvan::parse::LooksLikeOcrGarbage;
using congvan::parse::ocr_internal::BoundOcrTokens;
using congvan::parse::ocr_internal::BoundOcrTokensBy16;
using congvan::parse::ocr_internal::BoundOcrTokensBy32;
using congvan::parse::ocr_internal::FullOcrGarbageTest;
using congvan::parse::ocr_internal::MayBeOcrGarbage;
using congvan::parse::ocr_internal::OcrAvx2Available;
using congvan::parse::ocr_internal::OcrMarkedBytes;
using congvan::parse::ocr_internal::OcrMarkedBytes32;
using congvan::parse::ocr_internal::OcrMarkedBytesPortable;
using congvan::parse::ocr_internal::SurelyNotOcrGarbage;

TEST_CASE("the OCR-noise gates pass every line the full test calls garbage", "[parse]") {
  int lines = 0, garbage = 0, triggered = 0, bounded_in = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
      ++lines;
      bool full = FullOcrGarbageTest(line);
      bool may = MayBeOcrGarbage(line);
      bool bounded_out = SurelyNotOcrGarbage(line);
      INFO(line);
      if (full) REQUIRE(may);
      if (may) REQUIRE_FALSE(bounded_out);
      REQUIRE(LooksLikeOcrGarbage(line) == full);
      garbage += full;
      triggered += may;
      bounded_in += !bounded_out;
    }
  }
  CHECK(garbage > 0);             // the corpus has OCR noise (corpus/ocr)
  CHECK(triggered * 4 < lines);   // the trigger turns most lines away
  CHECK(bounded_in * 4 < lines);  // and so does the bound before it
  CHECK(bounded_in >= triggered);
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
    CHECK_FALSE(SurelyNotOcrGarbage(line));
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

// The trigger's counts: tokens, and those that may be weird.
struct TriggerCounts {
  int total = 0;
  int may_be_weird = 0;
};

// The trigger as a plain loop over code points, with ICU's answers for every
// character: what MayBeOcrGarbage's byte runs and inline decoding must equal.
TriggerCounts ReferenceTriggerCounts(std::string_view s) {
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
  return {total, may_be_weird};
}

bool ReferenceTrigger(std::string_view s) {
  const TriggerCounts counts = ReferenceTriggerCounts(s);
  return counts.total >= 4 && counts.may_be_weird * 100 >= counts.total * 30;
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

TEST_CASE("the OCR-noise bound counts the trigger's tokens and never fewer weird ones", "[parse]") {
  long asked = 0, ruled_out = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
      // From each of the first four offsets, so sequences are cut at the start.
      for (size_t from = 0; from < 4 && from <= line.size(); ++from) {
        const std::string_view s = std::string_view(line).substr(from);
        if (s.size() > congvan::parse::ocr_internal::kMaxBoundedLineBytes) continue;
        INFO(line << " from " << from);
        const TriggerCounts trigger = ReferenceTriggerCounts(s);
        const auto bound = BoundOcrTokens(s);
        REQUIRE(bound.tokens == trigger.total);
        REQUIRE(bound.may_be_weird >= trigger.may_be_weird);
        ruled_out += SurelyNotOcrGarbage(s);
        ++asked;
      }
    }
  }
  CHECK(asked > 50000);
  CHECK(ruled_out * 10 > asked * 8);  // the bound's point: most lines stop there
}

namespace {

// `bytes` at `offset` of a block, after the byte `before`; zeros after.
struct Block {
  alignas(16) uint8_t bytes[48] = {};
  Block(uint8_t before, std::string_view text, size_t offset) {
    bytes[15 + offset] = before;
    std::memcpy(bytes + 16 + offset, text.data(), text.size());
  }
  const uint8_t* at() const { return bytes + 16; }
};

}  // namespace

TEST_CASE("the OCR-noise bound marks every upper-case letter, digit and bracket", "[parse]") {
  // For every code point: a digit or bracket is marked wherever it stands; an
  // upper-case letter is marked after a small letter (ASCII or not).
  long checked = 0;
  for (UChar32 c = 0x21; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    char utf8[4];
    int32_t length = 0;
    U8_APPEND_UNSAFE(utf8, length, c);
    const std::string_view text(utf8, static_cast<size_t>(length));
    const bool alpha = u_isalpha(c);
    const bool upper = alpha && u_isupper(c);
    const bool digit = !alpha && u_isdigit(c);
    const bool bracket = c == '[' || c == ']' || c == '{' || c == '}' || c == '~';
    if (!upper && !digit && !bracket) continue;
    for (size_t offset : {0, 7, 13, 15}) {
      INFO(std::hex << c << " at " << offset);
      for (uint8_t before : {uint8_t{'a'}, uint8_t{0xA1}, uint8_t{0xFF}}) {  // a, the end of ạ
        const Block block(before, text, offset);
        REQUIRE(((OcrMarkedBytesPortable(block.at()) >> offset) & 1) == 1);
        REQUIRE(((OcrMarkedBytes(block.at()) >> offset) & 1) == 1);
      }
      if (digit || bracket) {
        const Block block(' ', text, offset);
        REQUIRE(((OcrMarkedBytes(block.at()) >> offset) & 1) == 1);
      }
    }
    ++checked;
  }
  CHECK(checked > 1000);
  // And Vietnamese's small letters are not marked, after a small letter.
  for (std::string_view small : {"à", "ă", "đ", "ĩ", "ũ", "ơ", "ư", "ạ", "ế", "ỹ", "ß", "…"}) {
    INFO(small);
    const Block block('a', small, 3);
    CHECK(OcrMarkedBytes(block.at()) == 0);
  }
}

TEST_CASE("the OCR-noise bound's SSE2 marks are the byte loop's", "[parse]") {
  // Every corpus text and unseen law, from positions that meet every block
  // alignment (a step prime to sixteen).
  long blocks = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    for (size_t i = 1; i + 18 <= text.size(); i += 3) {
      REQUIRE(OcrMarkedBytes(bytes + i) == OcrMarkedBytesPortable(bytes + i));
      ++blocks;
    }
  }
  CHECK(blocks > 100000);
}

TEST_CASE("the OCR-noise bound's AVX2 marks and counts are the SSE2 pass's", "[parse]") {
  if (!OcrAvx2Available()) {
    WARN("no AVX2 on this processor: the sixteen-byte pass is the only one");
    return;
  }
  // The marks of thirty-two bytes are the byte loop's of its two halves, from
  // positions that meet every alignment; the bound of every line (from its
  // first four offsets) is the sixteen-byte pass's.
  long blocks = 0, lines = 0;
  for (const std::string& text : congvan::testing::CorpusAndUnseenTexts()) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    for (size_t i = 1; i + 34 <= text.size(); i += 5) {
      const uint32_t halves =
          OcrMarkedBytesPortable(bytes + i) | (OcrMarkedBytesPortable(bytes + i + 16) << 16);
      REQUIRE(OcrMarkedBytes32(bytes + i) == halves);
      ++blocks;
    }
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
      for (size_t from = 0; from < 4 && from <= line.size(); ++from) {
        const std::string_view s = std::string_view(line).substr(from);
        INFO(line << " from " << from);
        const auto by16 = BoundOcrTokensBy16(s), by32 = BoundOcrTokensBy32(s);
        REQUIRE(by32.tokens == by16.tokens);
        REQUIRE(by32.may_be_weird == by16.may_be_weird);
        ++lines;
      }
    }
  }
  CHECK(blocks > 100000);
  CHECK(lines > 50000);
  // Every upper-case letter, digit and bracket is marked in either half.
  for (const char* text : {"aÀ", "aĐ", "aẠ", "a٣", "a[", "aƠ", "aŁ", "a７"}) {
    for (size_t offset : {0, 14, 15, 30}) {
      alignas(32) uint8_t block[80] = {};
      std::memcpy(block + 16 + offset, text, std::strlen(text));
      INFO(text << " at " << offset);
      CHECK(((OcrMarkedBytes32(block + 16) >> (offset + 1)) & 1) == 1);
    }
  }
}
