// Streaming JSON in nlohmann's pretty-print layout.
//
// Approach: the parse output is mostly string bytes, so the escaper is the
// hot loop. A 256-entry table classes each byte as plain, to be escaped, or
// the lead of a multi-byte UTF-8 sequence; the scan copies the runs of plain
// bytes whole and stops only at the others. Multi-byte sequences are checked
// with ICU's U8_NEXT (no hand-written decoder); a string that is not valid
// UTF-8 is serialised by nlohmann instead, so its replacement characters are
// exactly nlohmann's. Layout (indent, separators, empty containers) follows
// nlohmann's dump(2); tests/io/json_writer_test.cc checks both byte for byte
// on every corpus text and every fuzz input.
#include "io/json_stream.h"

#include <unicode/utf8.h>

#include <array>
#include <charconv>
#include <cstdint>
#include <nlohmann/json.hpp>

namespace congvan::io_internal {
namespace {

enum ByteClass : unsigned char { kPlain = 0, kEscape = 1, kMultiByte = 2 };

constexpr std::array<unsigned char, 256> MakeByteClasses() {
  std::array<unsigned char, 256> classes{};
  for (int b = 0; b < 0x20; ++b) classes[b] = kEscape;
  classes['"'] = kEscape;
  classes['\\'] = kEscape;
  for (int b = 0x80; b < 0x100; ++b) classes[b] = kMultiByte;
  return classes;
}
constexpr std::array<unsigned char, 256> kByteClasses = MakeByteClasses();

void AppendEscape(std::string& out, unsigned char c) {
  switch (c) {
    case '"':
      out += "\\\"";
      return;
    case '\\':
      out += "\\\\";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out.append(escaped, sizeof escaped);
    }
  }
}

// Length of the valid UTF-8 sequence at `i` (a lead byte >= 0x80), or 0.
size_t ValidSequenceLength(std::string_view s, size_t i) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  int32_t at = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(bytes, at, static_cast<int32_t>(s.size()), c);
  if (c < 0 || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  return static_cast<size_t>(at) - i;
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view s) {
  // U8_NEXT indexes with int32_t.
  if (s.size() > static_cast<size_t>(INT32_MAX)) {
    out += nlohmann::json(std::string(s))
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  const size_t start = out.size();
  out += '"';
  size_t run = 0;  // first byte not yet copied
  size_t i = 0;
  while (i < s.size()) {
    const auto byte = static_cast<unsigned char>(s[i]);
    const unsigned char byte_class = kByteClasses[byte];
    if (byte_class == kPlain) {
      ++i;
      continue;
    }
    if (byte_class == kMultiByte) {
      size_t length = ValidSequenceLength(s, i);
      if (length == 0) {  // nlohmann decides how invalid bytes are replaced
        out.resize(start);
        out += nlohmann::json(std::string(s))
                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      i += length;
      continue;
    }
    out.append(s.data() + run, i - run);
    AppendEscape(out, byte);
    run = ++i;
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

JsonStream::JsonStream(std::ostream& out, bool compact) : out_(out), compact_(compact) {
  buffer_.reserve(kFlushBytes + 4096);
}

JsonStream::~JsonStream() { Flush(); }

void JsonStream::Flush() {
  if (buffer_.empty()) return;
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
}

void JsonStream::NewlineAndIndent(int depth) {
  if (compact_) return;
  buffer_ += '\n';
  buffer_.append(static_cast<size_t>(depth) * 2, ' ');
}

// Inside an array or at the top, a value needs its separator; after a key
// the key already wrote it.
void JsonStream::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ == 0) return;
  if (!first_) buffer_ += ',';
  NewlineAndIndent(depth_);
  first_ = false;
}

void JsonStream::Begin(char bracket) {
  BeforeValue();
  buffer_ += bracket;
  ++depth_;
  first_ = true;
}

void JsonStream::End(char bracket) {
  --depth_;
  if (!first_) NewlineAndIndent(depth_);
  buffer_ += bracket;
  first_ = false;
  MaybeFlush();
}

void JsonStream::Key(std::string_view key) {
  if (!first_) buffer_ += ',';
  NewlineAndIndent(depth_);
  first_ = false;
  AppendJsonString(buffer_, key);
  buffer_ += compact_ ? ":" : ": ";
  after_key_ = true;
}

void JsonStream::String(std::string_view s) {
  BeforeValue();
  AppendJsonString(buffer_, s);
  MaybeFlush();
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
  char digits[24];
  auto [end, error] = std::to_chars(digits, digits + sizeof digits, value);
  (void)error;  // 24 bytes hold every long long
  buffer_.append(digits, end);
}

void JsonStream::Null() {
  BeforeValue();
  buffer_ += "null";
}

void JsonStream::Pair(long long first, long long last) {
  BeginArray();
  Int(first);
  Int(last);
  EndArray();
}

void JsonStream::Value(const nlohmann::json& value) {
  BeforeValue();
  const std::string dumped =
      value.dump(compact_ ? -1 : 2, ' ', false, nlohmann::json::error_handler_t::replace);
  // Raw newlines occur only between elements (strings escape theirs), so
  // each one is followed by the indentation of the current nesting.
  size_t start = 0;
  for (size_t nl = dumped.find('\n'); nl != std::string::npos; nl = dumped.find('\n', start)) {
    buffer_.append(dumped, start, nl + 1 - start);
    buffer_.append(static_cast<size_t>(depth_) * 2, ' ');
    start = nl + 1;
  }
  buffer_.append(dumped, start, std::string::npos);
  MaybeFlush();
}

void JsonStream::Compact(const nlohmann::json& value) {
  BeforeValue();
  buffer_ += value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  MaybeFlush();
}

void JsonStream::Members(const nlohmann::json& object) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    Key(it.key());
    Value(it.value());
  }
}

void JsonStream::Raw(std::string_view text) {
  buffer_.append(text);
  MaybeFlush();
}

}  // namespace congvan::io_internal
