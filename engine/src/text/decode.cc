// Decoding input bytes into the engine's one text form: NFC UTF-8 with '\n'
// line ends.
//
// Approach: sniff a BOM (UTF-8, UTF-16 LE/BE), convert UTF-16 with ICU's
// u_strToUTF8, validate UTF-8 with ICU's U8_NEXT (reporting the byte offset of
// the first bad sequence), reject NUL bytes as a sign of a binary file —
// unless they are stray: a few isolated NULs in a long UTF-8 text (a PDF or
// Word converter writes one for a checkbox or bullet glyph it cannot map) are
// read as spaces, as a no-break space is, and counted for a warning — fold
// CRLF and lone CR into LF, then NFC-normalise with ICU's Normalizer2 so an
// NFD file parses exactly like its NFC twin. ICU's quick check is skipped when
// the reader's UTF-8 census has already seen that every character is an
// NFC-stable starter (text/nfc_starters.h), which makes the text NFC.
#include "text/decode.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/text_decode.h"

namespace congvan {
namespace {

Status InputError(const std::string& source, std::string message,
                  std::optional<std::uint64_t> offset = std::nullopt) {
  Location where;
  where.file = source;
  where.byte_offset = offset;
  return Status::Error(StatusCode::kInvalidInput, std::move(message), where);
}

// UTF-16 (after its BOM) → UTF-8 via ICU. Odd byte counts and unpaired
// surrogates are errors.
Result<std::string> Utf16ToUtf8(std::string_view bytes, bool big_endian,
                                const std::string& source) {
  if (bytes.size() % 2 != 0) return InputError(source, "UTF-16 input has an odd number of bytes");
  std::u16string units(bytes.size() / 2, u'\0');
  for (size_t i = 0; i < units.size(); ++i) {
    auto hi = static_cast<unsigned char>(bytes[2 * i + (big_endian ? 0 : 1)]);
    auto lo = static_cast<unsigned char>(bytes[2 * i + (big_endian ? 1 : 0)]);
    units[i] = static_cast<char16_t>((hi << 8) | lo);
  }
  UErrorCode status = U_ZERO_ERROR;
  int32_t needed = 0;
  u_strToUTF8(nullptr, 0, &needed, units.data(), static_cast<int32_t>(units.size()), &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
    return InputError(source, "invalid UTF-16 (unpaired surrogate)");
  }
  std::string out(static_cast<size_t>(needed), '\0');
  status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), needed, &needed, units.data(), static_cast<int32_t>(units.size()),
              &status);
  if (U_FAILURE(status)) return InputError(source, "invalid UTF-16 (unpaired surrogate)");
  return out;
}

// Whether the eight bytes at p are ASCII and none is NUL (nothing to check).
bool PlainAscii8(const uint8_t* p) {
  uint64_t w;
  std::memcpy(&w, p, sizeof w);
  constexpr uint64_t kOnes = 0x0101010101010101, kHighs = 0x8080808080808080;
  bool ascii = (w & kHighs) == 0;
  bool has_nul = ((w - kOnes) & ~w & kHighs) != 0;
  return ascii && !has_nul;
}

// At most one NUL byte per kBytesPerStrayNul bytes of text, each alone
// between two other bytes, is stray. A binary file holds runs of NULs (zero
// integers, padding) and UTF-16 read as bytes holds one NUL in two; the
// Công báo texts that carry lost glyphs hold one in 7,000 to 40,000 bytes.
constexpr size_t kBytesPerStrayNul = 1024;

// Whether every NUL byte of `text` (the input's bytes; the first NUL at
// `first`) is stray; then each becomes a space, in place, and `nuls` (when
// given) counts them.
bool BlankStrayNuls(std::string& text, size_t first, text::StrayNuls* nuls) {
  const size_t allowed = text.size() / kBytesPerStrayNul;
  std::vector<size_t> at;
  for (size_t i = first; i != std::string::npos; i = text.find('\0', i + 1)) {
    bool alone = (i == 0 || text[i - 1] != '\0') && (i + 1 >= text.size() || text[i + 1] != '\0');
    if (!alone || at.size() >= allowed) return false;
    at.push_back(i);
  }
  for (size_t i : at) text[i] = ' ';
  if (nuls != nullptr) *nuls = {at.size(), static_cast<std::uint64_t>(first)};
  return true;
}

