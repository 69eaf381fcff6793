// The grammar's stated openings of anchored cues, read into a table of
// (first byte, second byte) pairs (cue_openings.h). Each opening is read
// position by position into a set of bytes; a multi-byte character gives
// its lead byte and leaves the next byte free, so the table may admit more
// than was stated, never less.

#include "grammar/cue_openings.h"

#include <bit>

namespace congvan::grammar_internal {

namespace {

using Bytes = std::bitset<256>;

// The bytes one position admits, and whether one of its characters is
// longer than a byte (then any byte may follow it).
struct Position {
  Bytes first;
  bool multibyte = false;
  int single = -1;  // the one byte, when the position is one ASCII character
};

size_t Utf8Length(uint8_t lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  return 2;
}

// Reads one character of `text` at *at (an escape "\s", "\f" or "\x" for a
// literal x, or one UTF-8 character) into `position`, advancing *at. The
// character's byte, or -1 for a class escape or a multi-byte character
// (which cannot end a range).
int ReadChar(std::string_view text, size_t* at, Position& position, std::string* error) {
  uint8_t byte = static_cast<uint8_t>(text[*at]);
  if (byte == '\\') {
    if (*at + 1 >= text.size()) {
      *error = "a '\\' ends the openings";
      return -2;
    }
    const char escaped = text[*at + 1];
    *at += 2;
    if (escaped == 's') {
      for (char c : {'\t', '\n', '\f', '\r', ' '}) position.first.set(static_cast<uint8_t>(c));
      return -1;
    }
    byte = escaped == 'f' ? '\f' : static_cast<uint8_t>(escaped);
    position.first.set(byte);
    return byte;
  }
  const size_t length = Utf8Length(byte);
  if (*at + length > text.size()) {
    *error = "a truncated character in the openings";
    return -2;
  }
  *at += length;
  position.first.set(byte);
  if (length == 1) return byte;
  position.multibyte = true;
  return -1;
}

// Reads a class "[...]" at *at (on its '[') into `position`.
bool ReadClass(std::string_view text, size_t* at, Position& position, std::string* error) {
  ++*at;  // '['
  const bool negated = *at < text.size() && text[*at] == '^';
  if (negated) ++*at;
  int previous = -1;
  while (*at < text.size() && text[*at] != ']') {
    if (text[*at] == '-' && previous >= 0 && *at + 1 < text.size() && text[*at + 1] != ']') {
      ++*at;
      const int last = ReadChar(text, at, position, error);
      if (last == -2) return false;
      if (last < previous) {
        *error = "a range in the openings ends before it begins or on a class";
        return false;
      }
      for (int b = previous; b <= last; ++b) position.first.set(static_cast<size_t>(b));
      previous = -1;
      continue;
    }
    previous = ReadChar(text, at, position, error);
    if (previous == -2) return false;
  }
  if (*at >= text.size()) {
    *error = "an unclosed '[' in the openings";
    return false;
  }
  ++*at;          // ']'
  if (negated) {  // every byte but the ASCII ones listed, and any after it
    position.first.flip();
    for (size_t b = 0x80; b < 256; ++b) position.first.set(b);
    position.multibyte = true;
  }
  return true;
}

// Reads the opening at *at (up to the next space outside a class): its
// first two positions into first and *second (left as they are when it has
// one), the rest read for their syntax only. *count is the positions kept.
bool ReadOpening(std::string_view opens, size_t* at, Position& first, Position& second, int* count,
                 std::string* error) {
  *count = 0;
  while (*at < opens.size() && opens[*at] != ' ') {
    Position position;
    if (opens[*at] == '[') {
      if (!ReadClass(opens, at, position, error)) return false;
    } else if ((position.single = ReadChar(opens, at, position, error)) == -2) {
      return false;
    }
    if (position.first.none()) {
      *error = "an empty class in the openings";
      return false;
    }
    if (*count < 2) (*count == 0 ? first : second) = position;
    ++*count;
  }
  return true;
}

// A byte that stands for itself in an opening: ASCII, not a class, an
// escape or the separator.
bool IsPlainWordByte(char c) {
  return static_cast<uint8_t>(c) < 0x80 && c != '[' && c != '\\' && c != ' ';
}

// Reads every opening of `opens` and files each into `seconds`. The number
// read, or -1 on a syntax error.
int ReadOpenings(std::string_view opens, std::array<Bytes, 256>* seconds, std::string* error) {
  int read = 0;
  for (size_t at = 0; at < opens.size();) {
    if (opens[at] == ' ') {
      ++at;
      continue;
    }
    ++read;
    // Most openings are plain ASCII words ("can", "so"): their pair is set
    // without reading positions.
    size_t end = at;
    while (end < opens.size() && IsPlainWordByte(opens[end])) ++end;
    if (end - at >= 2 && (end == opens.size() || opens[end] == ' ')) {
      (*seconds)[static_cast<uint8_t>(opens[at])].set(static_cast<uint8_t>(opens[at + 1]));
      at = end;
      continue;
    }
    Position first, second;
    int count = 0;
    if (!ReadOpening(opens, &at, first, second, &count, error)) return -1;
    Bytes after;
    if (count < 2 || first.multibyte) {
      after.set();
    } else {
      after = second.first;
    }
    if (first.single >= 0) {  // most openings: one byte, not 256 to test
      (*seconds)[static_cast<size_t>(first.single)] |= after;
      continue;
    }
    for (size_t word = 0; word < 4; ++word) {  // the set bytes, 64 at a time
      uint64_t bits = ((first.first >> (64 * word)) & Bytes(~uint64_t{0})).to_ullong();
      for (; bits != 0; bits &= bits - 1)
        (*seconds)[64 * word + static_cast<size_t>(std::countr_zero(bits))] |= after;
    }
  }
  return read;
}

}  // namespace

bool CueOpenings::Add(std::string_view opens, std::string* error) {
  const int read = ReadOpenings(opens, &seconds_, error);
  if (read == 0) *error = "no openings stated";
  return read > 0;
}

}  // namespace congvan::grammar_internal
