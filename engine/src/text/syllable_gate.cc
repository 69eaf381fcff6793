// The word pairs a broken syllable could be joined at (see syllable_gate.h):
// the lists' shape checked once, then the text classified 64 bytes at a time
// into masks and the pairs the masks leave open found with a few additions.
#include "text/syllable_gate.h"

#include <unicode/utf8.h>

#if defined(CONGVAN_TARGETS_AVX2)
#include <immintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "text/byte_lanes.h"

namespace congvan::text {
namespace {

// The Vietnamese letters as toneless lower-case keys: 'v' a vowel, 'c' a
// consonant, 0 anything else.
char KeyLetterClass(UChar32 c) {
  static constexpr std::u32string_view kVowels = U"aeiouyăâêôơư";
  static constexpr std::u32string_view kConsonants = U"bcdđfghjklmnpqrstvwxz";
  if (kVowels.find(static_cast<char32_t>(c)) != std::u32string_view::npos) return 'v';
  if (kConsonants.find(static_cast<char32_t>(c)) != std::u32string_view::npos) return 'c';
  return 0;
}

// What a key holds of the shape "vowel … consonant … vowel", in order.
struct KeyShape {
  bool vowel = false;                 // a vowel
  bool vowel_then_consonant = false;  // a vowel, later a consonant
  bool consonant_then_vowel = false;  // a consonant, later a vowel
  bool split_vowels = false;          // a vowel, later a consonant, later a vowel
};

KeyShape ShapeOf(const std::string& key) {
  KeyShape s;
  bool consonant = false;
  const auto* p = reinterpret_cast<const uint8_t*>(key.data());
  const auto n = static_cast<int32_t>(key.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    const char kind = KeyLetterClass(c);
    if (kind == 'v') {
      if (s.vowel_then_consonant) s.split_vowels = true;
      if (consonant) s.consonant_then_vowel = true;
      s.vowel = true;
    } else if (kind == 'c') {
      consonant = true;
      if (s.vowel) s.vowel_then_consonant = true;
    }
  }
  return s;
}

constexpr size_t kWindow = 64;
constexpr size_t kReadPast = 2;  // the classifier reads two bytes past the window

// The two-byte Vietnamese vowels (toneless keys a ă â e ê i o ô ơ u ư y), by
// code point; the three-byte ones are U+1EA0…U+1EF9 (all carry a tone).
constexpr std::array<uint16_t, 42> kTwoByteVowels = {
    0xC0, 0xC1, 0xC2, 0xC3, 0xC8,  0xC9,  0xCA,  0xCC,  0xCD,  0xD2,  0xD3,  0xD4,  0xD5,  0xD9,
    0xDA, 0xDD, 0xE0, 0xE1, 0xE2,  0xE3,  0xE8,  0xE9,  0xEA,  0xEC,  0xED,  0xF2,  0xF3,  0xF4,
    0xF5, 0xF9, 0xFA, 0xFD, 0x102, 0x103, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0};

// A Vietnamese vowel written with two or three bytes starts at `q`.
bool MultiByteVowelAt(const unsigned char* q) {
  if (q[0] == 0xE1) return (q[1] == 0xBA && q[2] >= 0xA0) || (q[1] == 0xBB && q[2] <= 0xB9);
  if (q[0] < 0xC2 || q[0] > 0xDF || (q[1] & 0xC0) != 0x80) return false;
  const auto c = static_cast<uint16_t>(((q[0] & 0x1F) << 6) | (q[1] & 0x3F));
  return std::find(kTwoByteVowels.begin(), kTwoByteVowels.end(), c) != kTwoByteVowels.end();
}

// The ASCII classes, byte by byte.
constexpr uint8_t kBreak = 1, kVowel = 2, kConsonant = 4, kSign = 8;
constexpr std::array<uint8_t, 256> kAsciiClass = [] {
  std::array<uint8_t, 256> t{};
  for (char c : std::string_view(" \n\t")) t[static_cast<unsigned char>(c)] = kBreak;
  for (char c : std::string_view("#$%&*+-/0123456789<=>")) t[static_cast<unsigned char>(c)] = kSign;
  for (int c = 'a'; c <= 'z'; ++c) {
    const bool vowel =
        std::string_view("aeiouy").find(static_cast<char>(c)) != std::string_view::npos;
    t[static_cast<size_t>(c)] = t[static_cast<size_t>(c - 32)] = vowel ? kVowel : kConsonant;
  }
  return t;
}();

// Bits at the break after the second word of each pair in the window that
// the shape leaves open; a pair whose second word ends past the window has
// none (it is decided in the next window).
uint64_t OpenPairEnds(const ShapeMasks& m) {
  const uint64_t breaks = m.breaks, word = ~breaks;
  // A window starts at a break or at a word's first byte.
  const uint64_t starts = word & ((breaks << 1) | 1);
  // A carry from a word's start runs through its bytes until it meets a
  // zero: a vowel (a sign) in the word, or else the break after it.
  const uint64_t no_vowel_end = ((word & ~m.vowels) + starts) & breaks;
  const uint64_t no_sign_end = ((word & ~m.non_letters) + starts) & breaks;
  // A single space between two words, at the break after the first word a.
  const uint64_t pair_spaces = m.spaces & (word << 1) & (word >> 1);
  const uint64_t first_open = pair_spaces & no_sign_end;
  const uint64_t consonant_between = (m.consonants << 1) | (m.consonants >> 1);
  // a has a vowel and a consonant meets the space: open only if b has no vowel.
  const uint64_t open_unless_b_vowel = first_open & ~no_vowel_end & consonant_between;
  const uint64_t open = first_open & ~open_unless_b_vowel;
  // Carried from the space through b to the break after it.
  auto to_end = [&](uint64_t at_spaces) { return (word + (at_spaces << 1)) & breaks; };
  return (to_end(open) | (to_end(open_unless_b_vowel) & no_vowel_end)) & no_sign_end;
}

// The first word's start of the pair whose second word ends at bit `end`.
size_t FirstWordOfPairEndingAt(uint64_t breaks, int end) {
  const uint64_t below_end = breaks & ((uint64_t{1} << end) - 1);
  const int space = 63 - std::countl_zero(below_end);
  const uint64_t below_space = breaks & ((uint64_t{1} << space) - 1);
  return below_space == 0 ? 0 : static_cast<size_t>(64 - std::countl_zero(below_space));
}

}  // namespace

bool VowelsStayTogether(const std::vector<std::string>& onset_keys,
                        const std::vector<std::string>& rhyme_keys) {
  // "o r" splits its vowels when o or r does, when o has a vowel then a
  // consonant and r a vowel, or o a vowel and r a consonant then a vowel.
  bool onset_vowel = false, onset_vowel_consonant = false;
  for (const std::string& o : onset_keys) {
    const KeyShape s = ShapeOf(o);
    if (s.split_vowels) return false;
    onset_vowel |= s.vowel;
    onset_vowel_consonant |= s.vowel_then_consonant;
  }
  for (const std::string& r : rhyme_keys) {
    const KeyShape s = ShapeOf(r);
    if (s.split_vowels || (onset_vowel_consonant && s.vowel) ||
        (onset_vowel && s.consonant_then_vowel)) {
      return false;
    }
  }
  return true;
}

bool SyllableGateRuns() { return VectorScanRuns(VectorScan::kAvx2); }

ShapeMasks ShapeMasksPortable(const unsigned char* p) {
  ShapeMasks m;
  for (size_t k = 0; k < kWindow; ++k) {
    const uint64_t bit = uint64_t{1} << k;
    const uint8_t cls = kAsciiClass[p[k]];
    if (cls & kBreak) m.breaks |= bit;
    if (p[k] == ' ') m.spaces |= bit;
    if ((cls & kVowel) || MultiByteVowelAt(p + k)) m.vowels |= bit;
    if ((cls & kConsonant) || (p[k] == 0xC4 && (p[k + 1] & 0xFE) == 0x90)) m.consonants |= bit;
    if (cls & kSign) m.non_letters |= bit;
  }
  return m;
}

#if defined(CONGVAN_TARGETS_AVX2)
namespace {

// ASCII classes as the intersection of a low-nibble and a high-nibble table,
// one bit a rectangle: 0x01 vowels @A-O/`a-o, 0x02 vowels P-Z/p-z, 0x04 and
// 0x08 the consonants of the same rows, 0x10 space, 0x20 tab and newline,
// 0x40 # $ % & * + - /, 0x80 digits and < = >. Each table twice, once for
// each lane (the shuffle looks up within a lane).
#define CONGVAN_TWICE(...) \
  { __VA_ARGS__, __VA_ARGS__ }
alignas(32) constexpr uint8_t kAsciiLow[32] = CONGVAN_TWICE(0x98, 0x89, 0x8C, 0xCC, 0xCC, 0xC3,
                                                            0xCC, 0x8C, 0x8C, 0xA3, 0x6C, 0x44,
                                                            0x84, 0xC4, 0x84, 0x41);
alignas(32) constexpr uint8_t kAsciiHigh[32] = CONGVAN_TWICE(0x20, 0, 0x50, 0x80, 0x05, 0x0A, 0x05,
                                                             0x0A, 0, 0, 0, 0, 0, 0, 0, 0);
// Two-byte vowels: the lead's low nibble (C3-C6), the continuation's high
// and low nibbles; bits 0x01/0x02 Latin-1 rows 8/A and 9/B, 0x04 C4 8x,
// 0x08 C4/C5 Ax, 0x10 C6 Ax, 0x20 C6 Bx; and the consonant đ Đ (C4 90-91)
// in the top bit 0x80, which no vowel's bits meet (so a lead's agreement is
// a vowel where it is above zero as a signed byte, đ where its top bit is set).
alignas(32) constexpr uint8_t kLeadLow[32] = CONGVAN_TWICE(0, 0, 0, 0x03, 0x8C, 0x08, 0x30, 0, 0, 0,
                                                           0, 0, 0, 0, 0, 0);
alignas(32) constexpr uint8_t kNextHigh[32] = CONGVAN_TWICE(0, 0, 0, 0, 0, 0, 0, 0, 0x05, 0x82,
                                                            0x19, 0x22, 0, 0, 0, 0);
alignas(32) constexpr uint8_t kNextLow[32] = CONGVAN_TWICE(0xB1, 0x91, 0x07, 0x07, 0x02, 0x02, 0, 0,
                                                           0x09, 0x0B, 0x03, 0, 0x01, 0x03, 0,
                                                           0x10);
#undef CONGVAN_TWICE

__attribute__((target("avx2"), always_inline)) inline __m256i Table(const uint8_t* t) {
  return _mm256_load_si256(reinterpret_cast<const __m256i*>(t));
}
// A byte in every lane, read from memory (text/byte_lanes.h's rows): a
// constant GCC knows it rebuilds in every window (a move and a broadcast,
// three instructions, and a spill where registers run short); a row it
// cannot see through folds into the comparison that reads it.
template <int B>
__attribute__((target("avx2"), always_inline)) inline __m256i Byte() {
  return _mm256_load_si256(reinterpret_cast<const __m256i*>(kByteRow32<B>.bytes));
}
// The byte bits of `v` whose top bit is set.
__attribute__((target("avx2"), always_inline)) inline uint32_t Bits(__m256i v) {
  return static_cast<uint32_t>(_mm256_movemask_epi8(v));
}
// Bit `k` of every byte moved to its top bit (for Bits; the other bits are
// left as they fall).
template <int kShift>
__attribute__((target("avx2"), always_inline)) inline __m256i BitToTop(__m256i v) {
  return _mm256_slli_epi16(v, kShift);
}

// ShapeMasksAvx2's work, inlined where windows are read one after another.
// Each class is gathered into one vector (top bit of each byte) before its
// single movemask.
__attribute__((target("avx2"), always_inline)) inline ShapeMasks WideMasks(const unsigned char* p) {
  const __m256i ascii_low = Table(kAsciiLow), ascii_high = Table(kAsciiHigh);
  const __m256i lead_low = Table(kLeadLow), next_high = Table(kNextHigh),
                next_low = Table(kNextLow);
  const __m256i nibble = Byte<0x0F>();
  ShapeMasks m;
  for (int half = 0; half < 2; ++half) {
    const unsigned char* q = p + 32 * half;
    const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q));
    const __m256i x1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q + 1));
    const __m256i x2 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q + 2));
    const __m256i low = _mm256_and_si256(x, nibble);
    const __m256i high = _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble);
    const __m256i cls = _mm256_and_si256(_mm256_shuffle_epi8(ascii_low, low),
                                         _mm256_shuffle_epi8(ascii_high, high));
    // Vowels of three bytes: E1 BA A0-BF, E1 BB 80-B9.
    const __m256i three = _mm256_and_si256(
        _mm256_cmpeq_epi8(x, Byte<0xE1>()),
        _mm256_or_si256(
            _mm256_and_si256(_mm256_cmpeq_epi8(x1, Byte<0xBA>()),
                             _mm256_cmpeq_epi8(_mm256_max_epu8(x2, Byte<0xA0>()), x2)),
            _mm256_and_si256(_mm256_cmpeq_epi8(x1, Byte<0xBB>()),
                             _mm256_cmpeq_epi8(_mm256_min_epu8(x2, Byte<0xB9>()), x2))));
    // Vowels of two bytes (and đ): a lead C0-CF whose nibble and the next byte's agree.
    const __m256i lead = _mm256_cmpeq_epi8(_mm256_and_si256(x, Byte<0xF0>()), Byte<0xC0>());
    const __m256i agree = _mm256_and_si256(
        _mm256_shuffle_epi8(lead_low, low),
        _mm256_and_si256(
            _mm256_shuffle_epi8(next_high, _mm256_and_si256(_mm256_srli_epi16(x1, 4), nibble)),
            _mm256_shuffle_epi8(next_low, _mm256_and_si256(x1, nibble))));
    const __m256i two = _mm256_and_si256(_mm256_cmpgt_epi8(agree, _mm256_setzero_si256()), lead);
    const __m256i d_bar = _mm256_and_si256(agree, lead);  // its top bit
    // Each class's two rectangles in one bit: 1 vowels, 3 consonants, 5 breaks, 7 signs
    // (the top bit, read as it is).
    const __m256i classes = _mm256_or_si256(cls, _mm256_slli_epi16(cls, 1));
    const int shift = 32 * half;
    m.breaks |= uint64_t{Bits(BitToTop<2>(classes))} << shift;
    m.spaces |= uint64_t{Bits(BitToTop<3>(cls))} << shift;
    m.vowels |= uint64_t{Bits(_mm256_or_si256(BitToTop<6>(classes), _mm256_or_si256(three, two)))}
                << shift;
    m.consonants |= uint64_t{Bits(_mm256_or_si256(BitToTop<4>(classes), d_bar))} << shift;
    m.non_letters |= uint64_t{Bits(classes)} << shift;
  }
  return m;
}

}  // namespace

