// The OCR-noise test of the line-role stage: is a short line garbage left by
// character recognition ("MaLY 2H2 pHi[[")?
#ifndef CONGVAN_PARSE_OCR_NOISE_H_
#define CONGVAN_PARSE_OCR_NOISE_H_

#include <string_view>

namespace congvan::parse {

// True when at least 4 space-separated tokens and 30 % of them are weird: a
// capital right after a small letter ("MaLY"), digits glued to letters
// without a separator ("2H2", but not "12/2020/QH14"), or a bracket or tilde
// ("pHi[["). Asks the cheap trigger first, then the full test.
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

}  // namespace ocr_internal
}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_OCR_NOISE_H_
