// The grammar's stated openings of anchored cues, read into a table of
// (first byte, second byte) pairs (cue_openings.h). Each opening is read
// position by position into a set of bytes; a multi-byte character gives
// its lead byte and leaves the next byte free, so the table may admit more
// than was stated, never less.

#include "grammar/cue_openings.h"

#include <algorithm>
#include <bit>
#include <cstring>

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

// Reads the opening at *at (up to the next space outside a class, or its
// need's '@'): its first two positions into first and *second (left as they
// are when it has one), the rest read for their syntax only. *count is the
// positions kept.
bool ReadOpening(std::string_view opens, size_t* at, Position& first, Position& second, int* count,
                 std::string* error) {
  *count = 0;
  while (*at < opens.size() && opens[*at] != ' ' && opens[*at] != '@') {
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
// escape, a need or the separator.
bool IsPlainWordByte(char c) {
  return static_cast<uint8_t>(c) < 0x80 && c != '[' && c != '\\' && c != ' ' && c != '@';
}

// Reads a need's literal at *at, up to '|' or ')': each byte a position, "\s"
// RE2's whitespace, "\x" the byte x.
bool ReadNeedLiteral(std::string_view text, size_t* at, std::vector<Bytes>& literal,
                     std::string* error) {
  while (*at < text.size() && text[*at] != '|' && text[*at] != ')') {
    Bytes bytes;
    if (text[*at] == ' ' || text[*at] == '(') {
      *error = "a space or '(' in a need's literal";
      return false;
    }
    if (text[*at] == '\\') {
      if (*at + 1 >= text.size()) {
        *error = "a '\\' ends the openings";
        return false;
      }
      const char escaped = text[*at + 1];
      if (escaped == 's') {
        for (char c : {'\t', '\n', '\f', '\r', ' '}) bytes.set(static_cast<uint8_t>(c));
      } else {
        bytes.set(static_cast<uint8_t>(escaped));
      }
      *at += 2;
    } else {
      bytes.set(static_cast<uint8_t>(text[*at]));
      ++*at;
    }
    literal.push_back(bytes);
  }
  if (literal.empty()) *error = "an empty literal in a need";
  return !literal.empty();
}

}  // namespace

int CueOpenings::ReadNeed(std::string_view opens, size_t* at, std::string* error) {
  const size_t begin = *at;
  ++*at;  // '@'
  Need need;
  while (*at < opens.size() && opens[*at] >= '0' && opens[*at] <= '9')
    need.within = need.within * 10 + static_cast<size_t>(opens[(*at)++] - '0');
  if (need.within == 0 || *at >= opens.size() || opens[*at] != '(') {
    *error = "a need is '@' bytes '(' literals ')'";
    return -1;
  }
  ++*at;
  for (;;) {
    need.literals.emplace_back();
    if (!ReadNeedLiteral(opens, at, need.literals.back(), error)) return -1;
    need.first_bytes |= need.literals.back().front();
    if (*at >= opens.size()) {
      *error = "an unclosed '(' in a need";
      return -1;
    }
    if (opens[(*at)++] == ')') break;  // else '|'
  }
  need.text = std::string(opens.substr(begin, *at - begin));
  for (size_t i = 0; i < needs_.size(); ++i) {
    if (needs_[i].text == need.text) return static_cast<int>(i);
  }
  if (needs_.size() == kMaxNeeds) {
    *error = "more than eight distinct needs";
    return -1;
  }
  need.pairs = std::make_unique<std::array<Bytes, 256>>();
  if (need.first_bytes.count() <= 2) {
    for (size_t byte = 0; byte < 256; ++byte) {
      if (need.first_bytes.test(byte)) need.few_first_bytes.push_back(static_cast<char>(byte));
    }
  }
  needs_.push_back(std::move(need));
  return static_cast<int>(needs_.size() - 1);
}

void CueOpenings::FilePairs(const Bytes& first, const Bytes& after, int need) {
  for (size_t word = 0; word < 4; ++word) {  // the set bytes, 64 at a time
    uint64_t bits = ((first >> (64 * word)) & Bytes(~uint64_t{0})).to_ullong();
    for (; bits != 0; bits &= bits - 1) {
      const size_t byte = 64 * word + static_cast<size_t>(std::countr_zero(bits));
      if (need < 0) {
        seconds_[byte] |= after;
        continue;
      }
      (*needs_[static_cast<size_t>(need)].pairs)[byte] |= after;
      gated_firsts_.set(byte);
    }
  }
}

int CueOpenings::Read(std::string_view opens, std::string* error) {
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
      seconds_[static_cast<uint8_t>(opens[at])].set(static_cast<uint8_t>(opens[at + 1]));
      at = end;
      continue;
    }
    Position first, second;
    int count = 0;
    if (!ReadOpening(opens, &at, first, second, &count, error)) return -1;
    int need = -1;
    if (at < opens.size() && opens[at] == '@' && (need = ReadNeed(opens, &at, error)) < 0)
      return -1;
    if (at < opens.size() && opens[at] != ' ') {
      *error = "an opening goes on after its need";
      return -1;
    }
    Bytes after;
    if (count < 2 || first.multibyte) {
      after.set();
    } else {
      after = second.first;
    }
    if (first.single >= 0 && need < 0) {  // most openings: one byte, not 256 to test
      seconds_[static_cast<size_t>(first.single)] |= after;
      continue;
    }
    FilePairs(first.first, after, need);
  }
  return read;
}

bool CueOpenings::Need::LiteralAt(std::string_view line, size_t at) const {
  for (const std::vector<Bytes>& literal : literals) {
    if (at + literal.size() > line.size()) continue;
    size_t k = 0;
    while (k < literal.size() && literal[k].test(static_cast<uint8_t>(line[at + k]))) ++k;
    if (k == literal.size()) return true;
  }
  return false;
}

bool CueOpenings::Need::HeldBy(std::string_view line) const {
  const size_t limit = std::min(within, line.size());
  if (!few_first_bytes.empty()) {
    for (char byte : few_first_bytes) {
      for (size_t at = 0; at < limit; ++at) {
        const void* found = std::memchr(line.data() + at, byte, limit - at);
        if (found == nullptr) break;
        at = static_cast<size_t>(static_cast<const char*>(found) - line.data());
        if (LiteralAt(line, at)) return true;
      }
    }
    return false;
  }
  for (size_t at = 0; at < limit; ++at) {
    if (first_bytes.test(static_cast<uint8_t>(line[at])) && LiteralAt(line, at)) return true;
  }
  return false;
}

bool CueOpenings::MeetsANeed(std::string_view line, uint8_t first, uint8_t second) const {
  for (const Need& need : needs_) {
    if ((*need.pairs)[first].test(second) && need.HeldBy(line)) return true;
  }
  return false;
}

bool CueOpenings::Add(std::string_view opens, std::string* error) {
  const int read = Read(opens, error);
  if (read == 0) *error = "no openings stated";
  return read > 0;
}

}  // namespace congvan::grammar_internal