__attribute__((target("avx2"))) ShapeMasks ShapeMasksAvx2(const unsigned char* p) {
  return WideMasks(p);
}
#endif

JoinCandidates::JoinCandidates(std::string_view text, VectorScan scan) : text_(text), scan_(scan) {}

size_t JoinCandidates::FirstWordStart(uint64_t breaks) {
  return static_cast<size_t>(std::countr_one(breaks));
}

// Where the window after the one at `w0` starts: at the break before the
// last word that starts before the window's last break, whose pair ends past
// this window; kAskWord where that would not move on (a long word).
__attribute__((always_inline)) inline size_t JoinCandidates::NextWindow(size_t w0,
                                                                        uint64_t breaks) {
  if (breaks == 0) return kAskWord;
  const int last_break = 63 - std::countl_zero(breaks);
  const uint64_t starts = ~breaks & ((breaks << 1) | 1);
  const uint64_t starts_before = starts & ((uint64_t{1} << last_break) - 1);
  if (starts_before == 0) {  // breaks up to the last one
    return last_break == 0 ? kAskWord : w0 + static_cast<size_t>(last_break);
  }
  const int last_start = 63 - std::countl_zero(starts_before);
  return last_start < 2 ? kAskWord : w0 + static_cast<size_t>(last_start - 1);
}

