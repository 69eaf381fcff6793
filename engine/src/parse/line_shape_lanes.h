// Internal: the line-shape passes (parse/line_shape.cc) by width — sixteen
// bytes (SSE2, with a byte loop) and thirty-two (AVX2 with POPCNT, where the
// processor has both: parse/line_shape_avx2.cc). WordCount and
// MostlyUppercase (parse_internal.h) ask LineShapeAvx2Runs() once and take
// the wider pass; the tests hold every width to the byte loops.
#ifndef CONGVAN_SRC_PARSE_LINE_SHAPE_LANES_H_
#define CONGVAN_SRC_PARSE_LINE_SHAPE_LANES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace congvan::parse::shape_internal {

// Whether this build and processor run the AVX2 passes.
bool LineShapeAvx2Runs();

// WordCount(s, enough): the words of `s` (runs of bytes other than space and
// tab), counted up to max(enough, 1).
int WordCountBy16(std::string_view s, int enough);
int WordCountAvx2(std::string_view s, int enough);  // REQUIRES: LineShapeAvx2Runs()

// Whether p[0, n) holds fewer bytes that may begin a capital (A–Z, C0–FF)
// than four times its ASCII small letters: such a line cannot be 80 %
// capitals (MostlyUppercase's bound).
bool CaseBytesRefuseBy16(const uint8_t* p, size_t n);
bool CaseBytesRefuseAvx2(const uint8_t* p, size_t n);  // REQUIRES: LineShapeAvx2Runs()

}  // namespace congvan::parse::shape_internal

#endif  // CONGVAN_SRC_PARSE_LINE_SHAPE_LANES_H_
