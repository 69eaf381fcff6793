// The two line-shape questions (parse/line_shape.cc) thirty-two bytes at a
// time, where the processor has AVX2.
//
// Approach: `MarkAttachments` asks both of every line up to 320 bytes (65 k
// lines of the 20 MB law: WordCount 12.7 M, MostlyUppercase 11.6 M with the
// sixteen-byte passes). The rules are line_shape.cc's, on twice the lanes and
// with the POPCNT instruction (every processor with AVX2 has it; the gate asks
// for both): a word starts at a byte that is not a space or tab after one that
// is, a block's starts are one mask and one popcount, the count stops at the
// number asked, and the last bytes are read as the block that ends where the
// line ends, its lanes already counted masked off. The capitals bound counts
// the ASCII small letters and the bytes that may begin a capital (A–Z, and
// lead bytes C0–FF) per block and stops once four times the small letters
// exceed the possible capitals plus every byte left — a stop that cannot change
// the answer, so the block size does not either. A line shorter than a block
// goes to the sixteen-byte pass. tests/parse/line_shape_avx2_test.cc holds both
// to the sixteen-byte passes and the byte loops at every length and alignment.
#include <cstdint>
#include <string_view>

#include "parse/line_shape_lanes.h"
#include "text/cpu_features.h"

#if defined(CONGVAN_TARGETS_AVX2)
#include <immintrin.h>
#endif

namespace congvan::parse::shape_internal {

#if defined(CONGVAN_TARGETS_AVX2)

bool LineShapeAvx2Runs() { return text::CpuHasAvx2() && text::CpuHasPopcnt(); }

#pragma GCC push_options
#pragma GCC target("avx2,popcnt")

namespace {
// The lanes of the 32 bytes at p that are a space or a tab, one bit a byte.
inline uint32_t GapBits(const uint8_t* p) {
  const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  const __m256i gap = _mm256_or_si256(_mm256_cmpeq_epi8(b, _mm256_set1_epi8(' ')),
                                      _mm256_cmpeq_epi8(b, _mm256_set1_epi8('\t')));
  return static_cast<uint32_t>(_mm256_movemask_epi8(gap));
}

// Adds the ASCII small letters and the bytes that may begin a capital among
// the lanes of the 32 bytes at p that `keep` has a bit for. b - 'a' (and
// b - 'A') is below 26 as signed bytes shifted by 128; a lead byte (C0–FF) is
// one whose top two bits are set.
inline void CountCaseBytes(const uint8_t* p, uint32_t keep, size_t* small, size_t* may_be_capital) {
  const __m256i below_26 = _mm256_set1_epi8(static_cast<char>(-128 + 26));
  const __m256i lead_bits = _mm256_set1_epi8(static_cast<char>(0xC0));
  const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  const __m256i is_small = _mm256_cmpgt_epi8(
      below_26, _mm256_add_epi8(b, _mm256_set1_epi8(static_cast<char>(128 - 'a'))));
  const __m256i capital = _mm256_cmpgt_epi8(
      below_26, _mm256_add_epi8(b, _mm256_set1_epi8(static_cast<char>(128 - 'A'))));
  const __m256i lead = _mm256_cmpeq_epi8(_mm256_and_si256(b, lead_bits), lead_bits);
  *small += static_cast<size_t>(
      __builtin_popcount(static_cast<uint32_t>(_mm256_movemask_epi8(is_small)) & keep));
  *may_be_capital += static_cast<size_t>(__builtin_popcount(
      static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_or_si256(capital, lead))) & keep));
}
}  // namespace

int WordCountAvx2(std::string_view s, int enough) {
  const size_t n = s.size();
  if (n < 32) return WordCountBy16(s, enough);
  const int stop = enough > 1 ? enough : 1;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int count = 0;
  uint32_t after_gap = 1;  // the byte before the next block is a gap, or none
  size_t k = 0;
  for (; k + 32 <= n; k += 32) {
    const uint32_t gaps = GapBits(p + k);
    count += __builtin_popcount(~gaps & ((gaps << 1) | after_gap));
    if (count >= stop) return stop;
    after_gap = gaps >> 31;
  }
  if (k < n) {  // the block ending at n; its first `seen` lanes were counted (1 to 31)
    const uint32_t seen = 32 - static_cast<uint32_t>(n - k);
    const uint32_t gaps = GapBits(p + n - 32);
    const uint32_t unseen = ~((1u << seen) - 1);  // lane seen - 1 is the byte before
    count += __builtin_popcount(~gaps & (gaps << 1) & unseen);
    return count < stop ? count : stop;
  }
  return count;
}

bool CaseBytesRefuseAvx2(const uint8_t* p, size_t n) {
  if (n < 32) return CaseBytesRefuseBy16(p, n);
  size_t small = 0, may_be_capital = 0, k = 0;
  for (; k + 32 <= n; k += 32) {
    CountCaseBytes(p + k, ~0u, &small, &may_be_capital);
    // Sure: the bytes left cannot bring the possible capitals up to 4 × small.
    if (4 * small > may_be_capital + (n - k - 32)) return true;
  }
  if (k < n) CountCaseBytes(p + n - 32, ~((1u << (32 - (n - k))) - 1), &small, &may_be_capital);
  return may_be_capital < 4 * small;
}

#pragma GCC pop_options

#else  // no AVX2 target in this build

bool LineShapeAvx2Runs() { return false; }
int WordCountAvx2(std::string_view s, int enough) { return WordCountBy16(s, enough); }
bool CaseBytesRefuseAvx2(const uint8_t* p, size_t n) { return CaseBytesRefuseBy16(p, n); }

#endif

}  // namespace congvan::parse::shape_internal
