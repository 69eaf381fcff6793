// The OCR-noise test (ocr_noise.h).
//
// Three gates, cheapest first: a bound read sixteen bytes at a time
// (parse/ocr_candidates.cc) turns away most lines, the trigger below most of
// the rest, and the full test decides.
//
// Approach: the full test walks a line token by token and asks ICU for each
// character's letter, case and digit properties. Most short lines are prose,
// and a byte pass can bound how many of their tokens could be weird: a token
// is weird only if it holds a bracket or tilde, a digit, or a capital right
// after a small letter. The trigger counts the tokens that hold one of those
// (ASCII through a byte table, other characters through ICU's answers
// tabled once for the blocks Vietnamese and English text is written in,
// text/code_point_table.h), so it never calls a token harmless that the full
// test finds weird; only a line where 30 % of the tokens could be weird goes
// to the full test. A run of small ASCII letters notes only the token's start,
// so it is stepped over in a tight loop, and the two shapes of nearly every
// other character (two bytes, or three led by E1: ạ ả ấ …) are decoded inline
// rather than through U8_NEXT (tests/parse/ocr_noise_test.cc compares the
// trigger with a plain loop over code points on every corpus line).
#include "parse/ocr_noise.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>

#include "text/code_point_table.h"

namespace congvan::parse {
namespace {

// A character's properties as the full test reads them.
enum CharFlag : uint8_t {
  kAlpha = 1,
  kUpper = 2,    // an upper-case letter
  kLower = 4,    // a lower-case letter
  kDigit = 8,    // a digit that is not a letter
  kBracket = 16  // [ ] { } ~
};

uint8_t FlagsFromIcu(UChar32 c) {
  uint8_t flags = 0;
  if (u_isalpha(c)) {
    flags |= kAlpha;
    if (u_isupper(c)) flags |= kUpper;
    if (u_islower(c)) flags |= kLower;
  } else if (u_isdigit(c)) {
    flags |= kDigit;
  }
  return flags;
}

// The full test's ASCII answers (it classifies ASCII without ICU).
constexpr std::array<uint8_t, 128> AsciiFlags() {
  std::array<uint8_t, 128> flags{};
  for (int c = 'A'; c <= 'Z'; ++c) flags[c] = kAlpha | kUpper;
  for (int c = 'a'; c <= 'z'; ++c) flags[c] = kAlpha | kLower;
  for (int c = '0'; c <= '9'; ++c) flags[c] = kDigit;
  for (char c : {'[', ']', '{', '}', '~'}) flags[static_cast<uint8_t>(c)] = kBracket;
  return flags;
}
constexpr std::array<uint8_t, 128> kAsciiFlags = AsciiFlags();

// ICU's answers for the characters a Vietnamese or English text is written
// in (text/code_point_table.h), asked once per process; others asked each time.
struct NonAsciiFlags {
  text::CodePointTable table{FlagsFromIcu};
  uint8_t Of(UChar32 c) const {
    const uint8_t* flags = table.Find(c);
    return flags != nullptr ? *flags : FlagsFromIcu(c);
  }
};

}  // namespace

namespace ocr_internal {

namespace {

// The code point of the well-formed two-byte sequence or E1-led three-byte
// sequence (U+1000–U+1FFF: Vietnamese's ạ ả ấ …) at p (before end), and its
// length, decoded inline; 0 for anything else, which U8_NEXT decodes. The
// same code point and length as U8_NEXT's for these shapes.
inline int CommonSequenceAt(const uint8_t* p, const uint8_t* end, UChar32* c) {
  auto continuation = [](uint8_t b) { return (b & 0xC0) == 0x80; };
  const uint8_t lead = p[0];
  if (lead >= 0xC2 && lead <= 0xDF && end - p >= 2 && continuation(p[1])) {
    *c = ((lead & 0x1F) << 6) | (p[1] & 0x3F);
    return 2;
  }
  if (lead == 0xE1 && end - p >= 3 && continuation(p[1]) && continuation(p[2])) {
    *c = 0x1000 | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    return 3;
  }
  return 0;
}

}  // namespace

bool MayBeOcrGarbage(std::string_view s) {
  static const NonAsciiFlags kNonAscii;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const uint8_t* const end = p + s.size();
  int total = 0, may_be_weird = 0;
  bool token_starts = true, token_may_be_weird = false, prev_lower = false;
  auto small_letter = [](uint8_t b) { return static_cast<uint8_t>(b - 'a') < 26; };
  while (p < end) {
    uint8_t b = *p;
    if (small_letter(b)) {  // most bytes: a run of them notes only the token's start
      total += token_starts;
      token_starts = false;
      prev_lower = true;
      do ++p;
      while (p < end && small_letter(*p));
      continue;
    }
    if (b == ' ') {
      may_be_weird += token_may_be_weird;
      token_starts = true;
      token_may_be_weird = prev_lower = false;
      ++p;
      continue;
    }
    total += token_starts;
    token_starts = false;
    uint8_t flags;
    if (b < 0x80) {
      flags = kAsciiFlags[b];
      ++p;
    } else {
      UChar32 c;
      if (int length = CommonSequenceAt(p, end, &c); length != 0) {
        p += length;
      } else {
        int32_t k = 0;
        U8_NEXT(p, k, static_cast<int32_t>(end - p), c);
        p += k;
        if (c < 0) continue;  // skipped by the full test too, which keeps prev_lower
      }
      flags = kNonAscii.Of(c);
    }
    if ((flags & (kDigit | kBracket)) || ((flags & kUpper) && prev_lower)) {
      token_may_be_weird = true;
    }
    prev_lower = flags & kLower;
  }
  may_be_weird += token_may_be_weird;
  return total >= 4 && may_be_weird * 100 >= total * 30;
}

// OCR garbage: tokens that mix case inside a word ("MaLY"), glue digits to
// letters ("2H2", "0P2") or carry stray brackets ("pHi[[").
// The tokens are counted first (a byte pass), so the test stops as soon as
// the tokens left could no longer make 30 % weird: prose stops at about 70 %.
bool FullOcrGarbageTest(std::string_view s) {
  int total = 0;
  for (size_t k = 0; k < s.size(); ++k) total += s[k] != ' ' && (k == 0 || s[k - 1] == ' ');
  if (total < 4) return false;
  int tokens = 0, weird = 0;
  size_t i = 0;
  while (i < s.size()) {
    if ((weird + total - tokens) * 100 < total * 30) return false;
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j == i) break;
    std::string_view tok = s.substr(i, j - i);
    i = j;
    ++tokens;
    const auto* p = reinterpret_cast<const uint8_t*>(tok.data());
    int32_t n = static_cast<int32_t>(tok.size());
    int upper_after_lower = 0, digits = 0, letters = 0, brackets = 0, slashes = 0;
    bool prev_lower = false;
    for (int32_t k = 0; k < n;) {
      UChar32 c;
      bool alpha, upper, lower, digit;
      if (p[k] < 0x80) {  // ASCII: the same answers as ICU's, without the calls
        c = p[k++];
        upper = c >= 'A' && c <= 'Z';
        lower = c >= 'a' && c <= 'z';
        alpha = upper || lower;
        digit = c >= '0' && c <= '9';
      } else {
        U8_NEXT(p, k, n, c);
        if (c < 0) continue;
        alpha = u_isalpha(c);
        upper = alpha && u_isupper(c);
        lower = alpha && u_islower(c);
        digit = !alpha && u_isdigit(c);
      }
      if (alpha) {
        ++letters;
        if (upper && prev_lower) ++upper_after_lower;
        prev_lower = lower;
      } else {
        prev_lower = false;
        if (digit) ++digits;
        if (c == '[' || c == ']' || c == '{' || c == '}' || c == '~') ++brackets;
        if (c == '/' || c == '-' || c == '.' || c == ',') ++slashes;
      }
    }
    bool mixed_digits = digits > 0 && letters > 0 && slashes == 0;
    if (upper_after_lower > 0 || mixed_digits || brackets > 0) ++weird;
  }
  return tokens >= 4 && weird * 100 >= tokens * 30;
}

}  // namespace ocr_internal

bool LooksLikeOcrGarbage(std::string_view s) {
  return !ocr_internal::SurelyNotOcrGarbage(s) && ocr_internal::MayBeOcrGarbage(s) &&
         ocr_internal::FullOcrGarbageTest(s);
}

}  // namespace congvan::parse
