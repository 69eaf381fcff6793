// Internal: a UTF-8 string's code points counted thirty-two bytes at a time,
// where the processor has AVX2 (parse/code_point_count_avx2.cc).
//
// CodePointCount (parse_internal.h, text_utils.cc) asks CodePointCountAvx2Runs()
// once and then counts with CodePointCountAvx2; the sixteen-byte pass and the
// byte loop stay for other processors and for lines shorter than a block.
#ifndef CONGVAN_SRC_PARSE_CODE_POINT_COUNT_H_
#define CONGVAN_SRC_PARSE_CODE_POINT_COUNT_H_

#include <cstddef>
#include <string_view>

namespace congvan::parse::count_internal {

// Whether this build and processor run CodePointCountAvx2.
bool CodePointCountAvx2Runs();
// The bytes of `s` that are not continuation bytes (80–BF), as
// PlainCodePointCount. REQUIRES: CodePointCountAvx2Runs().
size_t CodePointCountAvx2(std::string_view s);
// The sixteen-byte count (SSE2, the byte loop for the tail), as before.
size_t CodePointCountBy16(std::string_view s);

}  // namespace congvan::parse::count_internal

#endif  // CONGVAN_SRC_PARSE_CODE_POINT_COUNT_H_
