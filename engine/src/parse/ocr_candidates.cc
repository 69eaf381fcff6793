// The OCR-noise test's first gate (ocr_noise.h): a bound, read sixteen bytes
// at a time, on how many of a line's tokens the trigger could call weird.
//
// Approach: the OCR-noise test runs on nearly every line up to 400 bytes, and
// nearly every such line is prose, so the question worth answering fast is
// "can this line not be garbage?". A token the trigger calls weird holds a
// character that is a digit or a bracket, or an upper-case letter right after
// a small one (or after bytes that do not decode, which keep the small
// letter). Each such character has a byte this pass marks — its only byte,
// or its lead byte — judged from the byte and its neighbours:
//   - an ASCII digit that does not follow a digit (a run of digits is one
//     mark: it lies in one token), a bracket or tilde;
//   - an ASCII capital, or the lead of a non-ASCII letter that may be upper
//     case (C3–D8, and E1 B8–BB: U+1E00–1EFF), when the byte before it is an
//     ASCII small letter or a non-ASCII byte (the end of a small letter, or
//     undecodable bytes);
//   - any other lead byte (C0 up), whatever comes before, except the leads
//     of characters that are neither upper case nor digits: C2 (U+0080–00BF),
//     C3 9F–BF (ß à … ÿ), the odd code points of Latin Extended-A where odd is
//     small (ă đ ĩ … ũ …), C6 A1 and C6 B0 (ơ ư), CC (combining marks),
//     E1 BA/BB with an odd last byte (ạ ả … ỹ), E2 80 (dashes, quotes, …).
// All rules, the lead bytes' too, are comparisons over sixteen byte lanes
// (SSE2), or thirty-two where the processor has AVX2
// (parse/ocr_candidates_avx2.cc), written once for both widths
// (parse/ocr_marks.h). Judging the leads one by one from a mask
// once measured cheaper (on the 2 MB law, 8.9 M against 13.0 M), but on the
// 20 MB law the gate cost 122 M that way (NeitherUpperNorDigitLead alone
// 31 M), 107 M branch-free by sixteen lanes and 53 M by thirty-two. The rules
// leave
// nearly every byte of Vietnamese or English prose is unmarked. The tokens
// holding a mark bound the trigger's weird tokens from above (a mark counts
// when its token, found by stepping back to the space before it, starts after
// the last mark); the token count is exact (a non-space byte after a space or
// at the start, summed per byte lane). A line with fewer than four tokens, or
// with fewer than 30 % that hold a mark, cannot pass the trigger.
// tests/parse/ocr_noise_test.cc checks the marks against ICU for every code
// point, the SSE2 masks against the byte loop, and the bound against the
// trigger on every corpus and unseen line.
#include <cstdint>
#include <cstring>
#include <string_view>

#include "parse/ocr_marks.h"
#include "parse/ocr_noise.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace congvan::parse::ocr_internal {
namespace {

bool InRange(uint8_t b, uint8_t lo, uint8_t hi) { return b >= lo && b <= hi; }
bool IsDigitByte(uint8_t b) { return InRange(b, '0', '9'); }

// The lead byte `b` (with the bytes after it) begins no character that is
// upper case, a digit or a bracket, or no valid character at all.
bool NeitherUpperNorDigitLead(uint8_t b, uint8_t n1, uint8_t n2) {
  const bool odd1 = (n1 & 1) != 0;
  switch (b) {
    case 0xC2:
    case 0xCC:
      return true;
    case 0xC3:
      return n1 >= 0x9F || n1 < 0x80;  // ß à … ÿ, or not a sequence
    case 0xC4:
      return odd1 && InRange(n1, 0x80, 0xB7);
    case 0xC5:
      return odd1 && InRange(n1, 0x8B, 0xB7);
    case 0xC6:
      return n1 == 0xA1 || n1 == 0xB0;
    case 0xE1:
      return InRange(n1, 0xBA, 0xBB) && (n2 & 1) != 0;
    case 0xE2:
      return n1 == 0x80;
    default:
      return false;
  }
}

// The lead byte `b` begins no digit: only letters or other characters that
// are not digits (an upper-case letter among them counts after a small one).
bool LetterLead(uint8_t b, uint8_t n1) {
  return InRange(b, 0xC3, 0xD8) || (b == 0xE1 && InRange(n1, 0xB8, 0xBB));
}

bool MarkedByte(const uint8_t* p) {
  const uint8_t b = p[0], prev = p[-1];
  const bool after_small = InRange(prev, 'a', 'z') || prev >= 0x80;
  if (IsDigitByte(b)) return !IsDigitByte(prev);
  if (b == '[' || b == ']' || b == '{' || b == '}' || b == '~') return true;
  if (InRange(b, 'A', 'Z')) return after_small;
  if (b < 0xC0 || NeitherUpperNorDigitLead(b, p[1], p[2])) return false;
  return LetterLead(b, p[1]) ? after_small : true;
}

#if defined(__SSE2__)
__m128i Spaces(__m128i x) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(' ')); }
#else
uint32_t SpaceBytes(const uint8_t* p) {
  uint32_t bits = 0;
  for (uint32_t k = 0; k < 16; ++k) bits |= uint32_t{p[k] == ' '} << k;
  return bits;
}
int PopCount16(uint32_t x) { return __builtin_popcount(x); }
#endif

