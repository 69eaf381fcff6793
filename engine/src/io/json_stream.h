// A streaming JSON writer in nlohmann's dump(2) layout (two-space indent,
// one element per line, "{}" / "[]" when empty, UTF-8 kept as is) or its
// compact dump() layout (one line, no spaces), so the parse output can be
// written field by field without building a DOM. Writers whose pieces are
// small nlohmann values (the timeline's lineages, pairs, versions) hand them
// to Value/Members and only the framing between them is streamed. Strings are
// escaped by io/json_escape.h.
#ifndef CONGVAN_SRC_IO_JSON_STREAM_H_
#define CONGVAN_SRC_IO_JSON_STREAM_H_

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <ostream>
#include <string>
#include <string_view>

#include "io/json_escape.h"

namespace congvan::io_internal {

// A member name known when the program is compiled ("lines", "text"): checked
// then to need no escaping, and kept quoted with its colon and a space, so
// JsonStream::Key copies one fixed-size block. A name that fails the check
// (or is longer than 35 bytes) does not compile; names known only at run
// time go through JsonStream::Members.
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

// Writes JSON to an ostream through its own 64 KB buffer (flushed when a
// piece would not fit, and at Flush / destruction). The caller writes a
// well-formed sequence: a Key before each member's value, values directly
// inside arrays. The stream is borrowed and must outlive the writer.
class JsonStream {
 public:
  // `compact`: nlohmann's dump() layout instead of dump(2).
  JsonStream(std::ostream& out, bool compact = false);
  ~JsonStream();
  JsonStream(const JsonStream&) = delete;
  JsonStream& operator=(const JsonStream&) = delete;

  void BeginObject() { Begin('{'); }
  void EndObject() { End('}'); }
  void BeginArray() { Begin('['); }
  void EndArray() { End(']'); }
  // Inline: a document writes some seven keys a task, each known where it
  // is written, and the call cost as much as the copy.
  [[gnu::always_inline]] void Key(const JsonName& key) {
    const bool comma = !first_;
    first_ = false;
    after_key_ = true;
    // Separator, quoted name and colon: the name's block is copied whole (a
    // fixed-size copy, no call) and the position moved past what counts.
    char* p = Room(SeparatorBound(depth_) + JsonName::kBytes);
    p = WriteSeparator(p, comma, depth_);
    std::memcpy(p, key.quoted(), JsonName::kBytes);
    pos_ = p + key.size() + (compact_ ? 3 : 4);
  }
  void String(std::string_view s);
  // The string, or null when it is empty.
  void StringOrNull(std::string_view s);
  void Int(long long value);
  void Null() {
    BeforeValue();
    std::memcpy(Room(4), "null", 4);
    pos_ += 4;
  }
  // A two-number array [first, last].
  void Pair(long long first, long long last);
  // A value built with nlohmann, written as dump(2) would inside the current
  // nesting (or dump() in compact mode).
  void Value(const nlohmann::json& value);
  // A value on one line (nlohmann's dump()) whatever the mode, for long
  // arrays of scalars that would otherwise take a line per element.
  void Compact(const nlohmann::json& value);
  // The members of `object`, in its (sorted) order, into the open object.
  void Members(const nlohmann::json& object);
  // Appends raw text (a newline after the document, a separator between
  // documents); only between complete top-level values.
  void Raw(std::string_view text);
  void Flush();

 private:
  // Room for `n` more bytes at pos_: flushes when they do not fit (and grows
  // the buffer for a piece larger than it). Returns pos_.
  char* Room(size_t n) {
    if (static_cast<size_t>(end_ - pos_) < n) MakeRoom(n);
    return pos_;
  }
  void MakeRoom(size_t n);
  // Copies `bytes` of any length.
  void Put(std::string_view bytes);
  // A member name known only at run time (Members), escaped as needed.
  void AnyKey(std::string_view key);
  // The string literal, no separator.
  // Inlined into String and AnyKey (one call fewer a string).
  [[gnu::always_inline]] inline void WriteString(std::string_view s);
  // A string whose escaped bound is larger than the buffer: checked first,
  // then escaped piece by piece.
  void LongString(std::string_view s);
  // Inside an array or at the top, a value needs its separator; after a key
  // the key already wrote it.
  void BeforeValue() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    ElementSeparator();
  }
  void ElementSeparator();
  // Inline, as Key: a task opens and closes two containers.
  void Begin(char bracket) {
    BeforeValue();
    *Room(1) = bracket;
    ++pos_;
    ++depth_;
    first_ = true;
  }
  void End(char bracket) {
    --depth_;
    char* p = Room(SeparatorBound(depth_) + 1);
    if (!first_) p = WriteSeparator(p, false, depth_);
    *p++ = bracket;
    pos_ = p;
    first_ = false;
  }
  // Writes at `p` (room given) the separator before a member or an element:
  // a comma unless it is the first, then a newline and the indent of
  // `depth` (the comma alone in compact mode). Returns the end.
  // Inline: a key or a value writes one, and the call cost about as much as
  // the copy.
  [[gnu::always_inline]] char* WriteSeparator(char* p, bool comma, int depth) const {
    if (compact_) {
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
    return WriteLongSeparator(p, comma, indent);
  }
  char* WriteLongSeparator(char* p, bool comma, size_t indent) const;
  // The room WriteSeparator needs at `depth`: what it writes, and at the
  // usual depths the fixed-size block it copies.
  size_t SeparatorBound(int depth) const {
    return compact_ ? 1 : std::max(static_cast<size_t>(depth) * 2 + 2, kSeparatorCopy);
  }
  // ",\n" and 65 spaces; WriteSeparator copies kSeparatorCopy bytes of it
  // from the comma or from the newline.
  static constexpr char kCommaNewlineAndSpaces[] =
      ",\n                                                                 ";
  static constexpr size_t kSeparatorCopy = sizeof kCommaNewlineAndSpaces - 2;
  static constexpr size_t kShortSeparatorCopy = 32;

  static constexpr size_t kBufferBytes = 64 * 1024;
  std::ostream& out_;
  std::unique_ptr<char[]> buffer_;
  size_t capacity_ = 0;
  char* pos_ = nullptr;  // the next byte to write
  char* end_ = nullptr;  // the buffer's end
  int depth_ = 0;
  bool first_ = true;       // nothing written yet in the innermost object/array
  bool after_key_ = false;  // a key was written; its value comes next
  bool compact_ = false;
};

}  // namespace congvan::io_internal

#endif  // CONGVAN_SRC_IO_JSON_STREAM_H_
