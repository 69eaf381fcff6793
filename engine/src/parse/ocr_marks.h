// Internal: the OCR-noise gate's marks (parse/ocr_candidates.cc) on the
// byte lanes of one width, written once for sixteen lanes (SSE2,
// ocr_candidates.cc) and thirty-two (AVX2, ocr_candidates_avx2.cc).
//
// Approach: the rules of MarkedByte (ocr_candidates.cc: a digit not after a
// digit, a bracket or tilde, a capital after a small letter, a lead byte
// that may begin an upper-case letter or a digit) as comparisons over all
// lanes at once, branch-free, a template over text/byte_lanes.h's lanes.
// Every constant is a compile-time byte (L::Const<B>), which the AVX2 lanes
// read from memory (see byte_lanes.h). The Lanes32 instantiation is only
// ever inlined into a function with the AVX2 target and `flatten`.
#ifndef CONGVAN_SRC_PARSE_OCR_MARKS_H_
#define CONGVAN_SRC_PARSE_OCR_MARKS_H_

#include <cstdint>

#include "text/byte_lanes.h"

#if defined(__SSE2__)

namespace congvan::parse::ocr_internal::lanes {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"  // Lanes32: only inlined into AVX2 code

template <class L, int B>
[[gnu::always_inline]] inline typename L::V Eq(typename L::V x) {
  return L::Eq(x, L::template Const<B>());
}
// Lanes with Lo ≤ x ≤ Hi (unsigned): shifted so the range starts at -128.
template <class L, int Lo, int Hi>
[[gnu::always_inline]] inline typename L::V Within(typename L::V x) {
  return L::Greater(L::template Const<Hi - Lo + 1 - 0x80>(),
                    L::Add(x, L::template Const<0x80 - Lo>()));
}

// The lead bytes (C0 up) that are marked, by the byte loop's rules
// (MarkedByte) for all lanes at once: `n1` and `n2` are the two bytes after
// each lane's. Branch-free, since Vietnamese prose has two or three leads a
// block (a loop over them cost more than these comparisons).
template <class L>
[[gnu::always_inline]] inline typename L::V MarkedLeads(typename L::V x, typename L::V n1,
                                                        typename L::V n2,
                                                        typename L::V after_small) {
  using V = typename L::V;
  const V one = L::template Const<1>();
  const V lead = Within<L, 0xC0, 0xFF>(x);
  const V odd1 = Eq<L, 1>(L::And(n1, one)), odd2 = Eq<L, 1>(L::And(n2, one));
  const V e1 = Eq<L, 0xE1>(x);
  // NeitherUpperNorDigitLead, case by case.
  const V never = L::Or(Eq<L, 0xC2>(x), Eq<L, 0xCC>(x));
  const V c3 = L::And(Eq<L, 0xC3>(x), L::Greater(n1, L::template Const<0x9E>()));  // ≥ 9F or < 80
  const V c4 = L::And(Eq<L, 0xC4>(x), Within<L, 0x80, 0xB7>(n1));
  const V c5 = L::And(Eq<L, 0xC5>(x), Within<L, 0x8B, 0xB7>(n1));
  const V c6 = L::And(Eq<L, 0xC6>(x), L::Or(Eq<L, 0xA1>(n1), Eq<L, 0xB0>(n1)));
  const V e1_small = L::And(L::And(e1, Eq<L, 0xBB>(L::Or(n1, one))), odd2);
  const V e2 = L::And(Eq<L, 0xE2>(x), Eq<L, 0x80>(n1));
  const V neither =
      L::Or(L::Or(L::Or(never, c3), L::And(L::Or(c4, c5), odd1)), L::Or(L::Or(c6, e1_small), e2));
  // LetterLead: marked only after a small letter.
  const V letter = L::Or(Within<L, 0xC3, 0xD8>(x), L::And(e1, Within<L, 0xB8, 0xBB>(n1)));
  const V unmarked = L::Or(neither, L::AndNot(after_small, letter));
  return L::AndNot(unmarked, lead);
}

// The marks of the L::kWidth bytes at p, one bit a byte. REQUIRES: p[-1] to
// p[L::kWidth + 1] readable.
template <class L>
[[gnu::always_inline]] inline uint32_t MarkedBytes(const uint8_t* p) {
  using V = typename L::V;
  const V x = L::Load(p), prev = L::Load(p - 1);
  const V digit_start = L::AndNot(Within<L, '0', '9'>(prev), Within<L, '0', '9'>(x));
  const V folded = L::Or(x, L::template Const<0x20>());  // [ { → {, ] } → }
  const V bracket = L::Or(L::Or(Eq<L, '{'>(folded), Eq<L, '}'>(folded)), Eq<L, '~'>(x));
  const V after_small = L::Or(Within<L, 'a', 'z'>(prev), L::Greater(L::Zero(), prev));
  const V capital = L::And(Within<L, 'A', 'Z'>(x), after_small);
  const V ascii = L::Or(L::Or(digit_start, bracket), capital);
  if (L::Mask(x) == 0) return L::Mask(ascii);
  const V leads = MarkedLeads<L>(x, L::Load(p + 1), L::Load(p + 2), after_small);
  return L::Mask(L::Or(ascii, leads));
}

#pragma GCC diagnostic pop

}  // namespace congvan::parse::ocr_internal::lanes

#endif  // __SSE2__

#endif  // CONGVAN_SRC_PARSE_OCR_MARKS_H_
