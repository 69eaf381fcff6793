// A streaming JSON writer in nlohmann's dump(2) layout (two-space indent,
// one element per line, "{}" / "[]" when empty, UTF-8 kept as is) or its
// compact dump() layout (one line, no spaces), so the parse output can be
// written field by field without building a DOM. Writers whose pieces are
// small nlohmann values (the timeline's lineages, pairs, versions) hand them
// to Value/Members and only the framing between them is streamed.
#ifndef CONGVAN_SRC_IO_JSON_STREAM_H_
#define CONGVAN_SRC_IO_JSON_STREAM_H_

#include <nlohmann/json_fwd.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace congvan::io_internal {

// Appends `s` to `out` as a JSON string literal (quotes included), escaped
// exactly as nlohmann's dump(…, ensure_ascii=false, error_handler=replace)
// escapes it: '"', '\\', \b \f \n \r \t, other bytes below 0x20 as \u00xx,
// everything else copied. Invalid UTF-8 is handed to nlohmann itself, so the
// replacement characters are nlohmann's too.
void AppendJsonString(std::string& out, std::string_view s);

// Writes JSON to an ostream through its own buffer (flushed every 64 KB and
// at Flush / destruction). The caller writes a well-formed sequence: a Key
// before each member's value, values directly inside arrays.
// The stream is borrowed and must outlive the writer.
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
  void Key(std::string_view key);
  void String(std::string_view s);
  // The string, or null when it is empty.
  void StringOrNull(std::string_view s);
  void Int(long long value);
  void Null();
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
  void BeforeValue();
  void Begin(char bracket);
  void End(char bracket);
  // Before a member or an element: a comma unless it is the first, then a
  // newline and the indent of `depth` (the comma alone in compact mode).
  void SeparatorAndIndent(bool comma, int depth);
  void MaybeFlush() {
    if (buffer_.size() >= kFlushBytes) Flush();
  }

  static constexpr size_t kFlushBytes = 64 * 1024;
  std::ostream& out_;
  std::string buffer_;
  int depth_ = 0;
  bool first_ = true;       // nothing written yet in the innermost object/array
  bool after_key_ = false;  // a key was written; its value comes next
  bool compact_ = false;
};

}  // namespace congvan::io_internal

#endif  // CONGVAN_SRC_IO_JSON_STREAM_H_
