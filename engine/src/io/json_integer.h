// Decimal integers for the JSON writer, as std::to_chars writes them, without
// its detours for the numbers a document holds (line numbers, ordinals,
// pages: below 10^8). Approach: a number below 10^4 is written by at most
// three comparisons and two digit pairs from a table; below 10^8 as its high
// part so, then its low four digits as two pairs; anything else (negative,
// larger) through std::to_chars. libstdc++'s to_chars first counts the digits
// in a loop, then writes pairs from the end; on the 20 MB law the writer's
// Pair (two numbers and three separators) was ≈ 250 instructions a call.
// tests/io/json_writer_test.cc compares with to_chars around every power of
// ten and on a sweep of values.
#ifndef CONGVAN_SRC_IO_JSON_INTEGER_H_
#define CONGVAN_SRC_IO_JSON_INTEGER_H_

#include <charconv>
#include <cstddef>
#include <cstring>

namespace congvan::io_internal {

// The most bytes WriteJsonInteger writes: every long long, with its sign.
inline constexpr size_t kJsonIntegerBytes = 20;

namespace json_integer_internal {

inline constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

[[gnu::always_inline]] inline char* TwoDigits(char* p, unsigned v) {
  std::memcpy(p, kDigitPairs + 2 * v, 2);
  return p + 2;
}

// v < 10^4, no leading zeros.
[[gnu::always_inline]] inline char* UpToFourDigits(char* p, unsigned v) {
  if (v < 10) {
    *p = static_cast<char>('0' + v);
    return p + 1;
  }
  if (v < 100) return TwoDigits(p, v);
  const unsigned high = v / 100, low = v % 100;
  if (v < 1000) {
    *p++ = static_cast<char>('0' + high);
  } else {
    p = TwoDigits(p, high);
  }
  return TwoDigits(p, low);
}

}  // namespace json_integer_internal

// Writes `value` in decimal at `p` (kJsonIntegerBytes of room), exactly as
// std::to_chars does; returns the end.
[[gnu::always_inline]] inline char* WriteJsonInteger(char* p, long long value) {
  using namespace json_integer_internal;
  if (static_cast<unsigned long long>(value) < 100000000ULL) {
    const auto v = static_cast<unsigned>(value);
    if (v < 10000) return UpToFourDigits(p, v);
    const unsigned high = v / 10000, low = v % 10000;
    p = UpToFourDigits(p, high);
    p = TwoDigits(p, low / 100);
    return TwoDigits(p, low % 100);
  }
  return std::to_chars(p, p + kJsonIntegerBytes, value).ptr;
}

}  // namespace congvan::io_internal

#endif  // CONGVAN_SRC_IO_JSON_INTEGER_H_
