// The bytes between JSON values in nlohmann's two layouts, for the writers
// that lay them out themselves (io/json_stream.h, io/json_cursor.h): member
// names known when the program is compiled (JsonName), and the separator
// before a member or an element — dump(2)'s comma, newline and indent, or
// dump()'s comma alone. Approach: every piece is copied as one block of a
// fixed size (no call, no loop) and the write position then moved past what
// counts, so a writer asks once for room for the block's size and writes
// without further checks.
#ifndef CONGVAN_SRC_IO_JSON_LAYOUT_H_
#define CONGVAN_SRC_IO_JSON_LAYOUT_H_

#include <algorithm>
#include <cstddef>
#include <cstring>

namespace congvan::io_internal {

// A member name known when the program is compiled ("lines", "text"): checked
// then to need no escaping, and kept quoted with its colon and a space, so a
// key is one fixed-size block to copy. A name that fails the check (or is
// longer than 35 bytes) does not compile; names known only at run time go
// through JsonStream::Members.
class JsonName {
 public:
  static constexpr size_t kBytes = 40;
  template <size_t N>
  consteval JsonName(const char (&name)[N]) : size_(N - 1) {  // NOLINT: implicit on purpose
    static_assert(N - 1 + 4 <= kBytes, "a member name longer than 35 bytes");
    quoted_[0] = '"';
    for (size_t k = 0; k + 1 < N; ++k) {
      const auto b = static_cast<unsigned char>(name[k]);
      if (b < 0x20 || b >= 0x80 || b == '"' || b == '\\') throw "member name needs escaping";
      quoted_[k + 1] = name[k];
    }
    quoted_[N] = '"';
    quoted_[N + 1] = ':';
    quoted_[N + 2] = ' ';
  }
  // '"', the name, '"', ':', ' ', then zeros to kBytes.
  const char* quoted() const { return quoted_; }
  size_t size() const { return size_; }

 private:
  char quoted_[kBytes] = {};
  size_t size_;
};

namespace json_layout_internal {
// ",\n" and 65 spaces; WriteJsonSeparator copies kSeparatorCopy bytes of it
// from the comma or from the newline.
inline constexpr char kCommaNewlineAndSpaces[] =
    ",\n                                                                 ";
inline constexpr size_t kSeparatorCopy = sizeof kCommaNewlineAndSpaces - 2;
inline constexpr size_t kShortSeparatorCopy = 32;

char* WriteLongJsonSeparator(char* p, bool comma, size_t indent);  // json_stream.cc
}  // namespace json_layout_internal

// The room WriteJsonSeparator needs at `depth`: what it writes, and at the
// usual depths the fixed-size block it copies.
inline size_t JsonSeparatorBound(int depth, bool compact) {
  return compact
             ? 1
             : std::max(static_cast<size_t>(depth) * 2 + 2, json_layout_internal::kSeparatorCopy);
}

// Writes at `p` (room given) the separator before a member or an element:
// a comma unless it is the first, then a newline and the indent of `depth`
// (the comma alone in compact mode). Returns the end.
[[gnu::always_inline]] inline char* WriteJsonSeparator(char* p, bool comma, int depth,
                                                       bool compact) {
  using namespace json_layout_internal;
  if (compact) {
    *p = ',';
    return p + (comma ? 1 : 0);
  }
  // The comma, the newline and the indent in one copy of a fixed size (no
  // call), of which the position keeps what counts: 32 bytes up to depth
  // 15, kSeparatorCopy up to depth 32.
  const size_t indent = static_cast<size_t>(depth) * 2;
  const size_t skip = comma ? 0 : 1;
  if (indent + 2 <= kShortSeparatorCopy) {
    std::memcpy(p, kCommaNewlineAndSpaces + skip, kShortSeparatorCopy);
    return p + indent + 2 - skip;
  }
  return WriteLongJsonSeparator(p, comma, indent);
}

// The key's block at `p` (room for JsonName::kBytes): the quoted name, its
// colon, and in the pretty layout a space. Returns the end.
[[gnu::always_inline]] inline char* WriteJsonKey(char* p, const JsonName& key, bool compact) {
  std::memcpy(p, key.quoted(), JsonName::kBytes);
  return p + key.size() + (compact ? 3 : 4);
}

}  // namespace congvan::io_internal

#endif  // CONGVAN_SRC_IO_JSON_LAYOUT_H_
