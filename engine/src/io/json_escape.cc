// The JSON string escaper (see json_escape.h).
//
// Approach: the parse output is mostly string bytes, so this is a hot loop.
// A byte is plain (copied as it is), to be escaped (below 0x20, '"', '\\')
// or part of a multi-byte UTF-8 sequence; the scan copies the runs between
// the bytes to be escaped whole. It reads sixteen bytes at once (SSE2 on
// x86-64, byte by byte elsewhere) together with the same sixteen shifted by
// one and by two (two more unaligned loads of the string itself, or zeros at
// its start), so whether a byte is where a continuation belongs is a
// comparison of the bytes one and two before it: after a lead C0–FF, and two
// after E0–FF. A block passes when no byte is to be escaped and no byte is
// suspect: every continuation byte exactly where a lead wants one, and no
// lead whose validity its next byte decides or that starts four bytes (C0,
// C1, E0, ED, F0–FF). That is one mask for the whole block and no state
// carried between blocks (a sequence across the block's end is checked by
// the next block's shifted loads); the scan before this one built five masks
// and combined them in scalar code, ≈ 95 instructions a block. At the first
// suspect byte the scan stops at the start of the character in question —
// the lead one or two bytes before it when a continuation is missing, else
// the byte itself — where ICU's U8_NEXT decides as before (a four-byte
// character or E0 A0 80 is valid; the ill-formed send the string to
// nlohmann, whose replacement characters the output keeps). A lead in the
// last two bytes that wants bytes past the string's end stops the scan the
// same way. So the block test only ever accepts sequences that U8_NEXT
// accepts, and what is valid is decided exactly as before. A string shorter
// than a block that is plain ASCII (paths, styles, markers) is copied byte
// by byte. Where the processor has AVX2 (asked once at run time: the engine
// is built for any x86-64) the scan reads thirty-two bytes at a time, a
// string's first and last blocks included (NextStopAvx2), and its loop over
// clean blocks finds the bytes flagged by value alone (to escape, or leads
// left to ICU) with two nibble-table lookups instead of nine compares
// (WideBlockHasStop): on the 20 MB law the scan went from ≈ 45 instructions
// a sixteen-byte block to ≈ 21 a thirty-two-byte one. tests/io/json_writer_test.cc
// checks the escaper against nlohmann with every byte and UTF-8 shape at
// every offset of a block, every scan the machine runs (SSE2, AVX2) against
// the portable one on those shapes and every corpus and unseen text, and
// the SSE2 and AVX2 masks against the portable ones.
#include "io/json_escape.h"

#include <unicode/utf8.h>

#include "text/byte_lanes.h"
#include "text/cpu_features.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
// AVX2 is not assumed (the engine is built for any x86-64): its functions
// carry their own target and run only where the processor reports it.
#if defined(CONGVAN_TARGETS_AVX2)  // text/cpu_features.h
#define CONGVAN_JSON_AVX2 1
#include <immintrin.h>
#endif

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>