// The width of the well-formed sequence at s[i] when it is one of the common
// shapes that need no more checking than their continuation bytes — two bytes
// from C2, or three from E1 to EC or EE to EF (Vietnamese letters are C3–C6
// and E1 leads) — else 0, and U8_NEXT decides.
int32_t CommonSequenceWidth(const uint8_t* s, int32_t i, int32_t length) {
  auto continuation = [&](int32_t at) { return at < length && (s[at] & 0xC0) == 0x80; };
  uint8_t lead = s[i];
  if (lead >= 0xC2 && lead <= 0xDF) return continuation(i + 1) ? 2 : 0;
  if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
    return continuation(i + 1) && continuation(i + 2) ? 3 : 0;
  }
  return 0;
}

// The width of the space character at p[i] that reads as an ASCII space, or 0.
size_t SpaceWidth(const unsigned char* p, size_t i, size_t n) {
  auto b = [&](size_t k) { return k < n ? p[k] : 0; };
  if (b(i) == 0xC2 && b(i + 1) == 0xA0) return 2;  // U+00A0 no-break space
  if (b(i) == 0xE2 && b(i + 1) == 0x80 &&
      ((b(i + 2) >= 0x80 && b(i + 2) <= 0x8A) || b(i + 2) == 0xAF)) {
    return 3;  // U+2000..U+200A en quad … hair space, U+202F narrow no-break space
  }
  if (b(i) == 0xE3 && b(i + 1) == 0x80 && b(i + 2) == 0x80) return 3;  // U+3000 ideographic space
  return 0;
}

// Space characters other than ASCII space and tab become ASCII spaces, in
// place: web copies are full of no-break spaces ("ngày\u00A020 tháng"), and a
// pattern's \s, a cue or a marker must see them as the spaces they are.
// Like NFC, this changes bytes but not text; line numbers are unchanged.
// Most texts hold none of these spaces, or few: the text is scanned for the
// first (only the lead bytes C2, E2 and E3 can begin one) and nothing is written
// before it.
void NormaliseSpaces(std::string& s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  auto may_be_space = [&](size_t at) { return p[at] == 0xC2 || p[at] == 0xE2 || p[at] == 0xE3; };
  // The first space to replace, looked for lead byte by lead byte with
  // memchr (std::string::find): E2 also leads the quotes and dashes.
  size_t i = n;
  for (char lead : {'\xC2', '\xE2', '\xE3'}) {
    for (size_t at = s.find(lead); at < i; at = s.find(lead, at + 1)) {
      if (SpaceWidth(p, at, n) > 0) {
        i = at;
        break;
      }
    }
  }
  if (i == n) return;
  size_t out = i;
  while (i < n) {
    size_t width = may_be_space(i) ? SpaceWidth(p, i, n) : 0;
    if (width > 0) {
      s[out++] = ' ';
      i += width;
    } else {
      s[out++] = s[i++];
    }
  }
  s.resize(out);
}

// What every decoding ends with, once the bytes are UTF-8 and hold no NUL
// (each caller has refused one, the UTF-8 paths with its offset, or read
// stray ones as spaces): CRLF and CR
// → LF, Unicode spaces → ' ', NFC (the text itself when it already is), and a
// text of spaces refused. `known_nfc`: every character is an NFC-stable
// starter (text/nfc_starters.h); dropping CRs and turning spaces into ' '
// keeps that so, and such a text is NFC without asking ICU.
Result<std::string> FinishDecoding(std::string utf8, const std::string& source,
                                   bool known_nfc = false) {
  // CRLF and lone CR → LF, in place (the text only shrinks).
  if (utf8.find('\r') != std::string::npos) {
    size_t out = 0;
    for (size_t i = 0; i < utf8.size(); ++i) {
      if (utf8[i] == '\r') {
        utf8[out++] = '\n';
        if (i + 1 < utf8.size() && utf8[i + 1] == '\n') ++i;
      } else {
        utf8[out++] = utf8[i];
      }
    }
    utf8.resize(out);
  }

  NormaliseSpaces(utf8);

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return InputError(source, "ICU NFC normaliser unavailable");
  std::string text;
  if (known_nfc || (nfc->isNormalizedUTF8(utf8, status) && U_SUCCESS(status))) {
    text = std::move(utf8);  // most files are already NFC
  } else {
    status = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(&text);
    nfc->normalizeUTF8(0, utf8, sink, nullptr, status);
    if (U_FAILURE(status)) return InputError(source, "NFC normalisation failed");
  }

  bool has_content = false;
  for (unsigned char ch : text) {
    if (!(ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f' || ch == '\v')) {
      has_content = true;
      break;
    }
  }
  if (!has_content) {
    return InputError(source, text.empty() ? "empty file" : "file contains only whitespace");
  }
  return text;
}

}  // namespace

