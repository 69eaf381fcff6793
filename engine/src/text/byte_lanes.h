// Internal: byte lanes of one width, for block scans written once for
// sixteen bytes (SSE2, part of x86-64) and thirty-two (AVX2, where the
// processor has it; text/cpu_features.h).
//
// Approach: a scan's block test is the same comparisons whatever the width;
// only the register type and the intrinsics' names differ. Lanes16 and
// Lanes32 name the operations the scans use (a byte in every lane, equal,
// signed greater, unsigned saturating subtraction, …), and a block test is a
// template over the lanes (`template <class L> … L::Eq(x, L::Byte(0xE1))`),
// instantiated once per width. Each operation is one intrinsic, so an
// instantiation compiles to the instructions the width's hand-written twin
// did.
//
// The AVX2 target: Lanes32's operations carry target("avx2"), and a template
// cannot take a target from its argument, so a block test over Lanes32 is
// compiled without it. It is only ever inlined (always_inline) into a
// function with target("avx2") and `flatten`, where the operations inline
// in turn; no Lanes32 vector crosses a call of the default target (GCC's
// -Wpsabi note on such a template's signature says what would happen if
// one did, and is silenced where the template is written).
#ifndef CONGVAN_TEXT_BYTE_LANES_H_
#define CONGVAN_TEXT_BYTE_LANES_H_

#include <cstdint>

#include "text/cpu_features.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(CONGVAN_TARGETS_AVX2)
#include <immintrin.h>
#endif

namespace congvan::text {

#if defined(__SSE2__)
// Sixteen lanes. SSE2 compares bytes as signed (0x80–0xFF below every ASCII
// byte); unsigned tests go through saturating subtraction or max.
struct Lanes16 {
  using V = __m128i;
  static constexpr int kWidth = 16;
  [[gnu::always_inline]] static inline V Load(const void* p) {
    return _mm_loadu_si128(static_cast<const __m128i*>(p));
  }
  [[gnu::always_inline]] static inline V Byte(int b) { return _mm_set1_epi8(static_cast<char>(b)); }
  // Byte(B) for a byte known at compile time (Lanes32 reads it from memory).
  template <int B>
  [[gnu::always_inline]] static inline V Const() {
    return Byte(B);
  }
  [[gnu::always_inline]] static inline V Zero() { return _mm_setzero_si128(); }
  [[gnu::always_inline]] static inline V Eq(V a, V b) { return _mm_cmpeq_epi8(a, b); }
  // a > b, signed.
  [[gnu::always_inline]] static inline V Greater(V a, V b) { return _mm_cmpgt_epi8(a, b); }
  // a − b, unsigned, saturated at zero.
  [[gnu::always_inline]] static inline V SubSat(V a, V b) { return _mm_subs_epu8(a, b); }
  [[gnu::always_inline]] static inline V Add(V a, V b) { return _mm_add_epi8(a, b); }
  [[gnu::always_inline]] static inline V MaxUnsigned(V a, V b) { return _mm_max_epu8(a, b); }
  [[gnu::always_inline]] static inline V Or(V a, V b) { return _mm_or_si128(a, b); }
  [[gnu::always_inline]] static inline V And(V a, V b) { return _mm_and_si128(a, b); }
  // ~a & b.
  [[gnu::always_inline]] static inline V AndNot(V a, V b) { return _mm_andnot_si128(a, b); }
  [[gnu::always_inline]] static inline uint32_t Mask(V a) {
    return static_cast<uint32_t>(_mm_movemask_epi8(a));
  }
};
#endif

#if defined(CONGVAN_TARGETS_AVX2)
// A byte in each of thirty-two lanes, in memory: GCC 12 rebuilds a
// broadcast constant in every block of a loop (a move and a broadcast)
// where a load folds into the comparison that uses it; a writable object of
// external linkage is one whose bytes it cannot assume, so it loads them.
struct alignas(32) ByteRow32 {
  uint8_t bytes[32];
};
template <int B>
inline ByteRow32 kByteRow32 = [] {
  ByteRow32 row{};
  for (uint8_t& b : row.bytes) b = static_cast<uint8_t>(B);
  return row;
}();

// Thirty-two lanes, AVX2's three-operand forms of Lanes16's operations.
// (Not always_inline: see the top; their callers are.)
struct Lanes32 {
  using V = __m256i;
  static constexpr int kWidth = 32;
  __attribute__((target("avx2"))) static inline V Load(const void* p) {
    return _mm256_loadu_si256(static_cast<const __m256i*>(p));
  }
  __attribute__((target("avx2"))) static inline V Byte(int b) {
    return _mm256_set1_epi8(static_cast<char>(b));
  }
  template <int B>
  __attribute__((target("avx2"))) static inline V Const() {
    return _mm256_load_si256(reinterpret_cast<const __m256i*>(kByteRow32<B & 0xFF>.bytes));
  }
  __attribute__((target("avx2"))) static inline V Zero() { return _mm256_setzero_si256(); }
  __attribute__((target("avx2"))) static inline V Eq(V a, V b) { return _mm256_cmpeq_epi8(a, b); }
  __attribute__((target("avx2"))) static inline V Greater(V a, V b) {
    return _mm256_cmpgt_epi8(a, b);
  }
  __attribute__((target("avx2"))) static inline V SubSat(V a, V b) {
    return _mm256_subs_epu8(a, b);
  }
  __attribute__((target("avx2"))) static inline V Add(V a, V b) { return _mm256_add_epi8(a, b); }
  __attribute__((target("avx2"))) static inline V MaxUnsigned(V a, V b) {
    return _mm256_max_epu8(a, b);
  }
  __attribute__((target("avx2"))) static inline V Or(V a, V b) { return _mm256_or_si256(a, b); }
  __attribute__((target("avx2"))) static inline V And(V a, V b) { return _mm256_and_si256(a, b); }
  __attribute__((target("avx2"))) static inline V AndNot(V a, V b) {
    return _mm256_andnot_si256(a, b);
  }
  __attribute__((target("avx2"))) static inline uint32_t Mask(V a) {
    return static_cast<uint32_t>(_mm256_movemask_epi8(a));
  }
};
#endif

}  // namespace congvan::text

#endif  // CONGVAN_TEXT_BYTE_LANES_H_
