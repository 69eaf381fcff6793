// A streaming JSON writer in nlohmann's dump(2) layout (two-space indent,
// one element per line, "{}" / "[]" when empty, UTF-8 kept as is) or its
// compact dump() layout (one line, no spaces), so the parse output can be
// written field by field without building a DOM. Writers whose pieces are
// small nlohmann values (the timeline's lineages, pairs, versions) hand them
// to Value/Members and only the framing between them is streamed. Strings are
// escaped by io/json_escape.h, keys and separators laid out by
// io/json_layout.h; a writer that knows the bound of a run of pieces writes
// them through a cursor (Open/Close, io/json_cursor.h).
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

#include "io/json_cursor.h"
#include "io/json_escape.h"
#include "io/json_layout.h"

namespace congvan::io_internal {

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
    pos_ = WriteJsonKey(p, key, compact_);
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

  // A cursor at the write position with room for `room` bytes and the
  // stream's state (io/json_cursor.h), for a run of pieces whose bound the
  // caller knows; nothing may be written through the stream until Close
  // takes the cursor back. REQUIRES: room <= kMaxCursorRoom.
  JsonCursor Open(size_t room) {
    return JsonCursor(Room(room), depth_, first_, after_key_, compact_);
  }
  void Close(const JsonCursor& cursor) {
    pos_ = cursor.p_;
    depth_ = cursor.depth_;
    first_ = cursor.first_;
    after_key_ = cursor.after_key_;
  }
  static constexpr size_t kMaxCursorRoom = 32 * 1024;
  // The nesting depth (0 at the top) and the layout, for a cursor's room.
  int depth() const { return depth_; }
  bool compact() const { return compact_; }

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
  // The separators of io/json_layout.h in this stream's layout.
  [[gnu::always_inline]] char* WriteSeparator(char* p, bool comma, int depth) const {
    return WriteJsonSeparator(p, comma, depth, compact_);
  }
  size_t SeparatorBound(int depth) const { return JsonSeparatorBound(depth, compact_); }

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
