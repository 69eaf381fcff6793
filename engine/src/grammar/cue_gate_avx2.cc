// The cue gate's literal scan thirty-two offsets at a time (AVX2).
//
// Approach: the same "Teddy" nibble tables as the SSSE3 scan
// (grammar/cue_gate.cc), broadcast to both 128-bit lanes, since VPSHUFB
// looks up within each lane: per byte position k of a literal's first three,
// the buckets whose literals may have the byte's low and high nibble there.
// Three loads (the block and the blocks one and two bytes on), six lookups
// and four ANDs give the offsets where a wanted literal's first three bytes
// may stand, for thirty-two offsets in the instructions SSSE3 spends on
// sixteen; the whole literal is compared only there, as before. A block
// needs 34 bytes of the line: the offsets the blocks leave are read by one
// more block over the line's last 34 bytes (the offsets already looked at
// masked off) and the last two one by one, with no zero-padded copy; a line
// shorter than 34 bytes goes to the SSSE3 scan. Every offset is looked at
// once, with the whole line as its bound, so the answer is the SSSE3
// scan's. Chosen at run time (the build's baseline
// stays SSE2). tests/grammar/cue_gate_scan_test.cc holds it, the SSSE3 scan
// and the SSE2 one to the plain search on every corpus line.
#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "grammar/cue_gate.h"
#include "text/cpu_features.h"

#if defined(CONGVAN_CUE_GATE_SSSE3) && defined(CONGVAN_TARGETS_AVX2)
#include <immintrin.h>
#endif

namespace congvan::grammar_internal {

#if defined(CONGVAN_CUE_GATE_SSSE3) && defined(CONGVAN_TARGETS_AVX2)

bool CueGate::HasAvx2() { return text::CpuHasAvx2() && HasSsse3(); }

namespace {

// The nibble tables in both lanes and the wanted buckets, for a line's scan.
struct WideNibbleTables {
  __m256i low[3], high[3], want;
};

// Bit j: a wanted literal's first three bytes may stand at p + j.
[[gnu::target("avx2"), gnu::always_inline]] inline uint32_t CandidatesAvx2(
    const unsigned char* p, const WideNibbleTables& t) {
  const __m256i nibble = _mm256_set1_epi8(0x0f);
  __m256i found = t.want;
  for (int k = 0; k < 3; ++k) {
    __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + k));
    __m256i lo = _mm256_and_si256(v, nibble);
    __m256i hi = _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble);
    found = _mm256_and_si256(found, _mm256_and_si256(_mm256_shuffle_epi8(t.low[k], lo),
                                                     _mm256_shuffle_epi8(t.high[k], hi)));
  }
  return ~static_cast<uint32_t>(
      _mm256_movemask_epi8(_mm256_cmpeq_epi8(found, _mm256_setzero_si256())));
}

}  // namespace

// Whether a wanted literal stands at `at`, as HoldsLiteralAt: where eight
// bytes of the line are left, each literal whose first byte stands there
// is compared by its head word first (its first eight bytes), the rest of a
// longer one by memcmp.
[[gnu::always_inline]] inline bool CueGate::HoldsLiteralAtByHead(const unsigned char* bytes,
                                                                 size_t n, size_t at,
                                                                 uint64_t wanted) const {
  uint64_t m = first_byte_literals_[bytes[at]] & wanted;
  if (m == 0) return false;
  if (n - at < 8) return HoldsLiteralAt(bytes, n, at, wanted);
  uint64_t word;
  std::memcpy(&word, bytes + at, 8);
  for (; m != 0; m &= m - 1) {
    const auto j = static_cast<size_t>(std::countr_zero(m));
    if ((word & head_masks_[j]) != heads_[j]) continue;
    const std::string& literal = literals_[j];
    if (literal.size() <= 8) return true;
    if (literal.size() <= n - at &&
        std::memcmp(bytes + at + 8, literal.data() + 8, literal.size() - 8) == 0)
      return true;
  }
  return false;
}

[[gnu::target("avx2")]] bool CueGate::HoldsLiteralAvx2(const unsigned char* bytes, size_t n,
                                                       uint64_t wanted) const {
  constexpr size_t kBlock = 32;
  constexpr size_t kReach = kBlock + 2;  // a block reads two bytes past it
  // Whether a wanted literal stands at i + some bit of `offsets`.
  auto any_literal_at = [&](size_t i, uint32_t offsets) {
    for (; offsets != 0; offsets &= offsets - 1) {
      if (HoldsLiteralAtByHead(bytes, n, i + static_cast<size_t>(std::countr_zero(offsets)),
                               wanted))
        return true;
    }
    return false;
  };
  size_t i = 0;
  if (n >= kReach) {
    uint8_t buckets = 0;  // the wanted literals' buckets
    for (uint64_t m = wanted; m != 0; m &= m - 1)
      buckets |= static_cast<uint8_t>(1u << (std::countr_zero(m) % kBuckets));
    WideNibbleTables t;
    for (int k = 0; k < 3; ++k) {
      t.low[k] = _mm256_broadcastsi128_si256(
          _mm_load_si128(reinterpret_cast<const __m128i*>(low_nibbles_[k].data())));
      t.high[k] = _mm256_broadcastsi128_si256(
          _mm_load_si128(reinterpret_cast<const __m128i*>(high_nibbles_[k].data())));
    }
    t.want = _mm256_set1_epi8(static_cast<char>(buckets));
    for (; i + kReach <= n; i += kBlock) {
      if (any_literal_at(i, CandidatesAvx2(bytes + i, t))) return true;
    }
    // The line's last 34 bytes as one more block, its offsets before `i`
    // (looked at above) masked off; the last two offsets, which a block
    // does not reach, one by one.
    const size_t last = n - kReach;  // i - last is 1…32
    if (any_literal_at(last, CandidatesAvx2(bytes + last, t) &
                                 static_cast<uint32_t>(~uint64_t{0} << (i - last))))
      return true;
    for (size_t at = std::max(i, n - 2); at < n; ++at) {
      if (HoldsLiteralAt(bytes, n, at, wanted)) return true;
    }
    return false;
  }
  return HoldsLiteralSsse3(bytes, n, wanted);  // a line shorter than a block
}

#else

bool CueGate::HasAvx2() { return false; }
bool CueGate::HoldsLiteralAvx2(const unsigned char* bytes, size_t n, uint64_t wanted) const {
  return HoldsLiteral(std::string_view(reinterpret_cast<const char*>(bytes), n), wanted);
}

#endif

}  // namespace congvan::grammar_internal
