// The reader's UTF-8 census (utf8_census.h).
//
// Approach: every byte of every plain-text input passes here once, and a
// Vietnamese text has a non-ASCII character about every fourth character, so
// a loop that stops at each of them costs ≈ 50 instructions a character
// (decode, range tests, the reload of the next sixteen bytes). Instead the
// text is read sixteen bytes at a time (SSE2): a
// block whose bytes are only ASCII, two-byte sequences led by C2–CB
// (U+0080–U+02FF: Latin-1, Latin Extended-A/B, IPA, spacing modifiers —
// "đ ơ ư ă" and the vowels with one mark) and three-byte sequences E1 B8–BB
// xx (U+1E00–U+1EFF: "ạ ả ấ …"), every continuation byte exactly where a
// lead wants one, is well-formed and made of NFC-stable starters (every
// character of those two ranges is one: checked against NfcStarters, ICU's
// answers, when the table is built, else the block path is off). Whether a
// byte is where a continuation belongs is read from the block loaded again
// one and two bytes earlier (after C0–FF, two after E0–FF), so a sequence
// across a block's end needs no carry — the next block checks it — and a
// passing block costs one mask (≈ 30 vector operations; the test before
// this one built five masks and combined them in scalar code). Characters
// are counted by their lead bytes. A block that fails — a quotation mark “
// (E2 80 9C), a combining mark, a four-byte character, an ill-formed
// sequence — is read character by character from its start (from the lead
// of a sequence the previous block began, then uncounted), and blocks start
// again only where neither byte before is a lead (one U8_NEXT found
// ill-formed would pass a stray continuation after it): the common shapes
// decoded inline with a bitmap of NfcStarters' answers, anything else through
// U8_NEXT and NfcStarters::Has, so the counts are U8_NEXT's and the answer
// NfcStarters' (tests/read/utf8_census_test.cc compares with a plain U8_NEXT
// loop on every corpus text, cut, in NFD and with bytes broken). Where the
// processor has AVX2 (asked at run time: the engine is built for any
// x86-64), a run of passing blocks is read thirty-two bytes a turn with the
// same test in AVX2's three-operand forms (PassWideBlocks; on the 20 MB law
// the census went from 51 M instructions to 22 M): the test is written once,
// a template over the lanes (TestBlock<Lanes16>, TestBlock<Lanes32>,
// text/byte_lanes.h); the sixteen-byte loop
// then takes the rest of the run and the block that failed. The tests run
// every way the machine has (portable, SSE2, AVX2) against the U8_NEXT loop.
#include "read/utf8_census.h"

#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
// AVX2 is not assumed (the engine is built for any x86-64): its functions
// carry their own target and run only where the processor reports it.
#if defined(CONGVAN_TARGETS_AVX2)  // text/cpu_features.h
#define CONGVAN_CENSUS_AVX2 1
#include <immintrin.h>
#endif

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>

#include "text/byte_lanes.h"
#include "text/cpu_features.h"
#include "text/nfc_starters.h"

namespace congvan::read_internal {
namespace {

// NfcStarters' answers as bits: U+0000–U+07FF and U+1E00–U+1EFF (the two
// blocks nearly every non-ASCII character of a Vietnamese text is in), and
// U+2000–U+207F (General Punctuation; U+2070–U+207F, outside NfcStarters'
// block, hold "not known", false).
class StarterBits {
 public:
  static const StarterBits& Get() {
    static const StarterBits bits;
    return bits;
  }
  // REQUIRES: c < 0x800.
  uint64_t Low(uint32_t c) const { return (low_[c >> 6] >> (c & 63)) & 1; }
  // c: a code point of three bytes (U+0800–U+FFFF); 0 when not tabled.
  uint64_t Three(uint32_t c) const {
    if (c - kExtendedFirst < 0x100) {
      const uint32_t k = c - kExtendedFirst;
      return (extended_[k >> 6] >> (k & 63)) & 1;
    }
    if (c - kPunctuationFirst < 0x80) {
      const uint32_t k = c - kPunctuationFirst;
      return (punctuation_[k >> 6] >> (k & 63)) & 1;
    }
    return text::NfcStarters::Get().Has(static_cast<UChar32>(c)) ? 1 : 0;
  }
  // Whether every character of U+0080–U+02FF and U+1E00–U+1EFF is a starter
  // (what a block read whole assumes).
  bool BlockRangesAreStarters() const { return block_ranges_are_starters_; }

