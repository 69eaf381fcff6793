// Streaming JSON in nlohmann's pretty-print layout.
//
// Approach: the writer keeps a raw buffer and a write pointer. Each piece —
// a separator with its indent, a bracket, a quoted member name with its
// colon, a number, an escaped string — first asks for room for as many bytes
// as it can take at most (a flush when they do not fit) and is then written
// through the pointer, with no bounds checks or size updates per byte (a
// std::string append per piece cost about as much as the escaping). Strings
// are escaped straight into the buffer (io/json_escape.h), given room for
// their worst case; one too long for that is checked for valid UTF-8 first
// and escaped piece by piece, cut at character boundaries. Layout (indent,
// separators, empty containers) follows nlohmann's dump(2);
// tests/io/json_writer_test.cc checks it byte for byte on every corpus text
// and every fuzz input.
#include "io/json_stream.h"

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>

#include "io/json_integer.h"

namespace congvan::io_internal {

JsonStream::JsonStream(std::ostream& out, bool compact)
    : out_(out),
      buffer_(new char[kBufferBytes]),
      capacity_(kBufferBytes),
      pos_(buffer_.get()),
      end_(buffer_.get() + kBufferBytes),
      compact_(compact) {}

JsonStream::~JsonStream() { Flush(); }

void JsonStream::Flush() {
  if (pos_ == buffer_.get()) return;
  out_.write(buffer_.get(), static_cast<std::streamsize>(pos_ - buffer_.get()));
  pos_ = buffer_.get();
}

void JsonStream::MakeRoom(size_t n) {
  Flush();
  if (n <= capacity_) return;
  buffer_.reset(new char[n]);  // a piece larger than the buffer: rare
  capacity_ = n;
  pos_ = buffer_.get();
  end_ = pos_ + n;
}

void JsonStream::Put(std::string_view bytes) {
  if (bytes.size() > kBufferBytes) {
    Flush();
    out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return;
  }
  char* p = Room(bytes.size());
  std::memcpy(p, bytes.data(), bytes.size());
  pos_ = p + bytes.size();
}

namespace json_layout_internal {

char* WriteLongJsonSeparator(char* p, bool comma, size_t indent) {
  const size_t skip = comma ? 0 : 1;
  if (indent + 2 <= kSeparatorCopy) {
    std::memcpy(p, kCommaNewlineAndSpaces + skip, kSeparatorCopy);
    return p + indent + 2 - skip;
  }
  if (comma) *p++ = ',';
  *p++ = '\n';
  std::memset(p, ' ', indent);
  return p + indent;
}

}  // namespace json_layout_internal

void JsonStream::ElementSeparator() {
  if (depth_ == 0) return;
  char* p = Room(SeparatorBound(depth_));
  pos_ = WriteSeparator(p, !first_, depth_);
  first_ = false;
}

// The quotes written here and the characters by EscapeJsonChars: one call
// a string (a third of the strings of a parse are values like "1.2.3").
void JsonStream::WriteString(std::string_view s) {
  const size_t bound = JsonEscapedBound(s.size());
  if (bound > kBufferBytes) {
    LongString(s);
    return;
  }
  char* p = Room(bound);
  *p = '"';
  char* end = EscapeJsonChars(p + 1, s);
  if (end == nullptr) {
    Put(NlohmannJsonString(s));
    return;
  }
  *end = '"';
  pos_ = end + 1;
}

void JsonStream::AnyKey(std::string_view key) {
  const bool comma = !first_;
  first_ = false;
  after_key_ = true;
  char* p = Room(SeparatorBound(depth_));
  pos_ = WriteSeparator(p, comma, depth_);
  WriteString(key);
  Put(compact_ ? ":" : ": ");
}

void JsonStream::String(std::string_view s) {
  BeforeValue();
  WriteString(s);
}

void JsonStream::LongString(std::string_view s) {
  if (!EscapableAsIs(s)) {
    Put(NlohmannJsonString(s));
    return;
  }
  Put("\"");
  // Pieces whose escaped bound fits the buffer, ending at a character
  // boundary (in a valid string at most three continuation bytes follow
  // a lead).
  constexpr size_t kPiece = (kBufferBytes - 2) / 6;
  for (size_t from = 0; from < s.size();) {
    size_t to = std::min(s.size(), from + kPiece);
    while (to < s.size() && (static_cast<unsigned char>(s[to]) & 0xC0) == 0x80) --to;
    std::string_view piece = s.substr(from, to - from);
    pos_ = EscapeJsonChars(Room(JsonEscapedBound(piece.size())), piece);
    from = to;
  }
  Put("\"");
}

void JsonStream::StringOrNull(std::string_view s) {
  if (s.empty()) {
    Null();
  } else {
    String(s);
  }
}

void JsonStream::Int(long long value) {
  BeforeValue();
  pos_ = WriteJsonInteger(Room(kJsonIntegerBytes), value);
}

// What BeginArray, Int, Int, EndArray write, in one piece (every task has
// its lines as a pair): one request for room, no state kept between.
void JsonStream::Pair(long long first, long long last) {
  BeforeValue();
  const size_t inner = SeparatorBound(depth_ + 1);
  char* p = Room(2 * inner + SeparatorBound(depth_) + 2 * kJsonIntegerBytes + 2);
  *p++ = '[';
  p = WriteSeparator(p, false, depth_ + 1);
  p = WriteJsonInteger(p, first);
  p = WriteSeparator(p, true, depth_ + 1);
  p = WriteJsonInteger(p, last);
  p = WriteSeparator(p, false, depth_);
  *p++ = ']';
  pos_ = p;
  first_ = false;
}

void JsonStream::Value(const nlohmann::json& value) {
  BeforeValue();
  const std::string dumped =
      value.dump(compact_ ? -1 : 2, ' ', false, nlohmann::json::error_handler_t::replace);
  // Raw newlines occur only between elements (strings escape theirs), so
  // each one is followed by the indentation of the current nesting.
  const std::string indent(static_cast<size_t>(depth_) * 2, ' ');
  std::string_view rest = dumped;
  for (size_t nl = rest.find('\n'); nl != std::string_view::npos; nl = rest.find('\n')) {
    Put(rest.substr(0, nl + 1));
    Put(indent);
    rest.remove_prefix(nl + 1);
  }
  Put(rest);
}

void JsonStream::Compact(const nlohmann::json& value) {
  BeforeValue();
  Put(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void JsonStream::Members(const nlohmann::json& object) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    AnyKey(it.key());
    Value(it.value());
  }
}

void JsonStream::Raw(std::string_view text) { Put(text); }

}  // namespace congvan::io_internal
