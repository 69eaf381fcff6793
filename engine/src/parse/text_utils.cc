// Small text predicates shared by the parse stages, on ICU character
// properties (never on byte tricks), plus line splitting and trimming.
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "parse/byte_count.h"
#include "parse/code_point_count.h"
#include "parse/parse_internal.h"
#include "parse/tables.h"
#include "text/code_point_table.h"

namespace congvan::parse {
namespace {

// Whitespace to trim: Unicode White_Space plus zero-width and BOM characters
// that web copies leave at line edges.
bool IsTrimmable(UChar32 c) {
  // ASCII's White_Space is TAB to CR and the space (nearly every line edge).
  if (c < 0x80) return (c >= 0x09 && c <= 0x0D) || c == ' ';
  return u_isUWhiteSpace(c) || c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF ||
         c == 0x2060;
}

std::string_view Trim(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size());
  int32_t begin = 0;
  while (begin < n) {
    int32_t i = begin;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !IsTrimmable(c)) break;
    begin = i;
  }
  int32_t end = n;
  while (end > begin) {
    int32_t i = end;
    UChar32 c;
    U8_PREV(p, 0, i, c);
    if (c < 0 || !IsTrimmable(c)) break;
    end = i;
  }
  return s.substr(static_cast<size_t>(begin), static_cast<size_t>(end - begin));
}

// Markup that Markdown and HTML conversions of documents leave at line
// edges: heading hashes ("## 1. Mục đích"), emphasis ("**I. NHIỆM VỤ**",
// "**1.****"), table pipes ("| Số: 12/BC-UBND | Hà Nội, ngày … |") and inline
// tags (<u>, <strong>). They carry no text, so a line is read without them;
// a line of stars alone is blank.
std::string_view StripEdgeMarkup(std::string_view s) {
  static constexpr std::string_view kOpeners[] = {"**",  "__",       "|",    "<u>",
                                                  "<b>", "<strong>", "<em>", "<i>"};
  static constexpr std::string_view kClosers[] = {"**",   "__",        "|",     "</u>",
                                                  "</b>", "</strong>", "</em>", "</i>"};
  // Every opener begins, and every closer ends, with one of these bytes:
  // a line with neither at its edges has nothing to strip (most lines).
  auto may_open = [](char c) { return c == '#' || c == '*' || c == '_' || c == '|' || c == '<'; };
  auto may_close = [](char c) { return c == '*' || c == '_' || c == '|' || c == '>'; };
  for (bool changed = true; changed && !s.empty();) {
    if (!may_open(s.front()) && !may_close(s.back())) break;
    changed = false;
    size_t hashes = 0;
    while (hashes < s.size() && hashes < 7 && s[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && hashes < s.size() && s[hashes] == ' ') {
      s = Trim(s.substr(hashes));
      changed = true;
    }
    for (std::string_view o : kOpeners) {
      if (s.size() >= o.size() && s.substr(0, o.size()) == o) {
        s = Trim(s.substr(o.size()));
        changed = true;
      }
    }
    for (std::string_view c : kClosers) {
      if (s.size() >= c.size() && s.substr(s.size() - c.size()) == c) {
        s = Trim(s.substr(0, s.size() - c.size()));
        changed = true;
      }
    }
    // Italics: a '*' or '_' glued to the word after it ("*Cần Thơ, ngày 18")
    // or before it ("năm 2025*"); "* " is a bullet and stays.
    if (s.size() >= 2 && (s[0] == '*' || s[0] == '_') && s[1] != ' ' && s[1] != s[0]) {
      s = Trim(s.substr(1));
      changed = true;
    }
    if (s.size() >= 2 && (s.back() == '*' || s.back() == '_') && s[s.size() - 2] != ' ' &&
        s[s.size() - 2] != s.back()) {
      s = Trim(s.substr(0, s.size() - 1));
      changed = true;
    }
  }
  // Only stars left ("* *", "*"): an emphasis run around nothing, which a
  // portal's conversion leaves between the date and the kind title or after
  // the closing; it carries no text, so the line is blank.
  if (!s.empty() && s.front() == '*' && s.find_first_not_of("* ") == std::string_view::npos)
    return s.substr(0, 0);
  return s;
}

// An italic run that opens at the line's start and does not close on it
// ("*Hà Nội, ngày 25" / "tháng 11 năm 2025*"): a single '*' glued to a word.
bool OpensItalicRun(std::string_view trimmed) {
  if (trimmed.size() < 2 || trimmed[0] != '*' || trimmed[1] == '*' || trimmed[1] == ' ')
    return false;
  size_t singles = 0;
  for (size_t i = 0; i < trimmed.size(); ++i) {
    if (trimmed[i] != '*') continue;
    if (i + 1 < trimmed.size() && trimmed[i + 1] == '*') {
      ++i;  // "**" is bold
      continue;
    }
    ++singles;
  }
  return singles % 2 == 1;
}

// The line ends a bold or italic run: it ends with '*' and has no opening
// mark of its own at its start.
bool ClosesRun(std::string_view trimmed) {
  return !trimmed.empty() && trimmed.back() == '*' && trimmed.front() != '*';
}

// The first `c` in [p, end), or null: memchr, which reads many bytes at a
// time (the line splitter's byte loops cost ≈ 5 instructions a byte).
const char* FindByte(const char* p, const char* end, char c) {
  return p < end ? static_cast<const char*>(std::memchr(p, c, static_cast<size_t>(end - p)))
                 : nullptr;
}

// How many "**" `raw` holds, counted left to right without overlap (as
// successive find("**", at + 2) count them): a '*' is looked for with memchr,
// as most lines hold none.
size_t DoubleStars(std::string_view raw) {
  size_t stars = 0;
  const char* const end = raw.data() + raw.size();
  for (const char* p = FindByte(raw.data(), end, '*'); p != nullptr;) {
    if (p + 1 < end && p[1] == '*') {
      ++stars;
      p = FindByte(p + 2, end, '*');
    } else {
      p = FindByte(p + 1, end, '*');
    }
  }
  return stars;
}

// A run opened on one line and closed on the next non-blank one makes the
// next line the rest of the first ("**CHÍNH" / "PHỦ**").
void MarkRunContinuations(std::vector<SourceLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].opens_bold_run && !lines[i].opens_italic_run) continue;
    size_t j = i + 1;
    while (j < lines.size() && lines[j].blank) ++j;
    if (j < lines.size() && lines[j].closes_run) lines[j].continues_run = true;
  }
}