namespace congvan::io_internal {
namespace {

constexpr size_t kBlock = 16;  // bytes read at once

// One byte's place in the masks, given the two bytes before it.
bool IsEscape(uint8_t b) { return b < 0x20 || b == '"' || b == '\\'; }
bool IsContinuation(uint8_t b) { return b >= 0x80 && b <= 0xBF; }
bool WantsContinuation(uint8_t one_before, uint8_t two_before) {
  return one_before >= 0xC0 || two_before >= 0xE0;
}
bool LeftToIcu(uint8_t b) { return b == 0xC0 || b == 0xC1 || b == 0xE0 || b == 0xED || b >= 0xF0; }

}  // namespace

JsonBlockMasks JsonBlockMasksPortable(const char* block, const char* before) {
  uint8_t bytes[kBlock + 2];
  std::memcpy(bytes, before, 2);
  std::memcpy(bytes + 2, block, kBlock);
  JsonBlockMasks m;
  for (uint32_t k = 0; k < kBlock; ++k) {
    const uint8_t b = bytes[k + 2];
    const bool suspect =
        IsContinuation(b) != WantsContinuation(bytes[k + 1], bytes[k]) || LeftToIcu(b);
    m.escape |= uint32_t{IsEscape(b)} << k;
    m.suspect |= uint32_t{suspect} << k;
  }
  return m;
}

namespace {

#if defined(__SSE2__)
// SSE2 is part of x86-64. Its byte compares are signed (0x80–0xFF read as
// −128…−1, below every ASCII byte); unsigned tests go through saturating
// subtraction or max. `x` holds the block, `one_before` and `two_before`
// the bytes one and two before each of its bytes.
// One template for sixteen and thirty-two lanes (text/byte_lanes.h).
template <class L>
struct BlockVectors {
  typename L::V escape, suspect;
};
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"  // Lanes32: only inlined into AVX2 code
template <class L>
[[gnu::always_inline]] inline BlockVectors<L> BlockVectorsOf(typename L::V x,
                                                             typename L::V one_before,
                                                             typename L::V two_before) {
  using V = typename L::V;
  const V zero = L::Zero();
  // Nothing left of x − 0x1F, saturated at zero: x ≤ 0x1F.
  const V control = L::Eq(L::SubSat(x, L::Byte(0x1F)), zero);
  const V escape = L::Or(control, L::Or(L::Eq(x, L::Byte('"')), L::Eq(x, L::Byte('\\'))));
  // No continuation wanted: nothing left of (byte before − BF) nor of (two
  // before − DF). A byte is misplaced when it is a continuation exactly
  // where none is wanted or the reverse: the two masks equal.
  const V unwanted = L::Eq(
      L::Or(L::SubSat(one_before, L::Byte(0xBF)), L::SubSat(two_before, L::Byte(0xDF))), zero);
  const V continuation = L::Greater(L::Byte(0xC0), x);  // 80–BF
  const V misplaced = L::Eq(continuation, unwanted);
  const V left_to_icu = L::Or(L::Or(L::Eq(L::MaxUnsigned(x, L::Byte(0xF0)), x),   // F0–FF
                                    L::Eq(L::Or(x, L::Byte(1)), L::Byte(0xC1))),  // C0 C1
                              L::Or(L::Eq(x, L::Byte(0xE0)), L::Eq(x, L::Byte(0xED))));
  return {escape, L::Or(misplaced, left_to_icu)};
}
#pragma GCC diagnostic pop

uint32_t Mask(__m128i m) { return static_cast<uint32_t>(_mm_movemask_epi8(m)); }

[[gnu::always_inline]] inline JsonBlockMasks MasksOf(const char* block, const char* before) {
  const auto load = [](const char* p) {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  };
  // The bytes one and two before: the block shifted, the gap filled from `before`.
  const __m128i x = load(block);
  const __m128i one =
      _mm_or_si128(_mm_slli_si128(x, 1), _mm_cvtsi32_si128(static_cast<uint8_t>(before[1])));
  const __m128i two = _mm_or_si128(
      _mm_slli_si128(x, 2),
      _mm_cvtsi32_si128(static_cast<uint8_t>(before[0]) | (static_cast<uint8_t>(before[1]) << 8)));
  const BlockVectors<text::Lanes16> v = BlockVectorsOf<text::Lanes16>(x, one, two);
  return {Mask(v.escape), Mask(v.suspect)};
}
#endif

#if defined(CONGVAN_JSON_AVX2)
// (Helpers, not lambdas: a lambda does not take its function's target.)
__attribute__((target("avx2"), always_inline)) inline __m256i WideByte(int b) {
  return _mm256_set1_epi8(static_cast<char>(b));
}

__attribute__((target("avx2"), always_inline)) inline __m256i LoadWide(const char* at) {
  return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(at));
}

// Whether the thirty-two bytes at `at` (at[-2], at[-1] readable) hold a
// byte to escape or a suspect one, as BlockVectorsOf<Lanes32> would say, in fewer
// operations for the loop over clean blocks: the bytes flagged by their value
// alone (00–1F, '"', '\\', C0, C1, E0, ED, F0–FF) are found by two table
// lookups, one by the high nibble and one by the low, that share a bit only
// for those values (five classes: 0x01 00–1F and F0–FF, 0x02 '"', 0x04
// '\\', 0x08 C0 C1, 0x10 E0 ED); misplaced continuations as in
// BlockVectorsOf.
__attribute__((target("avx2"), always_inline)) inline bool WideHasStop(__m256i x,
                                                                       __m256i one_before,
                                                                       __m256i two_before) {
  // clang-format off
  const __m256i by_high = _mm256_setr_epi8(
      0x01, 0x01, 0x02, 0, 0, 0x04, 0, 0, 0, 0, 0, 0, 0x08, 0, 0x10, 0x01,
      0x01, 0x01, 0x02, 0, 0, 0x04, 0, 0, 0, 0, 0, 0, 0x08, 0, 0x10, 0x01);
  const __m256i by_low = _mm256_setr_epi8(
      0x19, 0x09, 0x03, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x05, 0x11, 0x01, 0x01,
      0x19, 0x09, 0x03, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x05, 0x11, 0x01, 0x01);
  // clang-format on
  const __m256i nibble = WideByte(0x0F);
  const __m256i high = _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble);
  const __m256i flagged = _mm256_and_si256(
      _mm256_shuffle_epi8(by_high, high), _mm256_shuffle_epi8(by_low, _mm256_and_si256(x, nibble)));
  const __m256i unwanted =
      _mm256_cmpeq_epi8(_mm256_or_si256(_mm256_subs_epu8(one_before, WideByte(0xBF)),
                                        _mm256_subs_epu8(two_before, WideByte(0xDF))),
                        _mm256_setzero_si256());
  const __m256i misplaced =
      _mm256_cmpeq_epi8(_mm256_cmpgt_epi8(WideByte(0xC0), x), unwanted);  // 80–BF (signed)
  const __m256i stops = _mm256_or_si256(flagged, misplaced);
  return _mm256_testz_si256(stops, stops) == 0;
}

