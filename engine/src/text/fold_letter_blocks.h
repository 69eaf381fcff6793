// The fold's thirty-two-byte block path (AVX2, chosen at run time): a block
// of ASCII and of letters that fold to one byte, folded whole.
//
// Approach: the sixteen-byte path (FoldWriter::PutBlocks, fold_key.cc) copies
// a block out run by run between the letters with marks, and a Vietnamese run
// is about three bytes, so its cost was a loop turn per letter (find the stop,
// copy the run, test and look up the letter, mask the stops). Here one pass of
// compares reads the block's shape from three loads (the block, and the block
// one and two bytes on): which bytes lead a two- or three-byte sequence whose
// continuation bytes follow, and which are continuation bytes. A block is
// taken only when every non-ASCII byte is such a lead or a continuation byte
// one of them explains; its ASCII is folded at once (capitals +32, '`' → '\'',
// tab → space), each letter is looked up by its bytes at its lead (the fold
// table's SingleByteOfSequence: two loads, 0 for anything that does not fold
// to one byte) into a scratch copy, and the copy is packed by a keep mask —
// ASCII but a space or tab after a space, and the leads — with one byte
// shuffle per eight bytes (kPackOrder). A letter at the block's end may reach
// two bytes past it (the next block starts after it); so a block needs 34
// bytes of the line. A block holding anything else (punctuation such as
// “ ” –, a code point outside the table's one-byte folds, a broken sequence)
// is left to the caller, whose sixteen-byte path folds it as before; the
// output is the same either way. tests/text/fold_letter_blocks_test.cc holds
// the cue fold with and without this path to the plain fold on every corpus
// (and unseen) line from each of its first 32 offsets and on generated
// lines at every alignment.
#ifndef CONGVAN_TEXT_FOLD_LETTER_BLOCKS_H_
#define CONGVAN_TEXT_FOLD_LETTER_BLOCKS_H_

#include <array>
#include <cstddef>
#include <cstdint>

#include "text/cpu_features.h"

#if defined(CONGVAN_TARGETS_AVX2)
#include <immintrin.h>
#endif