// Whether the sixteen bytes at `p` hold at least `enough` (1–16) ASCII
// letters. An ASCII byte is a whole character and A–Z, a–z are letters, so
// that many there is that many letters in the text, whatever follows.
bool AsciiLettersReachIn16(const uint8_t* p, int enough) {
  uint32_t letters = 0;
#if defined(__SSE2__)
  // Bytes of 80–FF are negative as signed, so below 'a' even with 0x20 set.
  __m128i v =
      _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), _mm_set1_epi8(0x20));
  letters = static_cast<uint32_t>(_mm_movemask_epi8(_mm_and_si128(
      _mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1)))));
#else
  for (int k = 0; k < 16; ++k) {
    uint8_t b = p[k];
    if (b < 0x80 && (b | 0x20) >= 'a' && (b | 0x20) <= 'z') letters |= 1u << k;
  }
#endif
  for (int k = 1; k < enough && letters != 0; ++k) letters &= letters - 1;  // drop enough - 1
  return letters != 0;
}

}  // namespace

// The newlines are counted sixty-four bytes at a time (parse/byte_count.h),
// not by memchr once a line; and a line holding no '*' has no "**" run, so
// DoubleStars reads only the lines before which memchr, asked once per star
// of the text, found the next one.
std::vector<SourceLine> SplitLines(std::string_view text) {
  std::vector<SourceLine> lines;
  lines.reserve(CountByte(text, '\n') + 1);
  const char* const text_end = text.data() + text.size();
  const char* next_star = FindByte(text.data(), text_end, '*');
  size_t start = 0;
  int number = 1;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    SourceLine line;
    line.number = number++;
    std::string_view raw = text.substr(start, nl - start);
    const std::string_view trimmed = Trim(raw);
    line.text = StripEdgeMarkup(trimmed);
    // A bold run that opens at the line's start and does not close on it
    // ("**7. Báo và" / "Phát thanh, Truyền hình thành phố**").
    size_t double_stars = 0;
    if (next_star != nullptr && next_star < raw.data() + raw.size()) {
      double_stars = DoubleStars(raw);
      next_star = FindByte(raw.data() + raw.size(), text_end, '*');
    }
    line.opens_bold_run = double_stars % 2 == 1 && trimmed.substr(0, 2) == "**";
    line.bold = double_stars >= 2 && double_stars % 2 == 0 && trimmed.substr(0, 2) == "**" &&
                trimmed.size() >= 4 && trimmed.substr(trimmed.size() - 2) == "**";
    line.opens_italic_run = OpensItalicRun(trimmed);
    line.closes_run = ClosesRun(trimmed);
    line.blank = line.text.empty();
    line.table_separator = IsTableSeparator(trimmed);
    lines.push_back(std::move(line));
    if (nl == text.size()) break;
    start = nl + 1;
  }
  // A final '\n' does not open another line.
  if (!lines.empty() && lines.back().blank && !text.empty() && text.back() == '\n') {
    lines.pop_back();
  }
  MarkRunContinuations(lines);
  return lines;
}

