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

// The code point at byte i, and the byte after it (ASCII without the
// decoder: most bytes of either language are ASCII).
inline UChar32 At(std::string_view text, size_t i, size_t* next) {
  auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) {
    *next = i + 1;
    return byte;
  }
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(text.size());
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(p, k, n, c);
  *next = static_cast<size_t>(k);
  return c;
}

bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }

}  // namespace

void ScanWords(std::string_view text, std::vector<std::string_view>* words) {
  words->clear();
  size_t i = 0, start = 0;
  bool in_word = false;
  UChar32 previous = 0;
  while (i < text.size()) {
    size_t next;
    UChar32 c = At(text, i, &next);
    bool word = IsWordCodePoint(c);
    if (!word && in_word && next < text.size()) {
      // Inner punctuation that ICU keeps inside a word or a number.
      size_t after;
      UChar32 following = At(text, next, &after);
      bool inner =
          (IsApostrophe(c) && u_isalpha(previous) && u_isalpha(following)) ||
          ((c == '.' || c == ',') && IsDigitCodePoint(previous) && IsDigitCodePoint(following));
      if (inner) {
        previous = c;
        i = next;
        continue;
      }
    }
    if (word && !in_word) {
      start = i;
      in_word = true;
    } else if (!word && in_word) {
      words->push_back(text.substr(start, i - start));
      in_word = false;
    }
    previous = c;
    i = next;
  }
  if (in_word) words->push_back(text.substr(start));
}

}  // namespace congvan::align_internal