Result<std::string> DecodeText(std::string_view bytes, const std::string& source) {
  return text::DecodeOwned(std::string(bytes), source);
}

namespace text {

Result<std::string> DecodeOwned(std::string bytes, const std::string& source, StrayNuls* nuls) {
  if (nuls != nullptr) *nuls = {};
  std::string utf8;
  const auto b0 = bytes.size() >= 1 ? static_cast<unsigned char>(bytes[0]) : 0;
  const auto b1 = bytes.size() >= 2 ? static_cast<unsigned char>(bytes[1]) : 0;
  if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
    auto r = Utf16ToUtf8(std::string_view(bytes).substr(2), /*big_endian=*/b0 == 0xFE, source);
    if (!r.ok()) return r.status();
    utf8 = std::move(r.value());
    if (utf8.find('\0') != std::string::npos) return InputError(source, "binary file (NUL byte)");
  } else {
    size_t bom = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    if (bytes.size() - bom > static_cast<size_t>(INT32_MAX)) {
      return InputError(source, "input is larger than 2 GiB");
    }
    // Validate with ICU's UTF-8 macro; report the first bad byte.
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data() + bom);
    int32_t length = static_cast<int32_t>(bytes.size() - bom);
    for (int32_t i = 0; i < length;) {
      // A run of ASCII other than NUL (most bytes): nothing to check; eight
      // bytes at a time where the run is long (English), else byte by byte.
      while (i + 8 <= length && PlainAscii8(s + i)) i += 8;
      while (i < length && static_cast<uint8_t>(s[i] - 1) < 0x7F) ++i;
      if (i >= length) break;
      if (int32_t width = CommonSequenceWidth(s, i, length); width > 0) {
        i += width;
        continue;
      }
      int32_t start = i;
      UChar32 c;
      U8_NEXT(s, i, length, c);
      if (c < 0) {
        return InputError(source, "invalid UTF-8", static_cast<std::uint64_t>(start + bom));
      }
      if (c == 0) {
        // Every NUL from here on is judged at once: stray ones become
        // spaces in place (no byte moves) and the check goes on.
        if (!BlankStrayNuls(bytes, static_cast<size_t>(start) + bom, nuls)) {
          return InputError(source, "binary file (NUL byte)",
                            static_cast<std::uint64_t>(start + bom));
        }
      }
    }
    bytes.erase(0, bom);
    utf8 = std::move(bytes);
  }
  return FinishDecoding(std::move(utf8), source);
}

Result<std::string> DecodeWellFormedUtf8(std::string bytes, const std::string& source,
                                         bool nfc_starters_only, StrayNuls* nuls) {
  if (nuls != nullptr) *nuls = {};
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
    return InputError(source, "input is larger than 2 GiB");
  }
  // Well-formed, so the first problem DecodeOwned's check would report is a
  // NUL byte that is not stray.
  if (size_t nul = bytes.find('\0');
      nul != std::string::npos && !BlankStrayNuls(bytes, nul, nuls)) {
    return InputError(source, "binary file (NUL byte)", static_cast<std::uint64_t>(nul));
  }
  return FinishDecoding(std::move(bytes), source, nfc_starters_only);
}

}  // namespace text

}  // namespace congvan
