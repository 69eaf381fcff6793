// Two shape questions the line-role stages ask of nearly every short line:
// how many words (at most N?) and whether it is mostly capitals.
//
// Approach: `MarkAttachments` asks both of every line up to 320 bytes, and
// nearly every such line is prose, so both are answered from sixteen bytes at
// a time (SSE2; a byte loop elsewhere and for the tail). A word starts at a
// byte that is not a space or tab after one that is (or at the line's start):
// a block's starts are a mask, counted with an inline popcount, and the count stops
// once it reaches the number asked for, as the byte loop did. A line's last
// bytes are read as the block that ends where it ends, its lanes already
// counted masked off (the byte loop took ≈ 7 instructions a byte there). The capitals
// test first reads a bound from three byte counts: every ASCII small letter is
// a lower-case letter, and every upper-case letter is an ASCII capital or a
// character whose UTF-8 lead byte is ≥ 0xC0, so a line with fewer of those than
// four times its ASCII small letters cannot be 80 % capitals (upper ≥ 4 × lower)
// and is refused without decoding; the counts stop once the bytes left could
// no longer make up the difference (after about a third of a prose line: on
// the 20 MB law MostlyUppercase fell from 26.4 M to ≈ 10 M). Only a line the bound lets through (a
// title in capitals, a line with few letters) is decoded as before, ASCII by range and other
// characters through ICU. Both answers are those of the byte loops they replace;
// tests/parse/line_shape_test.cc compares them on every corpus line at every alignment.
// Where the processor has AVX2, both read thirty-two bytes at a time
// (parse/line_shape_avx2.cc, the same rules).
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "parse/line_shape_lanes.h"
#include "parse/parse_internal.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace congvan::parse {
namespace {

bool IsWordGap(uint8_t b) { return b == ' ' || b == '\t'; }

// The bytes of s that are ASCII small letters, and those that may begin an
// upper-case letter (an ASCII capital or a multi-byte lead, ≥ 0xC0).
struct CaseBytes {
  int small = 0;
  int may_be_capital = 0;
};

#if defined(__SSE2__)
// The sum of the sixteen unsigned bytes of `lanes`.
int SumOfLanes(__m128i lanes) {
  const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());  // two 64-bit halves
  return _mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
}

// The set bits of a 16-bit mask, inline (std::popcount is a libgcc call
// without the POPCNT instruction, which the x86-64 baseline lacks).
int PopCount16(unsigned x) {
  x = x - ((x >> 1) & 0x5555u);
  x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
  x = (x + (x >> 4)) & 0x0F0Fu;
  return static_cast<int>((x + (x >> 8)) & 0x1Fu);
}
#endif

}  // namespace

// True when fewer bytes may begin a capital than four times the ASCII small
// letters (may_be_capital < 4 × small over the whole line), so the line
// cannot be 80 % capitals. Stops as soon as that is sure: when four times the
// small letters so far exceed the bytes that may begin a capital so far plus
// every byte left (prose is sure after about a third of the line).
bool shape_internal::CaseBytesRefuseBy16(const uint8_t* p, size_t n) {
  CaseBytes counts;
  size_t k = 0;
  auto sure = [&] {
    return 4 * static_cast<size_t>(counts.small) >
           static_cast<size_t>(counts.may_be_capital) + (n - k);
  };
#if defined(__SSE2__)
  // b - 'a' (and b - 'A') below 26, as signed bytes shifted by 128.
  const __m128i small_shift = _mm_set1_epi8(static_cast<char>(128 - 'a'));
  const __m128i capital_shift = _mm_set1_epi8(static_cast<char>(128 - 'A'));
  const __m128i below_26 = _mm_set1_epi8(static_cast<char>(-128 + 26));
  const __m128i lead_bits = _mm_set1_epi8(static_cast<char>(0xC0));
  // Per byte lane, the counts of four blocks (a match is -1, subtracted),
  // then summed across the lanes and checked: no popcount per block (without
  // the POPCNT instruction, the x86-64 baseline, std::popcount is a libgcc call).
  const __m128i zero = _mm_setzero_si128();
  while (k + 16 <= n) {
    __m128i small_lanes = zero, capital_lanes = zero;
    for (int blocks = 0; blocks < 4 && k + 16 <= n; ++blocks, k += 16) {
      const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
      const __m128i small = _mm_cmpgt_epi8(below_26, _mm_add_epi8(b, small_shift));
      const __m128i capital = _mm_cmpgt_epi8(below_26, _mm_add_epi8(b, capital_shift));
      const __m128i lead = _mm_cmpeq_epi8(_mm_and_si128(b, lead_bits), lead_bits);
      small_lanes = _mm_sub_epi8(small_lanes, small);
      capital_lanes = _mm_sub_epi8(capital_lanes, _mm_or_si128(capital, lead));
    }
    counts.small += SumOfLanes(small_lanes);
    counts.may_be_capital += SumOfLanes(capital_lanes);
    if (sure()) return true;
  }
#endif
  for (; k < n; ++k) {
    const uint8_t b = p[k];
    counts.small += b >= 'a' && b <= 'z';
    counts.may_be_capital += (b >= 'A' && b <= 'Z') || b >= 0xC0;
  }
  return counts.may_be_capital < 4 * counts.small;
}

