// A run of JSON written at a raw pointer, for a writer that knows the shape
// of what it writes (a parsed task: seven members, two numbers, five
// strings) and can say beforehand how many bytes it may take. Approach:
// JsonStream::Open asks its buffer once for that room and hands out a
// cursor holding the stream's state — the write position, the nesting
// depth, whether the innermost container is still empty, whether a key was
// just written — as plain values; the writer's calls are inline, so the
// compiler keeps that state in registers and, in straight-line code, knows
// most of it (after a key no separator) instead of loading and storing the
// stream's members around every piece and asking for room each time.
// JsonStream::Close takes the state back. A cursor writes values (integers
// by io/json_integer.h, strings by io/json_escape.h) and the precomputed
// runs of separators, brackets and keys between them (io/json_task_glue.h);
// tests/io/json_writer_test.cc compares the parse JSON with nlohmann's on
// every corpus text, fuzz input and hand-made task tree.
#ifndef CONGVAN_SRC_IO_JSON_CURSOR_H_
#define CONGVAN_SRC_IO_JSON_CURSOR_H_

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "io/json_escape.h"
#include "io/json_integer.h"
#include "io/json_layout.h"
#include "io/json_task_glue.h"

namespace congvan::io_internal {

class JsonCursor {
 public:
  JsonCursor(char* at, int depth, bool first, bool after_key, bool compact)
      : p_(at), depth_(depth), first_(first), after_key_(after_key), compact_(compact) {}

  // The room each piece may take: a separator at `depth`, a string value of
  // `bytes` (quotes included), an integer.
  static size_t SeparatorRoom(int depth, bool compact) {
    return JsonSeparatorBound(depth, compact);
  }
  static size_t StringRoom(size_t bytes) { return JsonEscapedBound(bytes); }
  static constexpr size_t kIntRoom = kJsonIntegerBytes;

  [[gnu::always_inline]] void Int(long long value) {
    BeforeValue();
    p_ = WriteJsonInteger(p_, value);
  }
  [[gnu::always_inline]] void Null() {
    BeforeValue();
    std::memcpy(p_, "null", 4);
    p_ += 4;
  }
  [[gnu::always_inline]] void String(std::string_view s) {
    BeforeValue();
    *p_ = '"';
    // Short plain ASCII (paths, markers, styles) inline, else the escaper.
    char* end = s.size() < 16 && CopiedShortPlainAscii(p_ + 1, s) ? p_ + 1 + s.size()
                                                                  : EscapeJsonChars(p_ + 1, s);
    if (end == nullptr) {
      p_ = WriteNlohmannString(p_, s);
      return;
    }
    *end = '"';
    p_ = end + 1;
  }
  // A precomputed run of separators, brackets and keys (io/json_task_glue.h)
  // and the state it leaves: `depth_change` containers opened (or closed),
  // then a value to follow directly (kValueNext, the run ended in a key or
  // in an element's separator), a container just opened (kEmptyContainer)
  // or a value just closed (kValueDone).
  enum class AfterGlue { kValueNext, kEmptyContainer, kValueDone };
  [[gnu::always_inline]] void Glue(const JsonGlue& glue, int depth_change, AfterGlue after) {
    std::memcpy(p_, glue.bytes, JsonGlue::kBytes);
    p_ += glue.size;
    depth_ += depth_change;
    first_ = after == AfterGlue::kEmptyContainer;
    after_key_ = after == AfterGlue::kValueNext;
  }
  // The separator a value needs where it stands (none after a key).
  [[gnu::always_inline]] void BeforeValue() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ == 0) return;
    p_ = WriteJsonSeparator(p_, !first_, depth_, compact_);
    first_ = false;
  }
  // String for a string with sixteen readable bytes at its start when it is
  // shorter than that (a CompactString: its inline text and the tag byte):
  // such a string of plain ASCII (paths, markers) is tested and copied as
  // one SSE2 register, where the word test of CopiedShortPlainAscii takes
  // some forty instructions. The copy writes sixteen bytes: the room asked
  // for a piece that follows a string covers them.
  [[gnu::always_inline]] void StringWithin16(std::string_view s) {
#if defined(__SSE2__)
    const size_t n = s.size();
    if (n < 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data()));
      // Signed: below 0x20 and from 0x80 are both less than 0x20.
      const __m128i refused = _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
                                           _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                                        _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
      if ((static_cast<unsigned>(_mm_movemask_epi8(refused)) & ((1u << n) - 1)) == 0) {
        BeforeValue();
        *p_ = '"';
        _mm_storeu_si128(reinterpret_cast<__m128i*>(p_ + 1), x);
        p_[n + 1] = '"';
        p_ += n + 2;
        return;
      }
      BeforeValue();
      *p_ = '"';
      char* end = EscapeJsonCharsWithin16(p_ + 1, s);
      if (end == nullptr) {
        p_ = WriteNlohmannString(p_, s);
        return;
      }
      *end = '"';
      p_ = end + 1;
      return;
    }
#endif
    String(s);
  }
  // The string, or null when it is empty.
  [[gnu::always_inline]] void StringOrNull(std::string_view s) {
    if (s.empty()) {
      Null();
    } else {
      String(s);
    }
  }

 private:
  friend class JsonStream;  // takes the state back (JsonStream::Close)

  // nlohmann's literal of `s` (not valid UTF-8) at `p`: no longer than
  // JsonEscapedBound(s.size()) (a replacement character is three bytes for
  // at least one refused byte, an escape six for one). Returns the end.
  static char* WriteNlohmannString(char* p, std::string_view s) {
    const std::string literal = NlohmannJsonString(s);
    std::memcpy(p, literal.data(), literal.size());
    return p + literal.size();
  }

  char* p_;
  int depth_;
  bool first_;
  bool after_key_;
  bool compact_;
};

}  // namespace congvan::io_internal

#endif  // CONGVAN_SRC_IO_JSON_CURSOR_H_
