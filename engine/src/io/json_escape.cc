// The JSON string escaper (see json_escape.h).
//
// Approach: the parse output is mostly string bytes, so this is a hot loop.
// A byte is plain (copied as it is), to be escaped (below 0x20, '"', '\\')
// or part of a multi-byte UTF-8 sequence; the scan copies the runs between
// the bytes to be escaped whole. It classifies sixteen bytes at once (SSE2
// on x86-64, a table elsewhere) into masks, and from them decides for the
// whole block: where the first byte to escape is, and — Vietnamese has an
// accented letter about every sixth byte — whether the non-ASCII bytes
// before it are whole two- and three-byte sequences whose lead alone makes
// them valid (C2–DF; E1–EC, EE, EF), each lead followed by exactly its
// continuation bytes. Such a block passes whole; the continuation bytes a
// lead at its end still expects are carried into the next block's test, so
// each byte is classified once (re-reading the block from such a lead cost
// 1.7 M of the 15.6 M instructions the escaper took on the 2 MB law). A
// string shorter than a block that is plain ASCII (paths, styles, markers)
// is copied byte by byte, without a block's two copies. Anything else — a
// stray continuation, a lead E0 or ED (valid or not by the next byte:
// overlongs, surrogates), a four-byte sequence, C0/C1, a sequence cut short
// — stops the scan at the first character in question (the carried lead, or
// the block's first non-ASCII byte), where ICU's U8_NEXT decides
// as before (a four-byte character is valid; the ill-formed send the string
// to nlohmann, whose replacement characters the output keeps). So the block
// test only ever accepts sequences that U8_NEXT accepts, and what is valid
// is decided exactly as before. tests/io/json_writer_test.cc checks the
// escaper against nlohmann with every byte and UTF-8 shape at every offset
// of a block, and the SSE2 classes against the table's.
#include "io/json_escape.h"

#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>

namespace congvan::io_internal {
namespace {

// Each byte's classes as bits of one table entry, for the portable
// classifier.
enum : uint8_t {
  kHighBit = 1,
  kEscapeBit = 2,
  kContinuationBit = 4,
  kLead2Bit = 8,
  kLead3Bit = 16
};
constexpr std::array<uint8_t, 256> kClassBits = [] {
  std::array<uint8_t, 256> bits{};
  for (int b = 0; b < 0x100; ++b) {
    uint8_t v = 0;
    if (b >= 0x80) v |= kHighBit;
    if (b < 0x20 || b == '"' || b == '\\') v |= kEscapeBit;
    if (b >= 0x80 && b <= 0xBF) v |= kContinuationBit;
    if (b >= 0xC2 && b <= 0xDF) v |= kLead2Bit;
    if (b >= 0xE1 && b <= 0xEF && b != 0xED) v |= kLead3Bit;
    bits[static_cast<size_t>(b)] = v;
  }
  return bits;
}();

}  // namespace

JsonByteClasses ClassifyJsonBytesPortable(const char* block) {
  JsonByteClasses c;
  for (uint32_t k = 0; k < 16; ++k) {
    const uint8_t v = kClassBits[static_cast<unsigned char>(block[k])];
    c.high |= uint32_t{(v & kHighBit) != 0} << k;
    c.escape |= uint32_t{(v & kEscapeBit) != 0} << k;
    c.continuation |= uint32_t{(v & kContinuationBit) != 0} << k;
    c.lead2 |= uint32_t{(v & kLead2Bit) != 0} << k;
    c.lead3 |= uint32_t{(v & kLead3Bit) != 0} << k;
  }
  return c;
}

#if defined(__SSE2__)
// SSE2 is part of x86-64: sixteen bytes compared at once, each comparison's
// bytes gathered into a mask by movemask. Compares are signed: 0x80–0xFF
// read as −128…−1, below every ASCII byte.
namespace {
[[gnu::always_inline]] inline JsonByteClasses ClassifyBlock(const char* block) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block));
  auto byte = [](int b) { return _mm_set1_epi8(static_cast<char>(b)); };
  auto mask = [](__m128i m) { return static_cast<uint32_t>(_mm_movemask_epi8(m)); };
  const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(x, byte(0x1F)), x);  // x ≤ 0x1F
  const __m128i quote = _mm_cmpeq_epi8(x, byte('"'));
  const __m128i backslash = _mm_cmpeq_epi8(x, byte('\\'));
  JsonByteClasses c;
  c.high = mask(x);
  c.escape = mask(_mm_or_si128(control, _mm_or_si128(quote, backslash)));
  c.continuation = mask(_mm_cmplt_epi8(x, byte(0xC0)));  // 80–BF
  c.lead2 = mask(_mm_and_si128(_mm_cmpgt_epi8(x, byte(0xC1)), _mm_cmplt_epi8(x, byte(0xE0))));
  const __m128i e1_to_ef =
      _mm_and_si128(_mm_cmpgt_epi8(x, byte(0xE0)), _mm_cmplt_epi8(x, byte(0xF0)));
  c.lead3 = mask(_mm_andnot_si128(_mm_cmpeq_epi8(x, byte(0xED)), e1_to_ef));
  return c;
}
}  // namespace
#else
namespace {
JsonByteClasses ClassifyBlock(const char* block) { return ClassifyJsonBytesPortable(block); }
}  // namespace
#endif

