// Whether a PDF page's text layer is text (see pdf_text_layer.h).
//
// Approach: a measure true of the script, not of one document. Every word of
// a Vietnamese or English text is letters of the Latin alphabet, the
// Vietnamese vowels carrying their marks (circumflex, breve, horn and the
// five tones) and "đ"; its capitals stand first or throughout; a digit or a
// sign stands between letters only in a code ("3803/SNV", "H5N1", "COVID-19"),
// never before a small letter of the same word. A garbage layer breaks these
// rules in a large share of its words: a legacy OCR font writes Vietnamese
// letters as digits, signs and capitals ("D6ng", "l$p", "ceNG"), a font
// without a Unicode map as other Latin-1 letters ("TÈNH" is well formed,
// "HØI", "H¡nh" are not). Letters are compared in their decomposed form, so
// a layer in NFD is judged as one in NFC.
#include "read/pdf_text_layer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace congvan::read {
namespace {

constexpr int kMinJudgedWords = 40;         // fewer words on a page: not judged
constexpr double kMaxMalformedShare = 0.2;  // measured: real pages ≤ 0.11, garbage ≥ 0.24

bool IsMark(UChar32 c) { return u_charType(c) == U_NON_SPACING_MARK; }

bool IsVietnameseMark(UChar32 c) {
  switch (c) {
    case 0x0300:  // grave
    case 0x0301:  // acute
    case 0x0302:  // circumflex
    case 0x0303:  // tilde
    case 0x0306:  // breve
    case 0x0309:  // hook above
    case 0x031B:  // horn
    case 0x0323:  // dot below
      return true;
    default:
      return false;
  }
}

bool IsAsciiVowel(UChar32 c) {
  switch (u_tolower(c)) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
      return true;
    default:
      return false;
  }
}

// A letter of the Vietnamese or English alphabet: an ASCII letter, "đ", or a
// vowel with Vietnamese marks; the micro sign of units ("µL") too.
bool IsAlphabetLetter(UChar32 c) {
  if (c < 0x80 || c == 0x0110 || c == 0x0111 || c == 0x00B5) return true;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString parts;
  if (U_FAILURE(status) || !nfd->getDecomposition(c, parts) || parts.length() < 2) return false;
  if (!IsAsciiVowel(parts.char32At(0))) return false;
  for (int32_t i = parts.moveIndex32(0, 1); i < parts.length(); i = parts.moveIndex32(i, 1)) {
    if (!IsVietnameseMark(parts.char32At(i))) return false;
  }
  return true;
}

// Characters that join the parts of a code or a compound word.
bool IsJoiner(UChar32 c) {
  switch (c) {
    case '-':
    case '\'':
    case 0x2019:  // ’
    case '.':
    case '/':
    case '&':
    case '_':
    case ',':
    case ':':
    case ';':
    case '(':
    case ')':
      return true;
    default:
      return false;
  }
}

// One word's code points with its combining marks left out (they only
// decide whether the letter before them is in the alphabet).
struct WordShape {
  std::u32string letters;  // every code point but combining marks
  bool has_letter = false;
  bool foreign_letter = false;
};

bool Malformed(const WordShape& w) {
  if (w.foreign_letter) return true;
  const std::u32string& s = w.letters;
  for (size_t i = 1; i < s.size(); ++i) {
    UChar32 a = static_cast<UChar32>(s[i - 1]), b = static_cast<UChar32>(s[i]);
    if (u_islower(a) && u_isupper(b)) return true;  // "ceNG", "HoA"
    if (i >= 2 && u_isalpha(static_cast<UChar32>(s[i - 2])) && !u_isalpha(a) && !IsJoiner(a) &&
        u_islower(b))
      return true;  // "D6ng", "l$p", "H¡nh"
  }
  return false;
}

}  // namespace

double MalformedWordShare(std::string_view text, int* words_out) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(text.size());
  int words = 0, malformed = 0;
  WordShape word;
  UChar32 base = 0;  // the letter the marks that follow belong to
  for (int32_t i = 0; i <= n;) {
    UChar32 c = ' ';
    if (i < n) U8_NEXT(s, i, n, c);
    if (c < 0 || u_isUWhiteSpace(c)) {
      if (word.has_letter) {
        ++words;
        malformed += Malformed(word) ? 1 : 0;
      }
      word = WordShape();
      base = 0;
      if (i >= n) break;
      continue;
    }
    if (IsMark(c)) {
      // NFD: a mark is foreign unless it is a Vietnamese mark on a vowel.
      if (base != 0 && !(IsAsciiVowel(base) && IsVietnameseMark(c))) word.foreign_letter = true;
      continue;
    }
    word.letters.push_back(static_cast<char32_t>(c));
    if (u_isalpha(c)) {
      word.has_letter = true;
      if (!IsAlphabetLetter(c)) word.foreign_letter = true;
    }
    base = u_isalpha(c) && c < 0x80 ? c : 0;
  }
  if (words_out != nullptr) *words_out = words;
  return words == 0 ? 0.0 : static_cast<double>(malformed) / words;
}

bool ReadsAsText(std::string_view text) {
  int words = 0;
  double share = MalformedWordShare(text, &words);
  return words < kMinJudgedWords || share <= kMaxMalformedShare;
}

std::string ReadableLayoutText(const std::vector<WordBox>& words) {
  std::string text = LayoutText(words);
  return ReadsAsText(text) ? text : std::string();
}

}  // namespace congvan::read
