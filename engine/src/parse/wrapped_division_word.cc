// WrapsDivisionNumber(): a division heading wrapped after its word.
//
// A legal portal's crawl puts its caption before each section heading
// ("Luật Quốc tịch Việt Nam 2008. Mục 1. QUY ĐỊNH CHUNG", the caption the
// grammar's lead takes) and wraps the line wherever its width runs out,
// often right after the division's word: "Luật Sở hữu trí tuệ 2005. Mục" /
// "1. QUY ĐỊNH CHUNG" (108 lines in 17 of the crawl's laws). Read alone, the
// first line is text and the second a clause "1." of the article before, so
// the section is lost and its second one reported as a gap. The word is
// read as a division's only where drafting and the caption put one — after
// a sentence's full stop, or alone on its line — never inside a sentence,
// where "… quy định tại Mục" / "2 Chương này" is a reference broken at a
// link; and only when the grammar reads the word and the next line's start
// together as a heading marker whose number lies on the next line. The word
// may be two ("Tiểu mục" / "2. QUYỀN SỬ DỤNG", Bộ luật Dân sự 2015's crawl:
// 16 times) and may open with a capital beyond ASCII ("Điều" / "26. Nội dung
// quy hoạch vùng", the crawl's VBHN 17 and 20/VBHN-VPQH).
#include "parse/wrapped_division_word.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string>

namespace congvan::parse {
namespace {

constexpr size_t kMaxWordBytes = 16;        // "Tiểu mục", "Chương", "Part", "Section"
constexpr size_t kMarkerContextBytes = 80;  // the marker and the words its pattern looks at

// The first letter of `word` is a capital ("Mục", "Điều", "Part").
bool StartsUppercase(std::string_view word) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s, i, static_cast<int32_t>(word.size()), c);
  return c > 0 && u_isupper(c);
}

// Bytes at the end of `prev` (trailing spaces gone) that may be a division's
// word: its last word, or its last two when the last is in lower case ("Tiểu
// mục"); the grammar decides whether they are one.
size_t DivisionWordStart(std::string_view prev) {
  size_t space = prev.rfind(' ');
  if (space == std::string_view::npos) return 0;
  if (StartsUppercase(prev.substr(space + 1))) return space + 1;
  size_t before = prev.rfind(' ', space - 1);
  return before == std::string_view::npos || space == 0 ? 0 : before + 1;
}

}  // namespace

bool StartsWithAsciiDigitOrRoman(std::string_view s) {
  if (s.empty()) return false;
  char c = s.front();
  return (c >= '0' && c <= '9') || c == 'I' || c == 'V' || c == 'X' || c == 'L';
}

bool ReadsAsDivisionHeading(std::string_view word, std::string_view line, const Grammar& grammar) {
  if (word.empty() || !StartsWithAsciiDigitOrRoman(line)) return false;
  std::string joined(word);
  joined += ' ';
  joined.append(line.substr(0, kMarkerContextBytes));
  for (const MarkerMatch& m : grammar.Match(joined)) {
    const MarkerStyle& style = grammar.styles()[static_cast<size_t>(m.style)];
    if (!style.level.empty() && m.value > 0 && m.text_begin > word.size() + 1) return true;
  }
  return false;
}

LetterCases CountLetterCases(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());
  LetterCases cases;
  for (int32_t i = 0; i < size;) {
    UChar32 c;
    U8_NEXT(bytes, i, size, c);
    if (c < 0) continue;
    if (u_isupper(c)) ++cases.upper;
    if (u_islower(c)) ++cases.lower;
  }
  return cases;
}

std::string_view TrailingDivisionWord(std::string_view line) {
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  size_t start = DivisionWordStart(line);
  if (start == 0) return {};
  std::string_view word = line.substr(start);
  if (word.size() > kMaxWordBytes || !StartsUppercase(word)) return {};
  return word;
}

bool WrapsDivisionNumber(std::string_view prev, std::string_view line, const Grammar& grammar) {
  while (!prev.empty() && prev.back() == ' ') prev.remove_suffix(1);
  if (prev.empty() || !StartsWithAsciiDigitOrRoman(line)) return false;
  size_t start = DivisionWordStart(prev);
  std::string_view word = prev.substr(start);
  if (word.empty() || word.size() > kMaxWordBytes || !StartsUppercase(word)) return false;
  // After a sentence's full stop, or alone on its line.
  if (start > 0) {
    std::string_view before = prev.substr(0, start - 1);
    if (before.empty() || before.back() != '.') return false;
  }
  return ReadsAsDivisionHeading(word, line, grammar);
}

}  // namespace congvan::parse
