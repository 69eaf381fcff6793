// A line's code points counted thirty-two bytes at a time (AVX2).
//
// Approach: the layout detection counts the code points of every body line
// (DetectLayout: 84 k lines, 21.5 M instructions on the 20 MB law with the
// sixteen-byte pass, ≈ 255 a line, of which ≈ 75 the byte loop over the last
// bytes). The count is the bytes less the continuation bytes (80–BF, as
// signed bytes -128…-65, below -64); a block's compare gives 0xFF there, and
// subtracting it adds one to the lane (the compare with the block as its
// memory operand: one instruction). The lanes count up to 255 blocks and are then
// summed by vpsadbw (no POPCNT needed: the x86-64 baseline lacks it). The
// last bytes are read as the block that ends where the string ends, its lanes
// already counted masked off by a window of zero and 0xFF bytes, so no byte
// is read outside the string and none twice. A string shorter than a block
// goes to the sixteen-byte pass. tests/parse/code_point_count_avx2_test.cc
// holds it to the byte loop at every length and alignment.
#include <cstdint>
#include <string_view>

#include "parse/code_point_count.h"
#include "text/cpu_features.h"

#if defined(CONGVAN_TARGETS_AVX2)
#include <immintrin.h>
#endif

namespace congvan::parse::count_internal {

#if defined(CONGVAN_TARGETS_AVX2)

bool CodePointCountAvx2Runs() { return text::CpuHasAvx2(); }

namespace {
// Bytes 0–31 zero, 32–63 0xFF: the 32 bytes from offset t keep the last t lanes.
alignas(64) const uint8_t kTailWindow[64] = {
    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,
    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
}  // namespace

#pragma GCC push_options
#pragma GCC target("avx2")

size_t CodePointCountAvx2(std::string_view s) {
  const size_t n = s.size();
  if (n < 32) return CodePointCountBy16(s);
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  // The continuation bytes are counted (−64 > b, signed: the block is the
  // comparison's second operand, read from memory), the code points are the rest.
  const __m256i below = _mm256_set1_epi8(-64);
  const __m256i zero = _mm256_setzero_si256();
  __m256i sums = zero;  // four 64-bit sums
  size_t k = 0;
  while (k + 32 <= n) {
    __m256i lanes = zero;  // at most 255 a lane
    const size_t stop = k + 255 * 32 < n ? k + 255 * 32 : n;
    for (; k + 32 <= stop; k += 32) {
      const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + k));
      lanes = _mm256_sub_epi8(lanes, _mm256_cmpgt_epi8(below, b));
    }
    sums = _mm256_add_epi64(sums, _mm256_sad_epu8(lanes, zero));
  }
  if (k < n) {  // the block ending at n; its first 32 - (n - k) lanes were counted
    const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + n - 32));
    const __m256i keep =
        _mm256_loadu_si256(reinterpret_cast<const __m256i*>(kTailWindow + (n - k)));
    const __m256i continuations = _mm256_and_si256(_mm256_cmpgt_epi8(below, b), keep);
    sums = _mm256_add_epi64(sums, _mm256_sad_epu8(_mm256_sub_epi8(zero, continuations), zero));
  }
  const __m128i halves =
      _mm_add_epi64(_mm256_castsi256_si128(sums), _mm256_extracti128_si256(sums, 1));
  return n - (static_cast<size_t>(_mm_cvtsi128_si64(halves)) +
              static_cast<size_t>(_mm_extract_epi64(halves, 1)));
}

#pragma GCC pop_options

#else  // no AVX2 target in this build

bool CodePointCountAvx2Runs() { return false; }
size_t CodePointCountAvx2(std::string_view s) { return CodePointCountBy16(s); }

#endif

}  // namespace congvan::parse::count_internal
