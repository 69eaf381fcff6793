// The OCR-noise test's first gate (ocr_noise.h, parse/ocr_candidates.cc)
// read thirty-two bytes at a time, where the processor has AVX2.
//
// Approach: the gate's work is a fixed number of byte-lane comparisons per
// block (the ASCII marks, the lead-byte rules, the token starts), so twice the
// lanes halve it. The rules are the sixteen-byte pass's, the same template
// (parse/ocr_marks.h) over thirty-two lanes; the token bookkeeping is the same.
// The functions here are compiled for AVX2 and only called once
// OcrAvx2Available() says the processor runs them.
// tests/parse/ocr_noise_test.cc compares the marks with the byte loop's and
// the bound with the sixteen-byte pass's on every corpus and unseen line.
#include <cstdint>
#include <cstring>
#include <string_view>

#include "parse/ocr_marks.h"
#include "parse/ocr_noise.h"
#include "text/cpu_features.h"

#if defined(CONGVAN_TARGETS_AVX2)  // text/cpu_features.h
#include <immintrin.h>
#define CONGVAN_OCR_AVX2 1
#endif

// lanes::MarkedBytes<Lanes32> (ocr_marks.h) is only inlined into AVX2
// functions; GCC reports the note on its signature at the file's end.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace congvan::parse::ocr_internal {

#if defined(CONGVAN_OCR_AVX2)

bool OcrAvx2Available() { return text::CpuHasAvx2(); }

#pragma GCC push_options
#pragma GCC target("avx2")

namespace {

using text::Lanes32;

__m256i Spaces(__m256i x) { return _mm256_cmpeq_epi8(x, Lanes32::Const<' '>()); }

// (flatten: the lanes' operations inline here, see text/byte_lanes.h.)
[[gnu::always_inline, gnu::flatten]] inline uint32_t MarkedBytes32(const uint8_t* p) {
  return lanes::MarkedBytes<Lanes32>(p);
}

}  // namespace

uint32_t OcrMarkedBytes32(const uint8_t* p) { return MarkedBytes32(p); }

OcrTokenBound BoundOcrTokensBy32(std::string_view s) {
  OcrTokenBound bound;
  if (s.size() > kMaxBoundedLineBytes) {  // not bounded: as many as there are
    bound.tokens = bound.may_be_weird = -1;
    return bound;
  }
  // The line between spaces, as in the sixteen-byte pass: a block before it,
  // two after it (the last block and the bytes read after it).
  constexpr size_t kBlock = 32;
  alignas(32) uint8_t buffer[kBlock + kMaxBoundedLineBytes + 2 * kBlock];
  uint8_t* const line = buffer + kBlock;
  std::memset(buffer, ' ', kBlock);
  std::memcpy(line, s.data(), s.size());
  std::memset(line + s.size(), ' ', 2 * kBlock);
  int last_mark = -1;
  __m256i starts = _mm256_setzero_si256();  // per lane; at most 32 blocks
  for (size_t i = 0; i < s.size(); i += kBlock) {
    const uint8_t* p = line + i;
    const __m256i space = Spaces(_mm256_load_si256(reinterpret_cast<const __m256i*>(p)));
    starts = _mm256_sub_epi8(starts, _mm256_andnot_si256(space, Spaces(Lanes32::Load(p - 1))));
    // A mark counts when it is its token's first (as in the sixteen-byte pass).
    for (uint32_t marks = MarkedBytes32(p); marks != 0; marks &= marks - 1) {
      const int at = static_cast<int>(i) + __builtin_ctz(marks);
      int token_start = at;
      while (line[token_start - 1] != ' ') --token_start;
      bound.may_be_weird += token_start > last_mark;
      last_mark = at;
    }
  }
  const __m256i sums = _mm256_sad_epu8(starts, _mm256_setzero_si256());  // four 64-bit sums
  const __m128i halves =
      _mm_add_epi64(_mm256_castsi256_si128(sums), _mm256_extracti128_si256(sums, 1));
  bound.tokens = _mm_cvtsi128_si32(halves) + _mm_cvtsi128_si32(_mm_srli_si128(halves, 8));
  return bound;
}

#pragma GCC pop_options

#else  // no AVX2 on this target: the sixteen-byte pass only

bool OcrAvx2Available() { return false; }
uint32_t OcrMarkedBytes32(const uint8_t* p) {
  return OcrMarkedBytes(p) | (OcrMarkedBytes(p + 16) << 16);
}
OcrTokenBound BoundOcrTokensBy32(std::string_view s) { return BoundOcrTokensBy16(s); }

#endif

}  // namespace congvan::parse::ocr_internal