size_t PlainCodePointCount(std::string_view s) {
  size_t count = 0;
  for (unsigned char c : s) count += (c & 0xC0) != 0x80;
  return count;
}

// Sixteen bytes at a time: a byte that is not a continuation (80–BF, as
// signed bytes -128…-65) is above -65; the compare's 0xFF bytes, masked to
// 1, are summed per eight by _mm_sad_epu8 (SSE2 has no popcount). The layout
// detection counts every line, about 2.6 instructions a byte the plain way.
// Where the processor has AVX2, thirty-two (parse/code_point_count_avx2.cc).
size_t CodePointCount(std::string_view s) {
  static const bool by32 = count_internal::CodePointCountAvx2Runs();
  return by32 ? count_internal::CodePointCountAvx2(s) : count_internal::CodePointCountBy16(s);
}

size_t count_internal::CodePointCountBy16(std::string_view s) {
  size_t i = 0, count = 0;
#if defined(__SSE2__)
  const auto* p = reinterpret_cast<const __m128i*>(s.data());
  __m128i sums = _mm_setzero_si128();
  for (; i + 16 <= s.size(); i += 16, ++p) {
    const __m128i starts = _mm_cmpgt_epi8(_mm_loadu_si128(p), _mm_set1_epi8(-65));
    sums = _mm_add_epi64(
        sums, _mm_sad_epu8(_mm_and_si128(starts, _mm_set1_epi8(1)), _mm_setzero_si128()));
  }
  count = static_cast<size_t>(_mm_cvtsi128_si64(sums)) +
          static_cast<size_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
#endif
  return count + PlainCodePointCount(s.substr(i));
}

bool EndsWithTerminalPunctuation(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '"' || s.back() == '\'' || s.back() == ')' ||
                        s.back() == ']')) {
    s.remove_suffix(1);
  }
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == ';' || c == '!' || c == '?') return true;
  return s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6";  // …
}

size_t PlaceDatePrefix(std::string_view s) {
  constexpr size_t kMaxPlaceDateBytes = 80;  // "Thành phố Hồ Chí Minh, ngày 30 tháng 11"
  constexpr std::string_view kYear = " n\xC4\x83m ";  // " năm "
  size_t year = s.find(kYear);
  if (year == std::string_view::npos || year > kMaxPlaceDateBytes) return 0;
  if (s.substr(0, year).find(", ng\xC3\xA0y ") == std::string_view::npos) return 0;  // ", ngày "
  size_t at = year + kYear.size(), digits = 0;
  while (at + digits < s.size() && s[at + digits] >= '0' && s[at + digits] <= '9') ++digits;
  if (digits != 4 || at + digits >= s.size() || s[at + digits] != ' ') return 0;
  return at + digits + 1;
}

bool EndsWithContinuationWord(std::string_view text, const Grammar& grammar) {
  size_t space = text.find_last_of(' ');
  std::string_view last = space == std::string_view::npos ? text : text.substr(space + 1);
  return !last.empty() && grammar.IsContinuationWord(last);
}

bool StartsLowercase(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    if (p[i] < 0x80) {           // ICU's answers for ASCII, without a call: only A–Z, a–z are
      const uint8_t b = p[i++];  // letters, and only 0–9 digits
      if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') return b >= 'a';
      if (b >= '0' && b <= '9') return false;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
    if (u_isalpha(c)) return u_islower(c);
    if (u_isdigit(c)) return false;
  }
  return false;
}

int LetterCount(std::string_view s, int enough) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size());
  // Most callers ask "at least three?" of a line that answers within its
  // first few bytes ("1. Biện pháp"): see there first, without decoding.
  if (enough >= 1 && enough <= 16 && n >= 16 && AsciiLettersReachIn16(p, enough)) return enough;
  // ICU's u_isalpha for the characters Vietnamese and English are written in,
  // asked once (text/code_point_table.h); others asked each time.
  static const text::CodePointTable kAlpha([](UChar32 c) { return uint8_t{u_isalpha(c) != 0}; });
  int count = 0;
  for (int32_t i = 0; i < n && count < enough;) {
    if (p[i] < 0x80) {  // ASCII without a call into ICU
      uint8_t b = p[i++];
      count += ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ? 1 : 0;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) continue;
    const uint8_t* alpha = kAlpha.Find(c);
    count += alpha != nullptr ? *alpha : (u_isalpha(c) != 0);
  }
  return count;
}

std::string UpperCase(std::string_view s) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
      .toUpper()
      .toUTF8String(out);
  return out;
}

}  // namespace congvan::parse
