// The OCR-noise test's first gate (ocr_noise.h, parse/ocr_candidates.cc)
// read thirty-two bytes at a time, where the processor has AVX2.
//
// Approach: the gate's work is a fixed number of byte-lane comparisons per
// block (the ASCII marks, the lead-byte rules, the token starts), so twice the
// lanes halve it. The rules are those of the sixteen-byte pass, lane for lane
// (MarkedByte in parse/ocr_candidates.cc: a digit not after a digit, a
// bracket or tilde, a capital after a small letter, a lead byte that may
// begin an upper-case letter or a digit); the token bookkeeping is the same.
// The functions here are compiled for AVX2 and only called once
// OcrAvx2Available() says the processor runs them.
// tests/parse/ocr_noise_test.cc compares the marks with the byte loop's and
// the bound with the sixteen-byte pass's on every corpus and unseen line.
#include <cstdint>
#include <cstring>
#include <string_view>

#include "parse/ocr_noise.h"
#include "text/cpu_features.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define CONGVAN_OCR_AVX2 1
#endif

namespace congvan::parse::ocr_internal {

#if defined(CONGVAN_OCR_AVX2)

bool OcrAvx2Available() { return text::CpuHasAvx2(); }

#pragma GCC push_options
#pragma GCC target("avx2")

// A byte in every lane, read from memory: GCC 12 would otherwise rebuild each
// such constant in every block (a move and a broadcast) where a load folds
// into the comparison that uses it; a writable object of external linkage is
// one whose bytes it cannot assume, so it loads them.
struct alignas(32) OcrLanes {
  uint8_t bytes[32];
};
template <int B>
OcrLanes kOcrLanes = [] {
  OcrLanes lanes{};
  for (uint8_t& b : lanes.bytes) b = static_cast<uint8_t>(B);
  return lanes;
}();

namespace {

template <int B>
__m256i Byte() {
  return _mm256_load_si256(reinterpret_cast<const __m256i*>(kOcrLanes<B & 0xFF>.bytes));
}
template <int B>
__m256i Eq(__m256i x) {
  return _mm256_cmpeq_epi8(x, Byte<B>());
}
// Lanes with lo ≤ x ≤ hi (unsigned): shifted so the range starts at -128.
template <int Lo, int Hi>
__m256i Within(__m256i x) {
  return _mm256_cmpgt_epi8(Byte<Hi - Lo + 1 - 0x80>(), _mm256_add_epi8(x, Byte<0x80 - Lo>()));
}
__m256i Or(__m256i a, __m256i b) { return _mm256_or_si256(a, b); }
__m256i And(__m256i a, __m256i b) { return _mm256_and_si256(a, b); }
__m256i Load(const uint8_t* p) { return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)); }

// The marked lead bytes (C0 up): NeitherUpperNorDigitLead and LetterLead of
// parse/ocr_candidates.cc, lane by lane; `n1`, `n2` the bytes after each.
[[gnu::always_inline]] inline __m256i MarkedLeads(__m256i x, __m256i n1, __m256i n2,
                                                  __m256i after_small) {
  const __m256i lead = Within<0xC0, 0xFF>(x);
  const __m256i odd1 = Eq<1>(And(n1, Byte<1>())), odd2 = Eq<1>(And(n2, Byte<1>()));
  const __m256i e1 = Eq<0xE1>(x);
  const __m256i never = Or(Eq<0xC2>(x), Eq<0xCC>(x));
  const __m256i c3 = And(Eq<0xC3>(x), _mm256_cmpgt_epi8(n1, Byte<0x9E>()));  // n1 ≥ 9F or < 80
  const __m256i c4 = And(Eq<0xC4>(x), Within<0x80, 0xB7>(n1));
  const __m256i c5 = And(Eq<0xC5>(x), Within<0x8B, 0xB7>(n1));
  const __m256i c6 = And(Eq<0xC6>(x), Or(Eq<0xA1>(n1), Eq<0xB0>(n1)));
  const __m256i e1_small = And(And(e1, Eq<0xBB>(_mm256_or_si256(n1, Byte<1>()))), odd2);
  const __m256i e2 = And(Eq<0xE2>(x), Eq<0x80>(n1));
  const __m256i neither = Or(Or(Or(never, c3), And(Or(c4, c5), odd1)), Or(Or(c6, e1_small), e2));
  const __m256i letter = Or(Within<0xC3, 0xD8>(x), And(e1, Within<0xB8, 0xBB>(n1)));
  const __m256i unmarked = Or(neither, _mm256_andnot_si256(after_small, letter));
  return _mm256_andnot_si256(unmarked, lead);
}

[[gnu::always_inline]] inline uint32_t MarkedBytes32(const uint8_t* p) {
  const __m256i x = Load(p), prev = Load(p - 1);
  const __m256i digit_start = _mm256_andnot_si256(Within<'0', '9'>(prev), Within<'0', '9'>(x));
  const __m256i folded = _mm256_or_si256(x, Byte<0x20>());  // [ { → {, ] } → }
  const __m256i bracket = Or(Or(Eq<'{'>(folded), Eq<'}'>(folded)), Eq<'~'>(x));
  const __m256i after_small =
      Or(Within<'a', 'z'>(prev), _mm256_cmpgt_epi8(_mm256_setzero_si256(), prev));
  const __m256i capital = And(Within<'A', 'Z'>(x), after_small);
  const __m256i ascii = Or(Or(digit_start, bracket), capital);
  if (_mm256_movemask_epi8(x) == 0) return static_cast<uint32_t>(_mm256_movemask_epi8(ascii));
  const __m256i leads = MarkedLeads(x, Load(p + 1), Load(p + 2), after_small);
  return static_cast<uint32_t>(_mm256_movemask_epi8(Or(ascii, leads)));
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
    const __m256i space = Eq<' '>(_mm256_load_si256(reinterpret_cast<const __m256i*>(p)));
    starts = _mm256_sub_epi8(starts, _mm256_andnot_si256(space, Eq<' '>(Load(p - 1))));
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