// The same for the block at `at`, read where it lies (at[-2], at[-1]
// readable).
__attribute__((target("avx2"), always_inline)) inline bool WideBlockHasStop(const char* at) {
  return WideHasStop(LoadWide(at), LoadWide(at - 1), LoadWide(at - 2));
}

// The same for a string's first block (zeros before it), from the block
// alone: its bytes moved up by one and by two within the register, the
// low lane filled with zeros and the high lane with the low lane's last
// bytes (permute, then alignr per lane).
__attribute__((target("avx2"), always_inline)) inline bool FirstWideBlockHasStop(__m256i x) {
  const __m256i low_up = _mm256_permute2x128_si256(x, x, 0x08);  // [0, x.low]
  return WideHasStop(x, _mm256_alignr_epi8(x, low_up, 15), _mm256_alignr_epi8(x, low_up, 14));
}
#endif

}  // namespace

#if !defined(__SSE2__)
namespace {
JsonBlockMasks MasksOf(const char* block, const char* before) {
  return JsonBlockMasksPortable(block, before);
}
}  // namespace
#endif

JsonBlockMasks JsonBlockMasksAt(const char* block, const char* before) {
  return MasksOf(block, before);
}

#if defined(CONGVAN_JSON_AVX2)
__attribute__((target("avx2"), flatten)) JsonBlockMasks JsonBlockMasksAvx2(const char* block,
                                                                           const char* before) {
  // The two bytes before, then the block: the shifted loads read from a copy.
  char bytes[34];
  std::memcpy(bytes, before, 2);
  std::memcpy(bytes + 2, block, 32);
  const BlockVectors<text::Lanes32> v =
      BlockVectorsOf<text::Lanes32>(LoadWide(bytes + 2), LoadWide(bytes + 1), LoadWide(bytes));
  return {static_cast<uint32_t>(_mm256_movemask_epi8(v.escape)),
          static_cast<uint32_t>(_mm256_movemask_epi8(v.suspect))};
}