// The window's open pairs not yet given, in text order: the first whose
// first word starts at or after `from`.
inline bool JoinCandidates::PopOpen(size_t from, size_t* at) {
  while (ends_ != 0) {
    const size_t a_from = start_ + FirstWordOfPairEndingAt(breaks_, std::countr_zero(ends_));
    ends_ &= ends_ - 1;
    if (a_from >= from) {
      *at = a_from;
      return true;
    }
  }
  return false;
}

// The 66 bytes the window at `w0` reads: the text's, or at its end a copy
// with newlines after it, which end its last word and make no pair.
inline const unsigned char* JoinCandidates::WindowBytes(size_t w0) {
  const size_t left = text_.size() - w0;
  const auto* p = reinterpret_cast<const unsigned char*>(text_.data()) + w0;
  if (left >= tail_.size()) return p;
  tail_.fill('\n');
  std::memcpy(tail_.data(), p, left);
  return tail_.data();
}

// Keeps the window's open pairs (`ends`: OpenPairEnds(m), which the caller
// has at hand) and where the next window starts; true, with the word to ask
// in `*at`, where a long word keeps the windows from moving on.
inline bool JoinCandidates::TakeWindow(size_t w0, const ShapeMasks& m, uint64_t ends, size_t* at) {
  start_ = w0;
  breaks_ = m.breaks;
  ends_ = ends;
  resume_ = text_.size() - w0 < kWindow ? text_.size() : NextWindow(w0, m.breaks);
  if (resume_ != kAskWord) return false;
  // A word of 60 bytes or more ends the window: its pair is asked as it is.
  ends_ = 0;
  resume_ = w0;
  *at = w0 + FirstWordStart(m.breaks);
  return true;
}