 private:
  static constexpr uint32_t kExtendedFirst = 0x1E00, kPunctuationFirst = 0x2000;
  StarterBits() {
    const text::NfcStarters& starters = text::NfcStarters::Get();
    for (uint32_t c = 0; c < 0x800; ++c) Set(low_.data(), c, starters.Has(static_cast<UChar32>(c)));
    for (uint32_t k = 0; k < 0x100; ++k) {
      Set(extended_.data(), k, starters.Has(static_cast<UChar32>(kExtendedFirst + k)));
    }
    for (uint32_t k = 0; k < 0x80; ++k) {
      Set(punctuation_.data(), k, starters.Has(static_cast<UChar32>(kPunctuationFirst + k)));
    }
    for (uint32_t c = 0x80; c < 0x300; ++c) block_ranges_are_starters_ &= Low(c) == 1;
    for (uint32_t k = 0; k < 0x100; ++k)
      block_ranges_are_starters_ &= Three(kExtendedFirst + k) == 1;
  }
  static void Set(uint64_t* bits, uint32_t k, bool on) {
    if (on) bits[k >> 6] |= uint64_t{1} << (k & 63);
  }
  std::array<uint64_t, 32> low_{};
  std::array<uint64_t, 4> extended_{};
  std::array<uint64_t, 2> punctuation_{};
  bool block_ranges_are_starters_ = true;
};

// The census so far, as CountUtf8's loops keep it (in locals: they are
// passed by reference to an inlined function only).
struct Counts {
  int valid = 0, invalid = 0;
  uint64_t starters = 1;  // bit 0: every character so far a starter
};

// Reads the characters from s[i] until one ends at or after `stop` (before
// n), one at a time; returns where the last one ended.
[[gnu::always_inline]] inline int32_t ReadCharacters(const uint8_t* s, int32_t i, int32_t stop,
                                                     int32_t n, const StarterBits& bits,
                                                     Counts& counts) {
  while (i < stop) {
    const uint32_t lead = s[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    // Two bytes, C2–DF and a continuation: U8_NEXT takes these with no other test.
    if (lead - 0xC2 < 0x1E && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
      counts.starters &= bits.Low(((lead & 0x1F) << 6) | (s[i + 1] & 0x3F));
      ++counts.valid;
      i += 2;
      continue;
    }
    // Three bytes, E1–EC or EE–EF and two continuations: no overlong form or
    // surrogate can be spelt with these leads.
    if (lead - 0xE1 < 0x0F && lead != 0xED && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80) {
      counts.starters &=
          bits.Three(((lead & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F));
      ++counts.valid;
      i += 3;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      ++counts.invalid;
    } else {
      ++counts.valid;
      counts.starters &= text::NfcStarters::Get().Has(c) ? 1 : 0;
    }
  }
  return i;
}

#if defined(__SSE2__)
// The block test on the L::kWidth bytes at p (p[-2] and p[-1] readable): a
// mask of the bytes that fail it, and a one for every lead it counts. One
// template for sixteen and thirty-two lanes (text/byte_lanes.h).
template <class L>
struct Block {
  typename L::V failing, lead_ones;
};
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"  // Lanes32: only inlined into AVX2 code
template <class L>
[[gnu::always_inline]] inline Block<L> TestBlock(const uint8_t* p) {
  const typename L::V zero = L::Zero();
  const typename L::V x = L::Load(p), one_before = L::Load(p - 1), two_before = L::Load(p - 2);
  // Signed compares: 0x80–0xFF read as −128…−1.
  const typename L::V high = L::Greater(zero, x);                   // 80–FF
  const typename L::V continuation = L::Greater(L::Byte(0xC0), x);  // 80–BF
  // No continuation wanted: nothing left of (byte before − BF) nor of (two
  // before − DF), saturated at zero. Misplaced: a continuation exactly where
  // none is wanted, or the reverse (the two masks equal).
  const typename L::V unwanted = L::Eq(
      L::Or(L::SubSat(one_before, L::Byte(0xBF)), L::SubSat(two_before, L::Byte(0xDF))), zero);
  const typename L::V misplaced = L::Eq(continuation, unwanted);
  // The leads of the block test: C2–CB (x + 3E wraps them to 0–9) and E1.
  const typename L::V two_byte_lead =
      L::Eq(L::SubSat(L::Add(x, L::Byte(0x3E)), L::Byte(0x09)), zero);
  const typename L::V leads = L::Or(two_byte_lead, L::Eq(x, L::Byte(0xE1)));
  const typename L::V other_lead = L::AndNot(L::Or(continuation, leads), high);
  // After E1, B8–BB (their top six bits).
  const typename L::V not_extended =
      L::AndNot(L::Eq(L::And(x, L::Byte(0xFC)), L::Byte(0xB8)), L::Eq(one_before, L::Byte(0xE1)));
  return {L::Or(L::Or(misplaced, other_lead), not_extended), L::And(leads, L::Byte(1))};
}
#pragma GCC diagnostic pop

// Where the character that a passed block's last lead began starts, when
// s[i] is one of its continuation bytes (that lead was counted: uncounted,
// as the character is read again from it); else i.
int32_t BackToLead(const uint8_t* s, int32_t i, Counts& counts) {
  if (s[i - 1] >= 0xC0 || s[i - 2] >= 0xE0) {
    --counts.valid;
    return s[i - 1] >= 0xC0 ? i - 1 : i - 2;
  }
  return i;
}

#if defined(CONGVAN_CENSUS_AVX2)
// From s[i] (i ≥ 2), the thirty-two-byte blocks that pass TestBlock<Lanes32>
// (the sixteen-byte test, twice as wide); their leads are added to
// `leads`. Returns where the run stopped: at a block that fails (whose
// first half may still pass the sixteen-byte test) or fewer than
// thirty-two bytes before n. Not inlined: its caller is not compiled for
// AVX2; one call per run.
__attribute__((target("avx2"), noinline, flatten)) int32_t PassWideBlocks(const uint8_t* s,
                                                                          int32_t i, int32_t n,
                                                                          int64_t& leads) {
  const __m256i zero = _mm256_setzero_si256();
  __m256i counted = zero;  // four 64-bit sums of lead bytes
  for (; n - i >= 32; i += 32) {
    const Block<text::Lanes32> block = TestBlock<text::Lanes32>(s + i);
    if (_mm256_movemask_epi8(block.failing) != 0) break;
    counted = _mm256_add_epi64(counted, _mm256_sad_epu8(block.lead_ones, zero));
  }
  const __m128i pairs =
      _mm_add_epi64(_mm256_castsi256_si128(counted), _mm256_extracti128_si256(counted, 1));
  leads += _mm_cvtsi128_si64(pairs) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(pairs, pairs));
  return i;
}
#endif

// Reads sixteen-byte blocks from s[i] (i ≥ 2, a character's start) while
// sixteen bytes remain: a block of ASCII,
// C2–CB + continuation and E1 B8–BB + continuation (see the top) is counted
// by its leads, any other block character by character. Returns where it
// stopped, at a character's start. `kWide`: runs of passing blocks are
// first read thirty-two bytes at a time (PassWideBlocks).
template <bool kWide>
int32_t ReadBlocks(const uint8_t* s, int32_t i, int32_t n, const StarterBits& bits,
                   Counts& counts) {
  const __m128i zero = _mm_setzero_si128();
  __m128i leads_counted = zero;  // two 64-bit sums of lead bytes
  int64_t wide_leads = 0;        // the leads PassWideBlocks counted
  bool after_block = false;      // s[i] follows a block that passed
  while (n - i >= 16) {
    // After characters read one by one, a byte before s[i] may be a lead that
    // U8_NEXT found ill-formed: the test would take a stray continuation at
    // s[i] for its. Read on until neither byte before is a lead.
    if (!after_block && (s[i - 1] >= 0xC0 || s[i - 2] >= 0xE0)) {
      i = ReadCharacters(s, i, i + 1, n, bits, counts);
      continue;
    }
    const int32_t run_start = i;  // a run of blocks that pass
#if defined(CONGVAN_CENSUS_AVX2)
    if constexpr (kWide) i = PassWideBlocks(s, i, n, wide_leads);
#endif
    for (; n - i >= 16; i += 16) {
      const Block<text::Lanes16> block = TestBlock<text::Lanes16>(s + i);
      if (_mm_movemask_epi8(block.failing) != 0) break;
      leads_counted = _mm_add_epi64(leads_counted, _mm_sad_epu8(block.lead_ones, zero));
    }
    after_block = i != run_start;
    if (n - i < 16) break;
    if (after_block) i = BackToLead(s, i, counts);
    i = ReadCharacters(s, i, i + 16, n, bits, counts);
    after_block = false;
  }
  if (after_block) i = BackToLead(s, i, counts);  // a lead wanting bytes from s[i] on
  counts.valid +=
      static_cast<int>(wide_leads + _mm_cvtsi128_si64(leads_counted) +
                       _mm_cvtsi128_si64(_mm_unpackhi_epi64(leads_counted, leads_counted)));
  return i;
}
#endif

// The widest scan the machine runs, asked once.
const CensusScan kWidestScan = CensusScanRuns(CensusScan::kAvx2)   ? CensusScan::kAvx2
                               : CensusScanRuns(CensusScan::kSse2) ? CensusScan::kSse2
                                                                   : CensusScan::kPortable;

}  // namespace

Utf8Census CountUtf8(std::string_view bytes) { return CountUtf8With(kWidestScan, bytes); }

Utf8Census CountUtf8With(CensusScan scan, std::string_view bytes) {
  const StarterBits& bits = StarterBits::Get();
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t n = static_cast<int32_t>(std::min<size_t>(bytes.size(), INT32_MAX));
  Counts counts;
  int32_t i = 0;
#if defined(__SSE2__)
  // The first characters one by one, so that the blocks have two bytes before them.
  if (scan != CensusScan::kPortable && bits.BlockRangesAreStarters() && n >= 18) {
    i = ReadCharacters(s, 0, 2, n, bits, counts);
    i = scan == CensusScan::kAvx2 ? ReadBlocks<true>(s, i, n, bits, counts)
                                  : ReadBlocks<false>(s, i, n, bits, counts);
  }
#endif
  ReadCharacters(s, i, n, n, bits, counts);
  Utf8Census census;
  census.valid = counts.valid;
  census.invalid = counts.invalid;
  census.nfc_starters_only = counts.starters == 1 && n == static_cast<int32_t>(bytes.size());
  return census;
}

}  // namespace congvan::read_internal
