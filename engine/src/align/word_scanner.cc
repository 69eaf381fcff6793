// Plain UTF-8 word scanner (see word_scanner.h).
#include "align/word_scanner.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace congvan::align_internal {
namespace {

constexpr std::array<bool, 128> AsciiWordTable() {
  std::array<bool, 128> t{};
  for (int c = '0'; c <= '9'; ++c) t[static_cast<size_t>(c)] = true;
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<size_t>(c)] = true;
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<size_t>(c)] = true;
  return t;
}
constexpr std::array<bool, 128> kAsciiWord = AsciiWordTable();

bool IsWordCodePointByIcu(UChar32 c) {
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

// Code points below U+2000 (Latin with every Vietnamese letter, combining
// marks, Greek, Cyrillic) answered from a table filled once from ICU: the
// same answers without a call per character.
constexpr UChar32 kTableEnd = 0x2000;
std::array<bool, kTableEnd> WordTable() {
  std::array<bool, kTableEnd> t{};
  for (UChar32 c = 0; c < kTableEnd; ++c) t[static_cast<size_t>(c)] = IsWordCodePointByIcu(c);
  return t;
}
// Filled at start-up (ICU's character properties need no initialisation),
// so a lookup costs no guard check.
const std::array<bool, kTableEnd> kWordTable = WordTable();

bool IsWordCodePoint(UChar32 c) {
  if (c < 128) return c >= 0 && kAsciiWord[static_cast<size_t>(c)];
  if (c < kTableEnd) return kWordTable[static_cast<size_t>(c)];
  return IsWordCodePointByIcu(c);
}

bool IsDigitCodePoint(UChar32 c) { return c >= '0' && c <= '9'; }

// The code point at byte i, and the byte after it. ASCII and well-formed two-
// and three-byte sequences (every Vietnamese letter) are decoded here; the
// rest (four-byte and ill-formed sequences) by ICU's U8_NEXT, which gives the
// same code points for what is decoded here.
inline UChar32 At(std::string_view text, size_t i, size_t* next) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  size_t n = text.size();
  uint8_t b0 = p[i];
  if (b0 < 0x80) {
    *next = i + 1;
    return b0;
  }
  if (b0 >= 0xC2 && b0 < 0xE0 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
    *next = i + 2;
    return ((b0 & 0x1F) << 6) | (p[i + 1] & 0x3F);
  }
  if ((b0 & 0xF0) == 0xE0 && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
    UChar32 c = ((b0 & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
    if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
      *next = i + 3;
      return c;
    }
  }
  int32_t length = static_cast<int32_t>(n);
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(p, k, length, c);
  *next = static_cast<size_t>(k);
  return c;
}

bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }

// Whether the non-word character c, between `previous` (a word character)
// and the character at `after`, is punctuation that ICU keeps inside a word
// or a number.
bool InnerPunctuation(std::string_view text, UChar32 previous, UChar32 c, size_t after) {
  if (!IsApostrophe(c) && c != '.' && c != ',') return false;
  size_t unused;
  UChar32 following = At(text, after, &unused);
  return (IsApostrophe(c) && u_isalpha(previous) && u_isalpha(following)) ||
         ((c == '.' || c == ',') && IsDigitCodePoint(previous) && IsDigitCodePoint(following));
}

}  // namespace

// Two states: between words (skip to the next word character), and inside a
// word (extend while word characters or inner punctuation follow). Inside a
// word, the character before a non-word one is always a word character:
// inner punctuation is only let in when a word character follows it.
void ScanWords(std::string_view text, std::vector<std::string_view>* words) {
  words->clear();
  size_t i = 0, next = 0;
  const size_t n = text.size();
  while (i < n) {
    UChar32 c = At(text, i, &next);
    if (!IsWordCodePoint(c)) {
      i = next;
      continue;
    }
    size_t start = i;
    UChar32 previous = c;
    i = next;
    while (i < n) {
      c = At(text, i, &next);
      if (IsWordCodePoint(c) || (next < n && InnerPunctuation(text, previous, c, next))) {
        previous = c;
        i = next;
        continue;
      }
      break;
    }
    words->push_back(text.substr(start, i - start));
    i = next;  // past the non-word character (or the end)
  }
}

}  // namespace congvan::align_internal