JsonByteClasses ClassifyJsonBytes(const char* block) { return ClassifyBlock(block); }

namespace {

constexpr size_t kBlock = 16;  // bytes classified at once

// The block's bytes as bits: bit k of a mask for byte k.
constexpr uint32_t BitsBelow(size_t n) { return (uint32_t{1} << n) - 1; }
size_t FirstBit(uint32_t bits) { return static_cast<size_t>(std::countr_zero(bits)); }

// The block's classes with the first `drop` bytes left out (shifted away).
JsonByteClasses Dropped(JsonByteClasses c, size_t drop) {
  c.high >>= drop;
  c.escape >>= drop;
  c.continuation >>= drop;
  c.lead2 >>= drop;
  c.lead3 >>= drop;
  return c;
}

// The classes of the block at `i`, and how many of its bytes are text
// (`limit`: sixteen, or what is left at the string's end; the bytes after
// them are neither high nor to escape).
JsonByteClasses ClassesAt(std::string_view s, size_t i, size_t* limit) {
  const size_t size = s.size();
  if (size - i >= kBlock) {
    *limit = kBlock;
    return ClassifyBlock(s.data() + i);
  }
  *limit = size - i;  // the last bytes: a block ending at the string's end
  JsonByteClasses c;
  if (size >= kBlock) {
    c = Dropped(ClassifyBlock(s.data() + size - kBlock), kBlock - *limit);
  } else {
    char block[kBlock] = {};
    std::memcpy(block, s.data() + i, *limit);
    c = ClassifyBlock(block);
  }
  const uint32_t text = BitsBelow(*limit);
  c.high &= text;
  c.escape &= text;
  return c;
}

// The first byte at or after `i` (a character boundary) that the scan does
// not pass: one to escape, or a non-ASCII byte where ICU must decide;
// s.size() when there is none.
//
// A block passes when its bytes before the first to escape (all of them when
// none) are ASCII and whole two- and three-byte sequences whose lead alone
// makes them valid (C2–DF; E1–EC, EE, EF), each lead followed by exactly its
// continuation bytes: the bytes where continuations are expected (after the
// leads, and those a lead at the end of the previous block still expects,
// `carry`) are exactly the continuation bytes. A lead at byte 14 or 15
// carries its expected bytes into the next block, so every block is read
// once. Anything else — a stray continuation, a lead E0 or ED (valid or not
// by the next byte: overlongs, surrogates), a four-byte sequence, C0/C1, a
// sequence cut short by an escape or the string's end — returns the start of
// the first character that may be in question: the carried sequence's lead,
// or the block's first non-ASCII byte.
[[gnu::always_inline]] inline size_t NextStop(std::string_view s, size_t i) {
  uint32_t carry = 0;  // bits 0 and 1: continuation bytes expected from before
  size_t carried_lead = 0;
  while (i < s.size()) {
    size_t limit;
    const JsonByteClasses c = ClassesAt(s, i, &limit);
    if ((c.high | c.escape | carry) == 0) {
      i += limit;
      continue;
    }
    const uint32_t leads = c.lead2 | c.lead3;
    const uint32_t expected = carry | (leads << 1) | (c.lead3 << 2);
    const uint32_t refused = c.high & ~(c.continuation | leads);
    // The bytes to check: up to the first to escape (which must not be
    // expected as a continuation), or the block's text.
    const size_t stop = c.escape != 0 ? FirstBit(c.escape) : limit;
    const uint32_t checked = BitsBelow(stop < limit ? stop + 1 : limit);
    uint32_t bad = ((c.continuation ^ expected) | refused) & checked;
    if (stop == limit && limit < kBlock) bad |= expected & ~checked;  // cut at the end
    if (bad != 0) return carry != 0 ? carried_lead : i + FirstBit(c.high);
    if (stop < limit || limit < kBlock) return i + stop;
    carry = expected >> kBlock;
    if (carry != 0) carried_lead = i + ((leads >> 15) & 1 ? 15 : 14);
    i += kBlock;
  }
  return carry != 0 ? carried_lead : s.size();  // a sequence cut at the end
}

// Length of the valid UTF-8 sequence at `i` (a byte >= 0x80), or 0 for an
// ill-formed one or a surrogate: ICU's U8_NEXT decides.
size_t ValidSequenceLength(std::string_view s, size_t i) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data()) + i;
  const auto left = static_cast<int32_t>(std::min<size_t>(s.size() - i, 4));
  int32_t at = 0;
  UChar32 c;
  U8_NEXT(bytes, at, left, c);
  if (c < 0 || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  return static_cast<size_t>(at);
}

