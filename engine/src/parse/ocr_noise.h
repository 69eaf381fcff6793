// The OCR-noise test of the line-role stage: is a short line garbage left by
// character recognition ("MaLY 2H2 pHi[[")?
#ifndef CONGVAN_PARSE_OCR_NOISE_H_
#define CONGVAN_PARSE_OCR_NOISE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace congvan::parse {

// True when at least 4 space-separated tokens and 30 % of them are weird: a
// capital right after a small letter ("MaLY"), digits glued to letters
// without a separator ("2H2", but not "12/2020/QH14"), or a bracket or tilde
// ("pHi[["). Asks a bound read sixteen bytes at a time first, then the cheap
// trigger, then the full test.
bool LooksLikeOcrGarbage(std::string_view s);

namespace ocr_internal {

// The cheap trigger: false only when fewer than 30 % of the tokens (or fewer
// than 4) can be weird, judged byte by byte — a token can be weird only if it
// holds a bracket or tilde, a digit, or a capital after its first character.
// Never false where FullOcrGarbageTest is true (tests/parse/ocr_noise_test.cc
// checks every corpus line).
bool MayBeOcrGarbage(std::string_view s);
// The full test, token by token, character properties from ICU.
bool FullOcrGarbageTest(std::string_view s);

// The first gate (parse/ocr_candidates.cc): the line's tokens, and how many
// of them hold a byte that may begin what makes a token weird — never fewer
// than MayBeOcrGarbage's tokens that may be weird. Both -1 for a line longer
// than kMaxBoundedLineBytes (not bounded).
constexpr size_t kMaxBoundedLineBytes = 1024;
struct OcrTokenBound {
  int tokens = 0;
  int may_be_weird = 0;
};
OcrTokenBound BoundOcrTokens(std::string_view s);
// The bound read sixteen bytes at a time (SSE2), and thirty-two at a time
// (AVX2, parse/ocr_candidates_avx2.cc; the sixteen-byte pass where the target
// has no AVX2). BoundOcrTokens takes the second where OcrAvx2Available().
OcrTokenBound BoundOcrTokensBy16(std::string_view s);
OcrTokenBound BoundOcrTokensBy32(std::string_view s);
bool OcrAvx2Available();
// True when the bound rules the line out (fewer than 4 tokens, or fewer than
// 30 % that may be weird): MayBeOcrGarbage is then false.
bool SurelyNotOcrGarbage(std::string_view s);
// The marked bytes of the sixteen at `p` (bit k: p[k]), as
// parse/ocr_candidates.cc lists them; SSE2 where the target has it, else
// the byte loop of OcrMarkedBytesPortable. REQUIRES: p[-1] to p[17] readable.
uint32_t OcrMarkedBytes(const uint8_t* p);
uint32_t OcrMarkedBytesPortable(const uint8_t* p);
// The marked bytes of the thirty-two at `p` (bit k: p[k]), by AVX2.
// REQUIRES: OcrAvx2Available(); p[-1] to p[33] readable.
uint32_t OcrMarkedBytes32(const uint8_t* p);

}  // namespace ocr_internal
}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_OCR_NOISE_H_