namespace congvan::text {

// Whether the fold takes the thirty-two-byte path: the processor has AVX2,
// unless a test turned the path off to compare.
inline bool& LetterBlocksAllowed() {
  static bool allowed = CpuHasAvx2();
  return allowed;
}

// Bytes of the line a block needs from where it starts.
inline constexpr int32_t kLetterBlockReach = 34;

// For each eight bits `keep`, the lane numbers (0–7) of its set bits in
// order, one a byte from the lowest: the PSHUFB order that packs those
// bytes to the front.
inline constexpr std::array<uint64_t, 256> kPackOrder = [] {
  std::array<uint64_t, 256> order{};
  for (unsigned keep = 0; keep < 256; ++keep) {
    unsigned n = 0;
    for (unsigned lane = 0; lane < 8; ++lane) {
      if ((keep >> lane & 1) != 0) order[keep] |= uint64_t{lane} << (8 * n++);
    }
  }
  return order;
}();

#if defined(CONGVAN_TARGETS_AVX2)
// Folds the blocks of 32 bytes from p[*k_io] on while each is one this path
// takes and kLetterBlockReach bytes remain before `end`; writes at
// text[*at_io] (with 16 bytes of room past what it keeps), dropping a space
// or tab after a space — the block's first judged by text[*at_io - 1] when
// *at_io > start. Moves *k_io and *at_io past what it folded; stops before
// the first block it does not take. `lookup(q)`: of the sequence at q (three
// bytes readable), its one-byte fold in the low byte, 0 when it has none.
template <typename Lookup>
[[gnu::target("avx2,popcnt")]] void FoldLetterBlocksAvx2(const uint8_t* p, int32_t* k_io,
                                                         int32_t end, char* text, size_t* at_io,
                                                         size_t start, Lookup lookup) {
  alignas(32) uint8_t folded[32];
  size_t at = *at_io;
  int32_t k = *k_io;
  // A continuation byte (80–BF) is, as a signed byte, below C0's -64.
  const __m256i below_lead = _mm256_set1_epi8(static_cast<char>(0xC0));
  while (end - k >= kLetterBlockReach) {
    const uint8_t* q = p + k;
    const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q));
    const __m256i next_continues =
        _mm256_cmpgt_epi8(below_lead, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q + 1)));
    const __m256i third_continues =
        _mm256_cmpgt_epi8(below_lead, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q + 2)));
    const __m256i lead2 = _mm256_and_si256(
        _mm256_cmpeq_epi8(_mm256_and_si256(x, _mm256_set1_epi8(static_cast<char>(0xE0))),
                          below_lead),
        next_continues);
    const __m256i lead3 = _mm256_and_si256(
        _mm256_and_si256(
            _mm256_cmpeq_epi8(_mm256_and_si256(x, _mm256_set1_epi8(static_cast<char>(0xF0))),
                              _mm256_set1_epi8(static_cast<char>(0xE0))),
            next_continues),
        third_continues);
    const auto high = static_cast<uint32_t>(_mm256_movemask_epi8(x));
    const auto continues =
        static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpgt_epi8(below_lead, x)));
    const auto leads2 = static_cast<uint32_t>(_mm256_movemask_epi8(lead2));
    const auto leads3 = static_cast<uint32_t>(_mm256_movemask_epi8(lead3));
    const uint32_t letters = leads2 | leads3;
    // The continuation bytes the leads explain, past the block too (bits 32, 33).
    const uint64_t explained = uint64_t{letters} << 1 | uint64_t{leads3} << 2;
    if (high != (letters | continues) || continues != static_cast<uint32_t>(explained)) break;

    const __m256i space = _mm256_set1_epi8(' ');  // also the capitals' +32
    const __m256i tab = _mm256_cmpeq_epi8(x, _mm256_set1_epi8('\t'));
    const __m256i blank = _mm256_or_si256(_mm256_cmpeq_epi8(x, space), tab);
    // A capital is at most 25 above 'A', unsigned (bytes below 'A' wrap high).
    const __m256i above_a = _mm256_sub_epi8(x, _mm256_set1_epi8('A'));
    const __m256i capital =
        _mm256_cmpeq_epi8(_mm256_min_epu8(above_a, _mm256_set1_epi8(25)), above_a);
    __m256i y = _mm256_add_epi8(x, _mm256_and_si256(capital, space));
    y = _mm256_xor_si256(y, _mm256_and_si256(_mm256_cmpeq_epi8(x, _mm256_set1_epi8('`')),
                                             _mm256_set1_epi8('`' ^ '\'')));
    y = _mm256_xor_si256(y, _mm256_and_si256(tab, _mm256_set1_epi8('\t' ^ ' ')));
    _mm256_store_si256(reinterpret_cast<__m256i*>(folded), y);
    for (uint64_t m = letters; m != 0; m &= m - 1) {
      const int i = __builtin_ctzll(m);
      folded[i] = static_cast<uint8_t>(lookup(q + i));  // 0: no one-byte fold
    }
    const __m256i with_letters = _mm256_load_si256(reinterpret_cast<const __m256i*>(folded));
    const auto zeros = static_cast<uint32_t>(
        _mm256_movemask_epi8(_mm256_cmpeq_epi8(with_letters, _mm256_setzero_si256())));
    if ((zeros & letters) != 0) break;

    const auto blanks = static_cast<uint32_t>(_mm256_movemask_epi8(blank));
    const uint32_t after_space = at > start && text[at - 1] == ' ' ? 1u : 0u;
    const uint32_t dropped = blanks & (blanks << 1 | after_space);
    const uint32_t keep = (~high & ~dropped) | letters;
    for (int half = 0; half < 2; ++half) {
      const uint32_t kept_low = keep >> (16 * half) & 0xFF,
                     kept_high = keep >> (16 * half + 8) & 0xFF;
      // The half's two eight-byte groups packed each to its own front, one shuffle.
      const __m128i order =
          _mm_set_epi64x(static_cast<long long>(kPackOrder[kept_high] + 0x0808080808080808u),
                         static_cast<long long>(kPackOrder[kept_low]));
      const __m128i packed = _mm_shuffle_epi8(
          _mm_load_si128(reinterpret_cast<const __m128i*>(folded + 16 * half)), order);
      _mm_storel_epi64(reinterpret_cast<__m128i*>(text + at), packed);
      at += static_cast<size_t>(__builtin_popcount(kept_low));
      _mm_storel_epi64(reinterpret_cast<__m128i*>(text + at), _mm_unpackhi_epi64(packed, packed));
      at += static_cast<size_t>(__builtin_popcount(kept_high));
    }
    // The block's last letter may end one or two bytes past it.
    k += 32 + static_cast<int32_t>((explained >> 32 & 1) + (explained >> 33 & 1));
  }
  *at_io = at;
  *k_io = k;
}
#endif

}  // namespace congvan::text

#endif  // CONGVAN_TEXT_FOLD_LETTER_BLOCKS_H_