__attribute__((target("avx2"))) bool JsonBlockPassesAvx2(const char* block, const char* before) {
  char bytes[34];
  std::memcpy(bytes, before, 2);
  std::memcpy(bytes + 2, block, 32);
  return !WideBlockHasStop(bytes + 2);
}
#else
bool JsonBlockPassesAvx2(const char* block, const char* before) {
  const JsonBlockMasks m = JsonBlockMasksAvx2(block, before);
  return (m.escape | m.suspect) == 0;
}
JsonBlockMasks JsonBlockMasksAvx2(const char* block, const char* before) {
  JsonBlockMasks low = JsonBlockMasksPortable(block, before);
  const JsonBlockMasks high = JsonBlockMasksPortable(block + 16, block + 14);
  low.escape |= high.escape << 16;
  low.suspect |= high.suspect << 16;
  return low;
}
#endif

namespace {

constexpr uint32_t BitsBelow(size_t n) { return (uint32_t{1} << n) - 1; }
size_t FirstBit(uint32_t bits) { return static_cast<size_t>(std::countr_zero(bits)); }

// The two bytes before s[at], where they lie in the string, else at `copy`
// (zeros before the string's start).
const char* TwoBytesBefore(std::string_view s, size_t at, char* copy) {
  if (at >= 2) return s.data() + at - 2;
  copy[0] = 0;
  copy[1] = at == 1 ? s[0] : 0;
  return copy;
}

// The masks of the bytes s[i…i+15] (bits past the string's end cleared):
// the block read where it lies, or the block ending at the string's end, or
// (a string shorter than a block) a copy padded with zeros.
// The masks of one block, by the portable test or by SSE2's.
template <JsonScan kScan>
[[gnu::always_inline]] inline JsonBlockMasks MasksOfBlock(const char* block, const char* before) {
  if constexpr (kScan == JsonScan::kPortable) {
    return JsonBlockMasksPortable(block, before);
  } else {
    return MasksOf(block, before);
  }
}

template <JsonScan kScan>
[[gnu::always_inline]] inline JsonBlockMasks MasksAt(std::string_view s, size_t i) {
  const size_t size = s.size();
  char before[2];
  if (size - i >= kBlock) return MasksOfBlock<kScan>(s.data() + i, TwoBytesBefore(s, i, before));
  const size_t limit = size - i;
  JsonBlockMasks m;
  if (size >= kBlock) {
    const size_t from = size - kBlock, drop = i - from;
    m = MasksOfBlock<kScan>(s.data() + from, TwoBytesBefore(s, from, before));
    m.escape >>= drop;
    m.suspect >>= drop;
  } else {
    char bytes[kBlock] = {};
    std::memcpy(bytes, s.data() + i, limit);
    m = MasksOfBlock<kScan>(bytes, TwoBytesBefore(s, i, before));
  }
  m.escape &= BitsBelow(limit);
  m.suspect &= BitsBelow(limit);
  return m;
}

// The start of the character in question at the suspect byte s[k] (at or
// after `from`, a character boundary): the lead one or two bytes before
// when it wanted s[k] as a continuation (a sequence cut short), else s[k]
// itself (a stray continuation, a lead left to ICU). Always a byte ≥ 0x80.
size_t CharacterInQuestion(std::string_view s, size_t from, size_t k) {
  const auto at = [&](size_t j) { return static_cast<uint8_t>(s[j]); };
  if (k >= from + 1 && at(k - 1) >= 0xC0) return k - 1;
  if (k >= from + 2 && at(k - 2) >= 0xE0) return k - 2;
  return k;
}

// The first byte at or after `i` (a character boundary) that the scan does
// not pass: one to escape, or a non-ASCII byte where ICU must decide;
// s.size() when there is none. See the top of the file.
#if defined(__SSE2__)
// The first i' ≥ i where the block at i' holds a byte to escape or a suspect
// one, or fewer than sixteen bytes are left. REQUIRES: i ≥ 2 (the block's
// two bytes before it are read where they lie).
[[gnu::always_inline]] inline size_t SkipCleanBlocks(std::string_view s, size_t i) {
  const char* p = s.data();
  const auto load = [](const char* at) {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
  };
  for (const size_t size = s.size(); size - i >= kBlock; i += kBlock) {
    const BlockVectors<text::Lanes16> v =
        BlockVectorsOf<text::Lanes16>(load(p + i), load(p + i - 1), load(p + i - 2));
    if (Mask(_mm_or_si128(v.escape, v.suspect)) != 0) break;
  }
  return i;
}
#endif

// Where the scan stops in the block at s[i] whose masks `m` hold a stop:
// the byte to escape, or the start of the character in question. `from`:
// where the scan began (a character boundary).
[[gnu::always_inline]] inline size_t StopInBlock(std::string_view s, size_t from, size_t i,
                                                 JsonBlockMasks m) {
  const size_t escape = FirstBit(m.escape), suspect = FirstBit(m.suspect);  // 32: none
  if (escape < suspect) return i + escape;
  return CharacterInQuestion(s, from, i + suspect);
}

// Where the scan stops once every block passed: at a lead in the last two
// bytes that wants bytes past the end, else at the end.
[[gnu::always_inline]] inline size_t StopAtEnd(std::string_view s, size_t from) {
  const size_t size = s.size();
  if (size >= from + 1 && static_cast<uint8_t>(s[size - 1]) >= 0xC0) return size - 1;
  if (size >= from + 2 && static_cast<uint8_t>(s[size - 2]) >= 0xE0) return size - 2;
  return size;
}

#if defined(CONGVAN_JSON_AVX2)
constexpr size_t kWideBlock = 32;  // bytes the AVX2 scan reads at once

// (flatten: the lanes' operations inline here, see text/byte_lanes.h.)
__attribute__((target("avx2"), always_inline, flatten)) inline JsonBlockMasks WideMasks(
    const char* at) {
  const BlockVectors<text::Lanes32> v =
      BlockVectorsOf<text::Lanes32>(LoadWide(at), LoadWide(at - 1), LoadWide(at - 2));
  return {static_cast<uint32_t>(_mm256_movemask_epi8(v.escape)),
          static_cast<uint32_t>(_mm256_movemask_epi8(v.suspect))};
}

// MasksAt for thirty-two bytes: the masks of s[i…i+31], bits past the end
// cleared; the block read where it lies, or the block ending at the
// string's end, or (a string start, a string shorter than 34 bytes) a copy
// with the two bytes before it and zeros after the end.
__attribute__((target("avx2"), always_inline)) inline JsonBlockMasks WideMasksAt(std::string_view s,
                                                                                 size_t i) {
  const size_t size = s.size(), left = size - i;
  const char* p = s.data();
  if (i >= 2 && left >= kWideBlock) return WideMasks(p + i);
  if (left < kWideBlock && size >= kWideBlock + 2) {
    const size_t from = size - kWideBlock, drop = i - from;
    JsonBlockMasks m = WideMasks(p + from);
    m.escape >>= drop;
    m.suspect >>= drop;
    return m;
  }
  char bytes[2 + kWideBlock] = {};
  const size_t take = std::min(left, kWideBlock), before = std::min<size_t>(i, 2);
  std::memcpy(bytes + 2 - before, p + i - before, before + take);
  JsonBlockMasks m = WideMasks(bytes + 2);
  if (take < kWideBlock) {
    m.escape &= BitsBelow(take);
    m.suspect &= BitsBelow(take);
  }
  return m;
}

// NextStop thirty-two bytes at a time, the first and last blocks of a string
// included. Not inlined: its caller is not compiled for AVX2; one call per
// stop.
__attribute__((target("avx2"), noinline)) size_t NextStopAvx2(std::string_view s, size_t i) {
  const size_t from = i, size = s.size();
  const char* p = s.data();
  while (i < size) {
    if (i >= 2) {  // the common case: whole clean blocks
      for (; size - i >= kWideBlock; i += kWideBlock) {
        if (WideBlockHasStop(p + i)) break;
      }
      if (i >= size) break;
    }
    const JsonBlockMasks m = WideMasksAt(s, i);
    if ((m.escape | m.suspect) != 0) return StopInBlock(s, from, i, m);
    i += std::min(kWideBlock, size - i);
  }
  return StopAtEnd(s, from);
}
#endif

#if defined(CONGVAN_JSON_AVX2)
__attribute__((target("avx2"), always_inline)) inline void StoreWide(char* at, __m256i x) {
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(at), x);
}