int LowestBit(uint32_t x) { return __builtin_ctz(x); }

}  // namespace

uint32_t OcrMarkedBytesPortable(const uint8_t* p) {
  uint32_t bits = 0;
  for (uint32_t k = 0; k < 16; ++k) bits |= uint32_t{MarkedByte(p + k)} << k;
  return bits;
}

namespace {
[[gnu::always_inline]] inline uint32_t MarkedBytes(const uint8_t* p) {
#if defined(__SSE2__)
  return lanes::MarkedBytes<text::Lanes16>(p);
#else
  return OcrMarkedBytesPortable(p);
#endif
}
}  // namespace

uint32_t OcrMarkedBytes(const uint8_t* p) { return MarkedBytes(p); }

OcrTokenBound BoundOcrTokensBy16(std::string_view s) {
  OcrTokenBound bound;
  if (s.size() > kMaxBoundedLineBytes) {  // not bounded: as many as there are
    bound.tokens = bound.may_be_weird = -1;
    return bound;
  }
  // The line between spaces: one before it (its start), two blocks after it
  // (room for the last block and the bytes read after it; a space is never
  // marked nor starts a token, so the last block needs no cut).
  constexpr size_t kBlock = 16;
  alignas(16) uint8_t buffer[kBlock + kMaxBoundedLineBytes + 2 * kBlock];
  uint8_t* const line = buffer + kBlock;
  std::memset(buffer, ' ', kBlock);
  std::memcpy(line, s.data(), s.size());
  std::memset(line + s.size(), ' ', 2 * kBlock);
  int last_mark = -1;
#if defined(__SSE2__)
  __m128i starts = _mm_setzero_si128();  // per lane; at most 64 blocks
#endif
  for (size_t i = 0; i < s.size(); i += kBlock) {
    const uint8_t* p = line + i;
#if defined(__SSE2__)
    const __m128i space = Spaces(_mm_load_si128(reinterpret_cast<const __m128i*>(p)));
    const __m128i space_before = Spaces(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p - 1)));
    starts = _mm_sub_epi8(starts, _mm_andnot_si128(space, space_before));
#else
    bound.tokens += PopCount16(~SpaceBytes(p) & SpaceBytes(p - 1) & 0xFFFFu);
#endif
    // A mark counts when it is its token's first: the token (found by
    // stepping back to the space before it) starts after the last mark.
    for (uint32_t marks = MarkedBytes(p); marks != 0; marks &= marks - 1) {
      const int at = static_cast<int>(i) + LowestBit(marks);
      int token_start = at;
      while (line[token_start - 1] != ' ') --token_start;
      bound.may_be_weird += token_start > last_mark;
      last_mark = at;
    }
  }
#if defined(__SSE2__)
  const __m128i sums = _mm_sad_epu8(starts, _mm_setzero_si128());  // two 64-bit halves
  bound.tokens = _mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
#endif
  return bound;
}

OcrTokenBound BoundOcrTokens(std::string_view s) {
  static const bool by32 = OcrAvx2Available();
  return by32 ? BoundOcrTokensBy32(s) : BoundOcrTokensBy16(s);
}

bool SurelyNotOcrGarbage(std::string_view s) {
  const OcrTokenBound bound = BoundOcrTokens(s);
  if (bound.tokens < 0) return false;
  return bound.tokens < 4 || bound.may_be_weird * 100 < bound.tokens * 30;
}

}  // namespace congvan::parse::ocr_internal
