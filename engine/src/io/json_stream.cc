// Streaming JSON in nlohmann's pretty-print layout.
//
// Approach: the parse output is mostly string bytes, so the escaper is the
// hot loop. A byte is plain (copied as it is), to be escaped (below 0x20,
// '"', '\\') or the lead of a multi-byte UTF-8 sequence; the scan copies the
// runs of plain bytes whole and stops only at the others. It looks for them
// eight bytes at a time (one 64-bit word, tested for all three kinds at once;
// a 256-entry table for the last few bytes). A multi-byte sequence of the
// shapes Vietnamese is written in (two bytes, or three outside the
// surrogates) is accepted by its continuation bytes; any other goes to ICU's
// U8_NEXT, which decides what is well-formed. A string that is not valid
// UTF-8 is serialised by nlohmann instead, so its replacement characters are
// exactly nlohmann's. Layout (indent, separators, empty containers) follows
// nlohmann's dump(2); tests/io/json_writer_test.cc checks both byte for byte
// on every corpus text and every fuzz input, and the escaper alone against
// nlohmann on strings built around the word boundaries.
#include "io/json_stream.h"

#include <unicode/utf8.h>

#include <array>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
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

bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// ValidSequenceLength, with the two shapes most text is made of accepted
// here: a two-byte sequence (lead C2–DF) and a three-byte one whose second
// byte keeps it above the overlongs (E0) and below the surrogates (ED).
// Everything else is ICU's to decide.
[[gnu::always_inline]] inline size_t SequenceLength(std::string_view s, size_t i) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const size_t left = s.size() - i;
  const unsigned char lead = bytes[0];
  if (lead >= 0xC2 && lead <= 0xDF && left >= 2 && IsContinuation(bytes[1])) return 2;
  if (lead >= 0xE0 && lead <= 0xEF && left >= 3 && IsContinuation(bytes[1]) &&
      IsContinuation(bytes[2]) && !(lead == 0xE0 && bytes[1] < 0xA0) &&
      !(lead == 0xED && bytes[1] > 0x9F)) {
    return 3;
  }
  return ValidSequenceLength(s, i);
}

// The high bit of each byte of `word` that is not plain: below 0x20, '"',
// '\\' or from 0x80. The subtractions borrow only out of a byte that is
// itself flagged, so the lowest flag is always a true one.
uint64_t NonPlainBytes(uint64_t word) {
  constexpr uint64_t kOnes = 0x0101010101010101u;
  constexpr uint64_t kHigh = 0x8080808080808080u;
  const uint64_t control = (word - kOnes * 0x20) & ~word;
  const uint64_t quote = word ^ (kOnes * '"');
  const uint64_t backslash = word ^ (kOnes * '\\');
  const uint64_t quotes = (quote - kOnes) & ~quote;
  const uint64_t backslashes = (backslash - kOnes) & ~backslash;
  return (control | quotes | backslashes | word) & kHigh;
}

// The first byte at or after `i` that is not plain, or s.size(). Inlined
// into the escaper's loop: it stops at every non-ASCII character.
[[gnu::always_inline]] inline size_t NextNonPlain(std::string_view s, size_t i) {
  if constexpr (std::endian::native == std::endian::little) {
    while (i + 8 <= s.size()) {
      uint64_t word;
      std::memcpy(&word, s.data() + i, sizeof word);
      if (uint64_t flags = NonPlainBytes(word); flags != 0) {
        return i + static_cast<size_t>(std::countr_zero(flags)) / 8;
      }
      i += 8;
    }
  }
  while (i < s.size() && kByteClasses[static_cast<unsigned char>(s[i])] == kPlain) ++i;
  return i;
}

// Whether every byte of `s` is plain (a member name, as a rule).
bool AllPlain(std::string_view s) {
  for (char c : s) {
    if (kByteClasses[static_cast<unsigned char>(c)] != kPlain) return false;
  }
  return true;
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
  while ((i = NextNonPlain(s, i)) < s.size()) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (kByteClasses[byte] == kMultiByte) {
      size_t length = SequenceLength(s, i);
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

void JsonStream::SeparatorAndIndent(bool comma, int depth) {
  // The comma, the newline and the indent of the usual depths in one append.
  static constexpr std::string_view kCommaNewlineAndSpaces =
      ",\n                                                                ";
  if (compact_) {
    if (comma) buffer_ += ',';
    return;
  }
  const size_t indent = static_cast<size_t>(depth) * 2;
  if (indent + 2 <= kCommaNewlineAndSpaces.size()) {
    buffer_.append(kCommaNewlineAndSpaces.data() + (comma ? 0 : 1), indent + (comma ? 2 : 1));
    return;
  }
  if (comma) buffer_ += ',';
  buffer_ += '\n';
  buffer_.append(indent, ' ');
}

// Inside an array or at the top, a value needs its separator; after a key
// the key already wrote it.
void JsonStream::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ == 0) return;
  SeparatorAndIndent(!first_, depth_);
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
  if (!first_) SeparatorAndIndent(false, depth_);
  buffer_ += bracket;
  first_ = false;
  MaybeFlush();
}

void JsonStream::Key(std::string_view key) {
  SeparatorAndIndent(!first_, depth_);
  first_ = false;
  after_key_ = true;
  // A key is a short name that needs no escaping (the writers' member
  // names): quoted, with its colon, in one append.
  constexpr size_t kShortKey = 32;
  if (key.size() <= kShortKey && AllPlain(key)) {
    char quoted[kShortKey + 4];
    quoted[0] = '"';
    std::memcpy(quoted + 1, key.data(), key.size());
    std::memcpy(quoted + 1 + key.size(), "\": ", 3);
    buffer_.append(quoted, key.size() + (compact_ ? 3 : 4));
    return;
  }
  AppendJsonString(buffer_, key);
  buffer_ += compact_ ? ":" : ": ";
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