// A string of at least 34 bytes with no byte to escape and none left to
// ICU (nearly every task's text): each block stored to `out` as it passes,
// in the scan's one pass (NextStopAvx2 found the end, then the run was
// copied by memcpy, and the first block went through a copy on the stack).
// The first block's bytes before come from the register (zeros before the
// string); the last block is the one ending at the string's end, read in
// place. Returns the end, or null at the first block that does not pass
// (what was stored is then written over by the escape proper).
__attribute__((target("avx2"))) char* CopyCleanStringAvx2(char* out, std::string_view s) {
  const char* p = s.data();
  const size_t size = s.size();
  const __m256i first = LoadWide(p);
  if (FirstWideBlockHasStop(first)) return nullptr;
  StoreWide(out, first);
  size_t i = kWideBlock;
  for (; size - i >= kWideBlock; i += kWideBlock) {
    const __m256i x = LoadWide(p + i);
    if (WideHasStop(x, LoadWide(p + i - 1), LoadWide(p + i - 2))) return nullptr;
    StoreWide(out + i, x);
  }
  if (i < size) {
    const size_t last = size - kWideBlock;  // at least 2 bytes in
    const __m256i x = LoadWide(p + last);
    if (WideHasStop(x, LoadWide(p + last - 1), LoadWide(p + last - 2))) return nullptr;
    StoreWide(out + last, x);
  }
  if (StopAtEnd(s, 0) != size) return nullptr;
  return out + size;
}
#endif

