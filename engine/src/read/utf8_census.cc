// The reader's UTF-8 census (utf8_census.h).
//
// Approach: every byte of every plain-text input passes here once, and a
// Vietnamese text has a non-ASCII character about every fourth character, so
// a loop that stops at each of them costs ≈ 50 instructions a character
// (decode, range tests, the reload of the next sixteen bytes). Instead the
// text is read sixteen bytes at a time (SSE2): a block whose bytes are only
// ASCII, two-byte sequences led by C2–CB (U+0080–U+02FF: Latin-1, Latin
// Extended-A/B, IPA, spacing modifiers — "đ ơ ư ă" and the vowels with one
// mark) and three-byte sequences E1 B8–BB xx (U+1E00–U+1EFF: "ạ ả ấ …"),
// every continuation byte exactly where a lead wants one, is well-formed and
// made of NFC-stable starters (every character of those two ranges is one:
// checked against NfcStarters, ICU's answers, when the table is built, else
// the block path is off). Such a block costs a few vector compares and
// masks, and its characters are counted by their lead bytes. A character cut
// by the block's end is left to the next block. Any other block — a quotation
// mark “ (E2 80 9C), a combining mark, a four-byte character, an ill-formed
// sequence — is read character by character as before: the common shapes
// decoded inline with a bitmap of NfcStarters' answers, anything else through
// U8_NEXT and NfcStarters::Has, so the counts are U8_NEXT's and the answer
// NfcStarters' (tests/read/utf8_census_test.cc compares with a plain U8_NEXT
// loop on every corpus text, cut, in NFD and with bytes broken).
#include "read/utf8_census.h"

#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>

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
// Reads sixteen-byte blocks from s[i] while seventeen bytes remain (the byte
// after a block is read too, for a three-byte lead at its end): a block of
// ASCII, C2–CB + continuation and E1 B8–BB + continuation (see the top) is
// counted at once, any other block character by character. Returns where it
// stopped, at a character's start.
int32_t ReadBlocks(const uint8_t* s, int32_t i, int32_t n, const StarterBits& bits,
                   Counts& counts) {
  const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));  // unsigned order, signed compares
  __m128i leads_counted = _mm_setzero_si128();                  // two 64-bit sums of lead bytes
  while (n - i >= 17) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    const auto high = static_cast<unsigned>(_mm_movemask_epi8(x));
    if (high == 0) {  // ASCII
      i += 16;
      continue;
    }
    const __m128i xu = _mm_xor_si128(x, flip);
    const __m128i next_u =
        _mm_xor_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 1)), flip);
    // 80–BF (signed: below C0), C2–CB, E1; and which bytes are followed by B8–BB.
    const auto continuation = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(0xC0)))));
    const __m128i two_v = _mm_and_si128(_mm_cmpgt_epi8(xu, _mm_set1_epi8(0xC1 - 0x80)),
                                        _mm_cmplt_epi8(xu, _mm_set1_epi8(0xCC - 0x80)));
    const __m128i three_v = _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(0xE1)));
    const auto two = static_cast<unsigned>(_mm_movemask_epi8(two_v));
    const auto three = static_cast<unsigned>(_mm_movemask_epi8(three_v));
    const auto extended_next = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(next_u, _mm_set1_epi8(0xB7 - 0x80)),
                                        _mm_cmplt_epi8(next_u, _mm_set1_epi8(0xBC - 0x80)))));
    const unsigned leads = two | three;
    // A character cut by the block's end waits for the next block.
    unsigned keep = 0xFFFF;
    int32_t width = 16;
    if (leads & 0x8000) {
      keep = 0x7FFF, width = 15;
    } else if (three & 0x4000) {
      keep = 0x3FFF, width = 14;
    }
    // The continuations the kept leads want, all inside the kept bytes (a lead
    // before a cut one wants a byte the cut one holds: not simple).
    const unsigned wanted = ((two & keep) << 1) | ((three & keep) << 1) | ((three & keep) << 2);
    const bool simple = ((((high ^ (continuation | leads)) | (three & ~extended_next)) & keep) |
                         ((continuation & keep) ^ wanted)) == 0;
    if (simple) {
      // One per lead byte, summed by bytes (SSE2 has no popcount); a lead cut
      // by the block's end is not this block's.
      leads_counted = _mm_add_epi64(
          leads_counted, _mm_sad_epu8(_mm_and_si128(_mm_or_si128(two_v, three_v), _mm_set1_epi8(1)),
                                      _mm_setzero_si128()));
      counts.valid -= width < 16 ? 1 : 0;
      i += width;
      continue;
    }
    i = ReadCharacters(s, i, i + 16, n, bits, counts);
  }
  counts.valid +=
      static_cast<int>(_mm_cvtsi128_si64(leads_counted) +
                       _mm_cvtsi128_si64(_mm_unpackhi_epi64(leads_counted, leads_counted)));
  return i;
}
#endif

}  // namespace

Utf8Census CountUtf8(std::string_view bytes) {
  const StarterBits& bits = StarterBits::Get();
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t n = static_cast<int32_t>(std::min<size_t>(bytes.size(), INT32_MAX));
  Counts counts;
  int32_t i = 0;
#if defined(__SSE2__)
  if (bits.BlockRangesAreStarters()) i = ReadBlocks(s, i, n, bits, counts);
#endif
  ReadCharacters(s, i, n, n, bits, counts);
  Utf8Census census;
  census.valid = counts.valid;
  census.invalid = counts.invalid;
  census.nfc_starters_only = counts.starters == 1 && n == static_cast<int32_t>(bytes.size());
  return census;
}

}  // namespace congvan::read_internal