namespace {

// The decoding test: at least 80 % of the letters (and at least three) are
// capitals, stopping once that is out of reach.
bool MostlyUppercaseDecoded(const uint8_t* p, int32_t n) {
  int upper = 0, lower = 0;  // letters that are upper case, and the others
  for (int32_t i = 0; i < n;) {
    if (p[i] < 0x80) {  // ASCII without a call into ICU
      uint8_t b = p[i++];
      if (b >= 'A' && b <= 'Z') {
        ++upper;
      } else if (b >= 'a' && b <= 'z') {
        ++lower;
        // 80 % upper means upper ≥ 4 × lower; the bytes left bound the
        // upper-case letters still to come.
        if (upper + (n - i) < 4 * lower) return false;
      }
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && u_isalpha(c)) {
      if (u_isupper(c)) {
        ++upper;
      } else {
        ++lower;
        if (upper + (n - i) < 4 * lower) return false;
      }
    }
  }
  int letters = upper + lower;
  return letters >= 3 && upper * 10 >= letters * 8;
}

}  // namespace

int WordCount(std::string_view s, int enough) {
  static const bool by32 = shape_internal::LineShapeAvx2Runs();
  return by32 ? shape_internal::WordCountAvx2(s, enough) : shape_internal::WordCountBy16(s, enough);
}

int shape_internal::WordCountBy16(std::string_view s, int enough) {
  // The byte loop returned the count as soon as it reached `enough`, so at
  // the first word when `enough` ≤ 1.
  const int stop = std::max(enough, 1);
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  int count = 0;
  bool after_gap = true;  // the byte before the next is a space or tab, or none
  size_t k = 0;
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i tab = _mm_set1_epi8('\t');
  for (; k + 16 <= n; k += 16) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
    const auto gaps = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(b, space), _mm_cmpeq_epi8(b, tab))));
    const unsigned follows_gap = (gaps << 1) | (after_gap ? 1u : 0u);
    count += PopCount16(~gaps & follows_gap & 0xFFFFu);
    if (count >= stop) return stop;
    after_gap = (gaps >> 15) != 0;
  }
  if (k < n && n >= 16) {              // the last bytes: the block ending at the line's end
    const size_t seen = 16 - (n - k);  // its first lanes, counted above (1 to 15)
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + n - 16));
    const auto gaps = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(b, space), _mm_cmpeq_epi8(b, tab))));
    const unsigned unseen = 0xFFFFu & ~((1u << seen) - 1);  // lane seen - 1 is the byte before
    count += PopCount16(~gaps & (gaps << 1) & unseen);
    return std::min(count, stop);
  }
#endif
  for (; k < n; ++k) {
    const bool gap = IsWordGap(p[k]);
    if (!gap && after_gap && ++count >= stop) return stop;
    after_gap = gap;
  }
  return count;
}

bool MostlyUppercase(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  static const bool by32 = shape_internal::LineShapeAvx2Runs();
  if (by32 ? shape_internal::CaseBytesRefuseAvx2(p, s.size())
           : shape_internal::CaseBytesRefuseBy16(p, s.size())) {
    return false;  // prose: upper < 4 × lower
  }
  return MostlyUppercaseDecoded(p, static_cast<int32_t>(s.size()));
}

}  // namespace congvan::parse