char* WriteEscape(char* out, unsigned char c) {
  char second = 0;
  switch (c) {
    case '"':
      second = '"';
      break;
    case '\\':
      second = '\\';
      break;
    case '\b':
      second = 'b';
      break;
    case '\f':
      second = 'f';
      break;
    case '\n':
      second = 'n';
      break;
    case '\r':
      second = 'r';
      break;
    case '\t':
      second = 't';
      break;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      std::memcpy(out, escaped, sizeof escaped);
      return out + sizeof escaped;
    }
  }
  out[0] = '\\';
  out[1] = second;
  return out + 2;
}

// A string shorter than a block that is plain ASCII (no byte to escape, none
// from 0x80), copied byte by byte: most member values (paths "1.2.3", styles,
// markers) are, and the block scan would first copy them into a block and
// then out again, two calls of memcpy. `out` gets the bytes up to the first
// that is not plain either way; the caller then writes the string from the
// start. True when the whole string was plain.
bool CopiedShortPlainAscii(char* out, std::string_view s) {
  for (size_t k = 0; k < s.size(); ++k) {
    const auto b = static_cast<unsigned char>(s[k]);
    if (b < 0x20 || b == '"' || b == '\\' || b >= 0x80) return false;
    out[k] = s[k];
  }
  return true;
}

}  // namespace

char* EscapeJsonChars(char* out, std::string_view s) {
  if (s.size() < kBlock && CopiedShortPlainAscii(out, s)) return out + s.size();
  size_t run = 0;  // first byte not yet copied
  size_t i = 0;
  while ((i = NextStop(s, i)) < s.size()) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte >= 0x80) {
      const size_t length = ValidSequenceLength(s, i);
      if (length == 0) return nullptr;
      i += length;
      continue;
    }
    std::memcpy(out, s.data() + run, i - run);
    out = WriteEscape(out + (i - run), byte);
    run = ++i;
  }
  std::memcpy(out, s.data() + run, s.size() - run);
  return out + (s.size() - run);
}

char* EscapeJsonString(char* out, std::string_view s) {
  *out = '"';
  char* end = EscapeJsonChars(out + 1, s);
  if (end == nullptr) return nullptr;
  *end = '"';
  return end + 1;
}

bool EscapableAsIs(std::string_view s) {
  size_t i = 0;
  while ((i = NextStop(s, i)) < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t length = ValidSequenceLength(s, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::string NlohmannJsonString(std::string_view s) {
  return nlohmann::json(std::string(s))
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void AppendJsonString(std::string& out, std::string_view s) {
  const size_t start = out.size();
  out.resize(start + JsonEscapedBound(s.size()));
  char* end = EscapeJsonString(out.data() + start, s);
  if (end == nullptr) {
    out.resize(start);
    out += NlohmannJsonString(s);
    return;
  }
  out.resize(static_cast<size_t>(end - out.data()));
}

}  // namespace congvan::io_internal
