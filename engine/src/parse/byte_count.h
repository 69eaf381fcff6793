// How many bytes of a text equal one value: the line splitter's count of
// newlines (to reserve its lines) and the portal notes' line numbers.
//
// Approach: the splitter counted its lines by memchr once a line (≈ 60
// instructions a call on lines of a few hundred bytes). Here the bytes are
// compared sixty-four at a time (four SSE2 compares, summed per byte lane and
// folded by _mm_sad_epu8 before a lane can overflow), ≈ 11 instructions a
// block; the bytes after the last whole block, and every byte where the
// target has no SSE2, one at a time. tests/parse/line_walks_test.cc compares
// the count with std::count on every corpus and unseen text from many offsets.
#ifndef CONGVAN_PARSE_BYTE_COUNT_H_
#define CONGVAN_PARSE_BYTE_COUNT_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace congvan::parse {

inline size_t CountByte(std::string_view text, char byte) {
  const char* p = text.data();
  const char* const end = p + text.size();
  size_t count = 0;
#if defined(__SSE2__)
  // Each turn adds at most 4 to a lane (four compares' -1s), so 63 turns
  // stay below 256.
  constexpr int kTurnsPerSum = 63;
  const __m128i wanted = _mm_set1_epi8(byte);
  auto equal = [&](const char* q) {
    return _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(q)), wanted);
  };
  while (end - p >= 64) {
    __m128i lanes = _mm_setzero_si128();
    for (int turn = 0; turn < kTurnsPerSum && end - p >= 64; ++turn, p += 64) {
      const __m128i four = _mm_add_epi8(_mm_add_epi8(equal(p), equal(p + 16)),
                                        _mm_add_epi8(equal(p + 32), equal(p + 48)));
      lanes = _mm_sub_epi8(lanes, four);
    }
    const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
    count += static_cast<size_t>(_mm_cvtsi128_si64(sums)) +
             static_cast<size_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
  }
#endif
  for (; p < end; ++p) count += *p == byte;
  return count;
}

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_BYTE_COUNT_H_