size_t JoinCandidates::Next(size_t from) {
#if defined(CONGVAN_TARGETS_AVX2)
  if (scan_ == VectorScan::kAvx2) return NextAvx2(from);
#endif
  for (size_t at;;) {
    if (PopOpen(from, &at)) return at;
    const size_t w0 = std::max(resume_, from);
    if (w0 >= text_.size()) return text_.size();
    const ShapeMasks m = ShapeMasksPortable(WindowBytes(w0));
    if (TakeWindow(w0, m, OpenPairEnds(m), &at)) return at;
  }
}

#if defined(CONGVAN_TARGETS_AVX2)
// Next with the AVX2 masks inlined. Most windows leave no pair open (on a
// law about four in five: one open pair per ≈ 235 bytes, a window moves
// ≈ 51), so those are read in a loop of their own, with no call in it —
// neither the copy of a padded last window nor the bookkeeping of a window
// that holds an open pair or a long word — and the masks' constants are
// not made again (or reloaded after a call) window after window. The first
// window that leaves a pair open or stops on a long word is kept as
// TakeWindow keeps any window; the windows skipped are those TakeWindow
// would have kept with nothing open, one after another.
__attribute__((target("avx2"))) size_t JoinCandidates::NextAvx2(size_t from) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data());
  for (size_t at;;) {
    if (PopOpen(from, &at)) return at;
    size_t w0 = std::max(resume_, from);
    if (w0 >= text_.size()) return text_.size();
    ShapeMasks m;
    uint64_t ends = 0;  // OpenPairEnds(m)
    bool read = false;  // m holds the window at w0
    while (text_.size() - w0 >= tail_.size()) {
      m = WideMasks(bytes + w0);
      read = true;
      ends = OpenPairEnds(m);
      if (ends != 0) break;
      const size_t next = NextWindow(w0, m.breaks);
      if (next == kAskWord) break;
      w0 = next;
      read = false;
    }
    if (!read) {
      m = WideMasks(WindowBytes(w0));
      ends = OpenPairEnds(m);
    }
    if (TakeWindow(w0, m, ends, &at)) return at;
  }
}
#endif

}  // namespace congvan::text