// The first byte at or after `i` (a character boundary) that the scan does
// not pass: one to escape, or a non-ASCII byte where ICU must decide;
// s.size() when there is none. See the top of the file.
template <JsonScan kScan>
[[gnu::always_inline]] inline size_t NextStop(std::string_view s, size_t i) {
#if defined(CONGVAN_JSON_AVX2)
  if constexpr (kScan == JsonScan::kAvx2) return NextStopAvx2(s, i);
#endif
  const size_t from = i, size = s.size();
  while (i < size) {
#if defined(__SSE2__)
    if constexpr (kScan == JsonScan::kSse2) {
      if (i >= 2) i = SkipCleanBlocks(s, i);  // the common case: whole clean blocks
      if (i >= size) break;
    }
#endif
    const JsonBlockMasks m = MasksAt<kScan>(s, i);
    if ((m.escape | m.suspect) != 0) return StopInBlock(s, from, i, m);
    i += std::min(kBlock, size - i);
  }
  return StopAtEnd(s, from);
}

// Length of the valid UTF-8 sequence at `i` (a byte >= 0x80), or 0 for an
// ill-formed one or a surrogate: ICU's U8_NEXT decides.
size_t ValidSequenceLength(std::string_view s, size_t i) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data()) + i;
  const auto left = static_cast<int32_t>(std::min<size_t>(s.size() - i, 4));
  int32_t at = 0;
  UChar32 c;
  U8_NEXT(bytes, at, left, c);
  if (c < 0 || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  return static_cast<size_t>(at);
}

char* WriteEscape(char* out, unsigned char c) {
  char second = 0;
  switch (c) {
    case '"':
      second = '"';
      break;
    case '\\':
      second = '\\';
      break;
    case '\b':
      second = 'b';
      break;
    case '\f':
      second = 'f';
      break;
    case '\n':
      second = 'n';
      break;
    case '\r':
      second = 'r';
      break;
    case '\t':
      second = 't';
      break;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      std::memcpy(out, escaped, sizeof escaped);
      return out + sizeof escaped;
    }
  }
  out[0] = '\\';
  out[1] = second;
  return out + 2;
}

// EscapeJsonChars after the short-string test, reading blocks the given way.
template <JsonScan kScan>
char* EscapeCharsWith(char* out, std::string_view s) {
  size_t run = 0;  // first byte not yet copied
  size_t i = 0;
  while ((i = NextStop<kScan>(s, i)) < s.size()) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte >= 0x80) {
      const size_t length = ValidSequenceLength(s, i);
      if (length == 0) return nullptr;
      i += length;
      continue;
    }
    std::memcpy(out, s.data() + run, i - run);
    out = WriteEscape(out + (i - run), byte);
    run = ++i;
  }
  std::memcpy(out, s.data() + run, s.size() - run);
  return out + (s.size() - run);
}

template <JsonScan kScan>
bool EscapableAsIsWith(std::string_view s) {
  size_t i = 0;
  while ((i = NextStop<kScan>(s, i)) < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t length = ValidSequenceLength(s, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

// The widest scan the machine runs, asked once.
const JsonScan kWidestScan = JsonScanRuns(JsonScan::kAvx2)   ? JsonScan::kAvx2
                             : JsonScanRuns(JsonScan::kSse2) ? JsonScan::kSse2
                                                             : JsonScan::kPortable;

}  // namespace

char* EscapeJsonCharsWith(JsonScan scan, char* out, std::string_view s) {
  if (s.size() < kBlock && CopiedShortPlainAscii(out, s)) return out + s.size();
  switch (scan) {
    case JsonScan::kAvx2:
#if defined(CONGVAN_JSON_AVX2)
      if (s.size() >= kWideBlock + 2) {
        if (char* end = CopyCleanStringAvx2(out, s)) return end;
      }
#endif
      return EscapeCharsWith<JsonScan::kAvx2>(out, s);
    case JsonScan::kSse2:
      return EscapeCharsWith<JsonScan::kSse2>(out, s);
    case JsonScan::kPortable:
      break;
  }
  return EscapeCharsWith<JsonScan::kPortable>(out, s);
}

char* EscapeJsonChars(char* out, std::string_view s) {
  if (s.size() < kBlock && CopiedShortPlainAscii(out, s)) return out + s.size();
  if (kWidestScan != JsonScan::kAvx2) return EscapeCharsWith<JsonScan::kSse2>(out, s);
#if defined(CONGVAN_JSON_AVX2)
  // A clean string of 34 bytes or more (nearly every task's text) in one
  // pass; else the scan proper.
  if (s.size() >= kWideBlock + 2) {
    if (char* end = CopyCleanStringAvx2(out, s)) return end;
  }
#endif
  return EscapeCharsWith<JsonScan::kAvx2>(out, s);
}

char* EscapeJsonCharsWithin16(char* out, std::string_view s) {
  const size_t n = s.size();
  static constexpr char kNothingBefore[2] = {};
  const JsonBlockMasks m = JsonBlockMasksAt(s.data(), kNothingBefore);
  if (((m.escape | m.suspect) & BitsBelow(n)) == 0 && StopAtEnd(s, 0) == n) {
    std::memcpy(out, s.data(), kBlock);
    return out + n;
  }
  return EscapeJsonChars(out, s);
}

char* EscapeJsonString(char* out, std::string_view s) {
  *out = '"';
  char* end = EscapeJsonChars(out + 1, s);
  if (end == nullptr) return nullptr;
  *end = '"';
  return end + 1;
}

bool EscapableAsIs(std::string_view s) {
  return kWidestScan == JsonScan::kAvx2 ? EscapableAsIsWith<JsonScan::kAvx2>(s)
                                        : EscapableAsIsWith<JsonScan::kSse2>(s);
}

std::string NlohmannJsonString(std::string_view s) {
  return nlohmann::json(std::string(s))
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void AppendJsonString(std::string& out, std::string_view s) {
  const size_t start = out.size();
  out.resize(start + JsonEscapedBound(s.size()));
  char* end = EscapeJsonString(out.data() + start, s);
  if (end == nullptr) {
    out.resize(start);
    out += NlohmannJsonString(s);
    return;
  }
  out.resize(static_cast<size_t>(end - out.data()));
}

}  // namespace congvan::io_internal
